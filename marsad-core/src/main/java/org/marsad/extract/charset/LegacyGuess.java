package org.marsad.extract.charset;

import java.nio.charset.Charset;
import java.util.List;

/**
 * Picks the legacy 8-bit charset of bytes that are not UTF-8, among windows-1256, ISO-8859-6 (the two Arabic code
 * pages) and windows-1252 (Latin), by scoring how much each decoding reads like real text. One pass per candidate over
 * at most the first 4 MB, with a byte-class table per candidate: linear, no allocation per byte.
 *
 * <p>A word (a run of letters) scores for each charset:
 *
 * <ul>
 *   <li>Arabic letters in a word of two or more: +1 each, +1 more for the frequent letters, +3 per {@code ال}.
 *   <li>An Arabic letter and a Latin letter in one word (ISO-8859-6 read as windows-1256: {@code êن}): −3 each.
 *   <li>A Latin accented letter inside an ASCII word ({@code café}): +2; a word made only of accented Latin letters
 *       ({@code ÇáÚÑÈíÉ}, Arabic read as windows-1252): −2 each.
 *   <li>A harakah that follows no letter: −2.
 * </ul>
 *
 * Outside words: a byte the charset leaves undefined −10, a C1 control −5, a rare symbol (× ¤ ¶) −1. Ties go to
 * windows-1256, except that a decoding without a single Arabic letter goes to windows-1252.
 */
final class LegacyGuess {
    private static final int SAMPLE = 4 << 20;
    private static final byte UNDEFINED = 0;
    private static final byte CONTROL = 1;
    private static final byte SYMBOL = 2;
    private static final byte NEUTRAL = 3;
    private static final byte ARABIC_LETTER = 4;
    private static final byte ARABIC_FREQUENT = 5;
    private static final byte ARABIC_MARK = 6;
    private static final byte LATIN_LETTER = 7;
    /** The Arabic letters that make up most running text. */
    private static final String FREQUENT = "اأإلمنيىوهرتةبعفقدسكح";
    private static final String NEUTRAL_CHARS = "\u00a0«»©®°·–—‘’‚“”„…•€،؛؟٪\u200c\u200d\u200e\u200f";

    private static final List<Candidate> CANDIDATES = List.of(
            new Candidate(CharsetLabels.WINDOWS_1256),
            new Candidate(CharsetLabels.ISO_8859_6),
            new Candidate(CharsetLabels.WINDOWS_1252));

    private LegacyGuess() {}

    /** The most text-like of windows-1256, ISO-8859-6 and windows-1252 for {@code bytes[offset..]}. */
    static Charset guess(byte[] bytes, int offset) {
        Candidate best = null;
        long bestScore = Long.MIN_VALUE;
        long bestArabic = 0;
        for (Candidate c : CANDIDATES) {
            long[] r = c.score(bytes, offset);
            if (r[0] > bestScore) {
                best = c;
                bestScore = r[0];
                bestArabic = r[1];
            }
        }
        return bestArabic == 0 ? CharsetLabels.WINDOWS_1252 : best.charset;
    }

    /** True when the bytes read better as Arabic (windows-1256 or ISO-8859-6) than as windows-1252. */
    static boolean looksArabic(byte[] bytes, int offset) {
        return guess(bytes, offset) != CharsetLabels.WINDOWS_1252;
    }

    /** One candidate charset with the class of each of its 128 upper bytes. */
    private static final class Candidate {
        final Charset charset;
        final byte[] classes = new byte[128];
        int alef = -1;
        int lam = -1;

        Candidate(Charset charset) {
            this.charset = charset;
            for (int b = 0x80; b <= 0xff; b++) {
                String s = new String(new byte[] {(byte) b}, charset);
                classes[b - 0x80] = s.length() == 1 ? classify(s.charAt(0)) : UNDEFINED;
                if (s.equals("ا")) alef = b;
                if (s.equals("ل")) lam = b;
            }
        }

        private static byte classify(char c) {
            if (c == '\ufffd') return UNDEFINED;
            if (c >= 0x80 && c <= 0x9f) return CONTROL;
            if (NEUTRAL_CHARS.indexOf(c) >= 0) return NEUTRAL;
            boolean arabic = c >= 0x0600 && c <= 0x06ff;
            int type = Character.getType(c);
            if (arabic && type == Character.NON_SPACING_MARK) return ARABIC_MARK;
            if (arabic && Character.isLetter(c)) return FREQUENT.indexOf(c) >= 0 ? ARABIC_FREQUENT : ARABIC_LETTER;
            if (Character.isLetter(c)) return LATIN_LETTER;
            return SYMBOL;
        }

        /** {score, Arabic letters seen}. */
        long[] score(byte[] bytes, int offset) {
            Word w = new Word();
            int end = (int) Math.min(bytes.length, (long) offset + SAMPLE);
            for (int i = offset; i < end; i++) {
                int b = bytes[i] & 0xff;
                if (b < 0x80) {
                    if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') w.ascii();
                    else w.flush();
                    continue;
                }
                byte cls = classes[b - 0x80];
                switch (cls) {
                    case ARABIC_LETTER, ARABIC_FREQUENT -> w.arabic(cls == ARABIC_FREQUENT, b == alef, b == lam);
                    case ARABIC_MARK -> w.mark();
                    case LATIN_LETTER -> w.latin();
                    default -> {
                        w.flush();
                        w.score += cls == UNDEFINED ? -10 : cls == CONTROL ? -5 : cls == SYMBOL ? -1 : 0;
                    }
                }
            }
            w.flush();
            return new long[] {w.score, w.arabicTotal};
        }
    }

    /** The running score and the counts of the word being read. */
    private static final class Word {
        long score;
        long arabicTotal;
        int arabic;
        int frequent;
        int alLam;
        int latin;
        int ascii;
        int highRun;
        int maxHighRun;
        int strayMarks;
        boolean lastWasAlef;
        boolean empty = true;

        void ascii() {
            ascii++;
            highRun = 0;
            lastWasAlef = false;
            empty = false;
        }

        void arabic(boolean isFrequent, boolean isAlef, boolean isLam) {
            arabic++;
            if (isFrequent) frequent++;
            if (isLam && lastWasAlef) alLam++;
            lastWasAlef = isAlef;
            high();
        }

        void mark() {
            if (empty) strayMarks++;
            lastWasAlef = false;
            high();
        }

        void latin() {
            latin++;
            lastWasAlef = false;
            high();
        }

        private void high() {
            empty = false;
            maxHighRun = Math.max(maxHighRun, ++highRun);
        }

        void flush() {
            if (!empty) {
                score -= 2L * strayMarks;
                if (arabic > 0 && (latin > 0 || ascii > 0)) {
                    score -= 3L * (arabic + latin);
                } else if (arabic > 0) {
                    if (arabic >= 2) score += arabic + frequent + 3L * alLam;
                    arabicTotal += arabic;
                } else if (latin > 0) {
                    score += ascii > 0 && maxHighRun <= 2 ? 2L * latin : ascii == 0 && latin == 1 ? 1 : -2L * latin;
                }
            }
            arabic = frequent = alLam = latin = ascii = highRun = maxHighRun = strayMarks = 0;
            lastWasAlef = false;
            empty = true;
        }
    }
}
