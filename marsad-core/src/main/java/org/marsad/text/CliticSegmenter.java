package org.marsad.text;

import java.util.Arrays;

/**
 * Finds the clitics of one Arabic token, conservatively: the conjunctions و ف, the prepositions ب ل ك, the future
 * س, the article ال (لل = ل + ال), the tatweel forms لـ بـ, and one attached pronoun (ه ها هم هما هن كم كما كن نا ي).
 * A clitic is split only when enough of a word remains (three letters after و ف, four after ب ل ك unless ال or a
 * digit follows) and the word is not in {@link CliticLexicon}: وزير and بيت stay whole. Works on the token's letters
 * in the MORPHOLOGY profile, each remembering its offset in the original text, so every cut is an exact offset.
 * Stateless; the caller's {@link Scratch} holds the result.
 */
final class CliticSegmenter {
    private static final String[] PRONOUNS = {"هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ي"};

    private CliticSegmenter() {}

    /** Per-analysis working memory: the token's letters and the segmentation found. Not thread-safe. */
    static final class Scratch {
        char[] letters = new char[32];
        /** A buffer for normalized forms. */
        final char[] fold = new char[128];
        char[] originals = new char[32];
        int[] offsets = new int[32];
        boolean[] tatweelAfter = new boolean[32];
        int length;
        /** Cut points (letter indices) and the kind of the segment each starts; segment 0 starts at letter 0. */
        int[] cuts = new int[8];
        SegmentKind[] kinds = new SegmentKind[8];
        int segments;
        int stemFrom;
        int stemTo;
        boolean article;
        boolean preposition;
        boolean future;
        /** The token carries tanween: an indefinite word, which takes no attached pronoun. */
        boolean tanween;

        /** True when a pronoun segment follows the stem. */
        boolean pronoun() {
            return stemTo < length;
        }

        private void add(char letter, char original, int offset) {
            if (length == letters.length) {
                int n = length * 2;
                letters = Arrays.copyOf(letters, n);
                originals = Arrays.copyOf(originals, n);
                offsets = Arrays.copyOf(offsets, n);
                tatweelAfter = Arrays.copyOf(tatweelAfter, n);
            }
            letters[length] = letter;
            originals[length] = original;
            offsets[length] = offset;
            tatweelAfter[length] = false;
            length++;
        }

        private void segment(int cut, SegmentKind kind) {
            cuts[segments] = cut;
            kinds[segments] = kind;
            segments++;
        }

        /** The letters [from, to) as a string. */
        String word(int from, int to) {
            return new String(letters, from, to - from);
        }
    }

    /** Segments the token text[start, end) into {@code s}. */
    static void segment(char[] text, int start, int end, Scratch s) {
        read(text, start, end, s);
        s.segments = 0;
        s.article = false;
        s.preposition = false;
        s.future = false;
        int n = s.length;
        char[] l = s.letters;
        int p = 0;
        if (n >= 1 && isProclitic(l[0]) && s.tatweelAfter[0]) { // لـ، بـ، وـ
            s.segment(0, kindOf(l[0]));
            p = 1;
        } else if (n >= 2 && isConjunction(l[0]) && isPreposition(l[1]) && s.tatweelAfter[1] && cut(s, 1)) { // ولـ
            s.segment(0, SegmentKind.CONJUNCTION);
            s.segment(1, SegmentKind.PREPOSITION);
            p = 2;
        }
        if (p > 0) { // a tatweel form: what follows is the word itself
            s.preposition = s.kinds[s.segments - 1] == SegmentKind.PREPOSITION;
            if (p < n && cut(s, p)) s.segment(p, SegmentKind.STEM);
            s.stemFrom = p;
            s.stemTo = n;
            return;
        }
        if ((n >= 3 || (n == 2 && isDigit(l[1]))) && isConjunction(l[0]) && conjunctionFits(s)) { // وقال، و6
            s.segment(0, SegmentKind.CONJUNCTION);
            p = 1;
        }
        if (p < n && isPreposition(l[p]) && cut(s, p)) {
            int q = p + 1;
            int pronoun = pronounAt(s, q);
            if (pronoun > 0 && l[p] != 'ك' && !protectedWord(s, p)) { // له، بهم، لنا; not لكن
                s.segment(p, SegmentKind.PREPOSITION);
                s.segment(q, SegmentKind.PRONOUN);
                s.preposition = true;
                s.stemFrom = q;
                s.stemTo = q;
                return;
            }
            if (l[p] == 'ل' && q + 1 < n && l[q] == 'ل' && n - (q + 1) >= 2 && cut(s, q) && cut(s, q + 1)) { // لل
                s.segment(p, SegmentKind.PREPOSITION);
                s.segment(q, SegmentKind.ARTICLE);
                s.preposition = true;
                s.article = true;
                p = q + 1;
            } else if (startsWithArticle(s, q) && n - (q + 2) >= 2 && cut(s, q)) { // بال، كال
                s.segment(p, SegmentKind.PREPOSITION);
                s.preposition = true;
                p = q;
            } else if (q < n && isDigit(l[q]) && cut(s, q)) { // ب2025
                s.segment(p, SegmentKind.PREPOSITION);
                s.preposition = true;
                p = q;
            } else if (n - q >= 4 && cut(s, q) && !(bareAlef(s, q) && !waslShaped(s, q))
                    && !(l[p] == 'ك' && l[q] == 'و') && !protectedWord(s, p)) { // كونها، كورتوا: not ك + و…
                s.segment(p, SegmentKind.PREPOSITION);
                s.preposition = true;
                p = q;
            }
        } else if (p < n && l[p] == 'س' && n - (p + 1) >= 4 && futurePrefix(s, p + 1) && cut(s, p + 1)
                && !endsUnlikeAFutureVerb(s) && !protectedWord(s, p)) {
            s.segment(p, SegmentKind.FUTURE);
            s.future = true;
            p++;
        }
        if (!s.article && startsWithArticle(s, p) && n - (p + 2) >= 2 && cut(s, p + 2)
                && (n - p > 7 || !protectedWord(s, p))) { // the protected ال words are short: الذي، اللواتي
            s.segment(p, SegmentKind.ARTICLE);
            s.article = true;
            p += 2;
        }
        int stemEnd = n;
        if (!s.article) stemEnd = n - encliticLength(s, p);
        s.segment(p, SegmentKind.STEM);
        if (stemEnd < n) s.segment(stemEnd, SegmentKind.PRONOUN);
        s.stemFrom = p;
        s.stemTo = stemEnd;
    }

    /** The SEARCH form of clitic segment k of the segmentation in {@code s}: a constant string. */
    static String cliticForm(Scratch s, int k) {
        int from = s.cuts[k];
        int to = k + 1 < s.segments ? s.cuts[k + 1] : s.length;
        switch (s.kinds[k]) {
            case ARTICLE -> {
                return "ال"; // also the lone lam of لل
            }
            case PRONOUN -> {
                for (String pr : PRONOUNS) {
                    if (pr.length() == to - from && lettersEqual(s.letters, from, pr)) return pr;
                }
                return new String(s.letters, from, to - from);
            }
            default -> {
                char c = s.letters[from];
                return switch (c) {
                    case 'و' -> "و";
                    case 'ف' -> "ف";
                    case 'ب' -> "ب";
                    case 'ل' -> "ل";
                    case 'ك' -> "ك";
                    case 'س' -> "س";
                    default -> new String(s.letters, from, to - from);
                };
            }
        }
    }

    private static boolean lettersEqual(char[] letters, int from, String word) {
        for (int i = 0; i < word.length(); i++) if (letters[from + i] != word.charAt(i)) return false;
        return true;
    }

    /** Reads the token's letters: MORPHOLOGY-folded, each with its original char and offset; tatweel is noted. */
    private static void read(char[] text, int start, int end, Scratch s) {
        char[] map = ArabicNormalizer.table(NormalizationProfile.MORPHOLOGY);
        s.length = 0;
        s.tanween = false;
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (c >= '\u064B' && c <= '\u064D') s.tanween = true;
            if (c == '\u0640') {
                if (s.length > 0) s.tatweelAfter[s.length - 1] = true;
                continue;
            }
            char m = map[c];
            if (m == NormalizationRule.DROP) continue;
            if (m == ArabicNormalizer.EXPAND) {
                String x = ArabicNormalizer.expansion(c, NormalizationProfile.MORPHOLOGY);
                for (int k = 0; k < x.length(); k++) s.add(x.charAt(k), c, i);
            } else {
                s.add(m, c, i);
            }
        }
    }

    /** و ف may go when three letters remain (or a digit, or ل/ب + pronoun), and the word is not protected. */
    private static boolean conjunctionFits(Scratch s) {
        int rest = s.length - 1;
        if (!cut(s, 1)) return false;
        if (isDigit(s.letters[1])) return true;
        if (rest < 3 && !(rest == 2 && isPreposition(s.letters[1]) && pronounAt(s, 2) > 0)) return false;
        if (bareAlef(s, 1) && !waslShaped(s, 1)) return false; // وافق، واصل، واسع: not و + افق
        if (s.letters[0] == 'ف' && rest == 3 && !CliticSegmenter.isImperfectPrefix(s.letters[1])
                && !CliticLexicon.AFTER_FA.contains(s.word(1, 4))) {
            return false; // فرقة، فتاة، فورا keep their ف; فقال، فهذا lose it
        }
        return !protectedWord(s, 0);
    }

    /** True when letters[from, end) are a protected word: وزير، بيانات، فيها، لكنه، الذي (see CliticLexicon). */
    private static boolean protectedWord(Scratch s, int from) {
        return CliticLexicon.mayBeProtected(s.letters, from, s.length)
                && CliticLexicon.isProtected(s.word(from, s.length));
    }

    /** The length of the pronoun filling letters[q, end) exactly, or 0. */
    private static int pronounAt(Scratch s, int q) {
        int rest = s.length - q;
        if (rest < 1 || rest > 3 || !cut(s, q)) return 0;
        for (String pr : PRONOUNS) {
            if (pr.length() == rest && !pr.equals("ي") && endsWith(s, pr)) return rest;
        }
        return 0;
    }

    /** The length of an attached pronoun after a stem starting at p, or 0 when none is safe to split. */
    private static int encliticLength(Scratch s, int p) {
        int n = s.length;
        if (n - p < 2 || s.tanween) return 0; // مخزونًا: tanween, so no pronoun
        char last = s.letters[n - 1];
        if (last != 'ه' && last != 'ا' && last != 'م' && last != 'ن' && last != 'ي') return 0;
        for (String pr : PRONOUNS) {
            int len = pr.length();
            if (!endsWith(s, pr)) continue;
            if (endsWith(s, "الله") || endsWith(s, "للهم") || endsWith(s, "هذه") || endsWith(s, "احيانا")) {
                return 0; // عبدالله، لهذه، أحيانا: the ending is the word's own
            }
            int stem = n - len - p;
            if (stem < 1 || !cut(s, n - len)) return 0;
            String host = stem <= 4 && CliticLexicon.mayBeProtected(s.letters, p, n - len)
                    ? s.word(p, n - len) : null;
            if (host != null && CliticLexicon.PRONOUN_HOSTS.contains(host)) return len;
            if (pr.equals("ي")) return 0;
            int need = pr.charAt(0) == 'ك' ? 4 : 3;
            if (stem < need) return 0;
            if (pr.equals("ه") && s.letters[n - 2] == 'ا') return 0; // اتجاه، مياه
            char before = s.letters[n - len - 1];
            if ((pr.equals("ه") || pr.equals("نا")) && before == 'ي') return 0; // توجيه، جنيه، مبينا
            if (pr.equals("نا") && before == 'و') return 0; // قانونا، مخزونا
            return len;
        }
        return 0;
    }

    private static boolean endsWith(Scratch s, String suffix) {
        int n = s.length;
        int k = suffix.length();
        if (n < k) return false;
        for (int i = 0; i < k; i++) if (s.letters[n - k + i] != suffix.charAt(i)) return false;
        return true;
    }

    /** ال written with a bare alef (not أ: ألف is a word) at letter q. */
    private static boolean startsWithArticle(Scratch s, int q) {
        return q + 1 < s.length && s.letters[q] == 'ا' && s.letters[q + 1] == 'ل'
                && (s.originals[q] == 'ا' || s.originals[q] == 'ٱ');
    }

    /**
     * A bare alef (not أ إ آ) at letter q, not starting ال. After a clitic it begins a long derived noun or verb
     * (باستخدام، وانتقل); in a short word it is the word's own long vowel (لافتا، كانوا، وافق).
     */
    private static boolean bareAlef(Scratch s, int q) {
        return q < s.length && s.originals[q] == 'ا' && !(q + 1 < s.length && s.letters[q + 1] == 'ل');
    }

    /**
     * Letters from q look like a word that starts with a connecting alef: forms VII, VIII and X (انتقل، اجتماع،
     * اتفاق، استخدام) or اسم ابن اثنين. Other bare alefs after a clitic letter are the word's own (فلاديمير).
     */
    private static boolean waslShaped(Scratch s, int q) {
        char[] l = s.letters;
        int n = s.length;
        if (q + 2 >= n) return false;
        char a = l[q + 1];
        char b = l[q + 2];
        if ((a == 'س' && b == 'م') || (a == 'ب' && b == 'ن') || (a == 'ث' && b == 'ن')) return true;
        return n - q >= 5 && (a == 'ن' || a == 'ت' || b == 'ت'); // derived forms are long: لافتا is not ل + افتا
    }

    /** The person prefix of an imperfect verb after the future س: ي ت ن, or hamzated أ (سأعمل; not سابقا). */
    private static boolean futurePrefix(Scratch s, int q) {
        char c = s.letters[q];
        return c == 'ي' || c == 'ت' || c == 'ن' || s.originals[q] == 'أ';
    }

    /**
     * Endings no future verb has: nouns in ة، ى، ات، ين, the past ت (سيطرت), the adverbial ا (سنويا، سيلفا):
     * سيارة is not س + يارة.
     */
    private static boolean endsUnlikeAFutureVerb(Scratch s) {
        char last = s.letters[s.length - 1];
        return last == 'ة' || last == 'ى' || last == 'ت' || last == 'ا' || endsWith(s, "ين");
    }

    /** A cut before letter k falls between two chars of the original (not inside a ligature). */
    private static boolean cut(Scratch s, int k) {
        return k > 0 && k < s.length ? s.offsets[k] != s.offsets[k - 1] : k == 0 || k == s.length;
    }

    static boolean isConjunction(char c) {
        return c == 'و' || c == 'ف';
    }

    static boolean isPreposition(char c) {
        return c == 'ب' || c == 'ل' || c == 'ك';
    }

    private static boolean isProclitic(char c) {
        return isConjunction(c) || isPreposition(c);
    }

    private static SegmentKind kindOf(char c) {
        return isConjunction(c) ? SegmentKind.CONJUNCTION : SegmentKind.PREPOSITION;
    }

    static boolean isImperfectPrefix(char c) {
        return c == 'ي' || c == 'ت' || c == 'ن' || c == 'ا';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
