package org.marsad.text;

import java.text.Normalizer;

/**
 * Folds Arabic text for matching, character by character, in the style of Lucene's ArabicNormalizer. It never
 * changes its input: it writes a normalized copy, and tokens keep their span in the original beside it.
 * The rules, each a {@link NormalizationRule}:
 * <ul>
 *   <li>INVISIBLE_CONTROLS: bidi marks and zero-width characters are dropped (كلمة\u200F → كلمة).</li>
 *   <li>SPACES: no-break and other Unicode spaces become U+0020.</li>
 *   <li>PRESENTATION_FORMS: presentation forms become their NFKC letters (ﻻ → لا, ﺑ → ب).</li>
 *   <li>DIACRITICS: tashkeel, tanween, shadda, sukun and superscript alef are dropped (مُحَمَّدٌ → محمد).</li>
 *   <li>TATWEEL: kashida is dropped (جـــديد → جديد).</li>
 *   <li>ALEF_FORMS: أ إ آ ٱ become ا (أحمد → احمد).</li>
 *   <li>ALEF_MAQSURA: ى becomes ي (مستشفى → مستشفي).</li>
 *   <li>TA_MARBUTA: ة becomes ه (مدرسة → مدرسه).</li>
 *   <li>HAMZA_CARRIERS: ؤ becomes و and ئ becomes ي (مسؤول → مسوول).</li>
 *   <li>DIGITS: ٠–٩ and ۰–۹ become 0–9, ٫ becomes '.', ٬ becomes ',' (٢٠٢٥ → 2025).</li>
 *   <li>PERSIAN_LETTERS: ی becomes ي, ک becomes ك, ە ہ ھ become ه (کتاب → كتاب).</li>
 *   <li>QUOTES: « » “ ” „ become " and ‘ ’ ‚ become '.</li>
 *   <li>DASHES: ‐ ‑ ‒ – — ― − become '-'.</li>
 * </ul>
 * The profiles: {@link NormalizationProfile#SEARCH} applies all of them, {@link NormalizationProfile#DISPLAY} only
 * the invisible ones (controls, spaces, presentation forms). Each profile is compiled once into a 64K-entry table,
 * so folding is one array read per character and allocates nothing but its output. Thread-safe.
 */
public final class ArabicNormalizer {
    /** Table marker: the character expands to the string in the profile's expansion table. */
    static final char EXPAND = '\uFFFE';
    private static final char DROP = NormalizationRule.DROP;

    private static final Compiled[] COMPILED = new Compiled[NormalizationProfile.values().length];

    static {
        for (NormalizationProfile p : NormalizationProfile.values()) COMPILED[p.ordinal()] = new Compiled(p);
    }

    private ArabicNormalizer() {}

    /** The normalized copy of {@code text} under {@code profile}; never null (null text gives ""). */
    public static String normalize(CharSequence text, NormalizationProfile profile) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length());
        normalize(text, 0, text.length(), profile, out);
        return out.toString();
    }

    /** Appends the normalized copy of {@code text[start, end)} to {@code out}. Allocation-free. */
    public static void normalize(CharSequence text, int start, int end, NormalizationProfile profile,
            StringBuilder out) {
        Compiled t = COMPILED[profile.ordinal()];
        char[] map = t.map;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            char m = map[c];
            if (m == DROP) continue;
            if (m == EXPAND) out.append(t.expansions[c]);
            else out.append(m);
        }
    }

    /**
     * The normalized copy of {@code text[start, end)}: a plain substring when nothing folds, so the common case
     * allocates one string.
     */
    static String normalizeSpan(String text, int start, int end, NormalizationProfile profile) {
        Compiled t = COMPILED[profile.ordinal()];
        char[] map = t.map;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (map[c] != c) return fold(text, start, end, i, t, new char[2 * (end - start) + 4]);
        }
        return text.substring(start, end);
    }

    /** As {@link #normalizeSpan(String, int, int, NormalizationProfile)}, folding into the caller's buffer. */
    static String normalizeSpan(String text, int start, int end, NormalizationProfile profile, char[] buffer) {
        Compiled t = COMPILED[profile.ordinal()];
        char[] map = t.map;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (map[c] != c) return fold(text, start, end, i, t, buffer);
        }
        return text.substring(start, end);
    }

    /**
     * As {@link #normalizeSpan(String, int, int, NormalizationProfile)} over {@code chars}, the chars of {@code text}
     * (array reads are cheaper than charAt), folding into the caller's buffer.
     */
    static String normalizeSpan(char[] chars, String text, int start, int end, NormalizationProfile profile,
            char[] buffer) {
        Compiled t = COMPILED[profile.ordinal()];
        char[] map = t.map;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (map[c] != c) return fold(chars, start, end, i, t, buffer);
        }
        return text.substring(start, end);
    }

    private static String fold(String text, int start, int end, int first, Compiled t, char[] buffer) {
        return fold(text.toCharArray(), start, end, first, t, buffer);
    }

    /** Folds text[start, end), whose first changed char is at {@code first}, through a char buffer. */
    private static String fold(char[] text, int start, int end, int first, Compiled t, char[] buffer) {
        char[] out = buffer;
        int n = first - start;
        if (out.length < n + 2 * (end - first) + 4) out = new char[n + 2 * (end - first) + 4];
        System.arraycopy(text, start, out, 0, n);
        char[] map = t.map;
        for (int i = first; i < end; i++) {
            char c = text[i];
            char m = map[c];
            if (m == DROP) continue;
            if (m == EXPAND) {
                String x = t.expansions[c];
                if (n + x.length() + (end - i) > out.length) {
                    out = java.util.Arrays.copyOf(out, 2 * out.length + x.length());
                }
                x.getChars(0, x.length(), out, n);
                n += x.length();
            } else {
                if (n == out.length) out = java.util.Arrays.copyOf(out, 2 * out.length + 4);
                out[n++] = m;
            }
        }
        return new String(out, 0, n);
    }

    /** True when the profile leaves {@code c} as it is. */
    static boolean keeps(char c, NormalizationProfile profile) {
        return COMPILED[profile.ordinal()].map[c] == c;
    }

    /** The profile's table: for each char its fold, {@link NormalizationRule#DROP} or {@link #EXPAND}. */
    static char[] table(NormalizationProfile profile) {
        return COMPILED[profile.ordinal()].map;
    }

    /** The expansion of a char whose table entry is {@link #EXPAND}. */
    static String expansion(char c, NormalizationProfile profile) {
        return COMPILED[profile.ordinal()].expansions[c];
    }

    /** A profile compiled into a lookup table. */
    private static final class Compiled {
        final char[] map = new char[0x10000];
        final String[] expansions = new String[0x10000];

        Compiled(NormalizationProfile profile) {
            boolean forms = profile.rules().contains(NormalizationRule.PRESENTATION_FORMS);
            for (int c = 0; c < 0x10000; c++) {
                char ch = (char) c;
                String folded = forms && isPresentationForm(ch)
                        ? expand(ch, profile) : String.valueOf(fold(ch, profile));
                if (ch == DROP || ch == EXPAND) folded = String.valueOf(ch); // noncharacters pass through unchanged
                if (folded.isEmpty() || (folded.length() == 1 && folded.charAt(0) == DROP && ch != DROP)) {
                    map[c] = DROP;
                } else if (folded.length() == 1 && folded.charAt(0) != EXPAND && folded.charAt(0) != DROP) {
                    map[c] = folded.charAt(0);
                } else {
                    map[c] = EXPAND;
                    expansions[c] = folded;
                }
            }
        }

        private static boolean isPresentationForm(char c) {
            return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE');
        }

        /** NFKC of a presentation form, each resulting char folded by the other rules. */
        private static String expand(char c, NormalizationProfile profile) {
            String nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            // isolated harakat forms (U+FE70…) decompose to a space plus the mark: the space is not in the text
            if (nfkc.length() > 1 && nfkc.charAt(0) == ' '
                    && Character.getType(nfkc.charAt(1)) == Character.NON_SPACING_MARK) {
                nfkc = nfkc.substring(1);
            }
            StringBuilder out = new StringBuilder(nfkc.length());
            for (int i = 0; i < nfkc.length(); i++) {
                char f = fold(nfkc.charAt(i), profile);
                if (f != DROP) out.append(f);
            }
            return out.toString();
        }

        private static char fold(char c, NormalizationProfile profile) {
            char f = c;
            for (NormalizationRule r : NormalizationRule.values()) {
                if (profile.rules().contains(r)) {
                    f = r.fold(f);
                    if (f == DROP) return DROP;
                }
            }
            return f;
        }
    }
}
