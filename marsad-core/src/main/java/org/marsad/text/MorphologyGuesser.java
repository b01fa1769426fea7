package org.marsad.text;

import org.marsad.text.Morphology.Gender;
import org.marsad.text.Morphology.GrammaticalNumber;
import org.marsad.text.Morphology.VerbHint;

/**
 * Cheap hints from a segmented Arabic token:
 * <ul>
 *   <li>definite: the article ال (or the lam of لل) is attached (الرئيس).</li>
 *   <li>feminine singular: the stem ends in ة (مدرسة).</li>
 *   <li>feminine plural: the stem ends in ات, four letters or more (سيارات).</li>
 *   <li>masculine plural: the stem ends in ون or ين, five letters or more (المسؤولون، المهندسين).</li>
 *   <li>dual: the stem ends in ان, five letters or more (الطرفان).</li>
 *   <li>past feminine verb: an indefinite stem of four letters or more ending in ت but not ات, with no
 *       preposition (قالت، أعلنت; not قال, not بيت).</li>
 *   <li>imperfect verb: the future س, or an indefinite stem of four letters or more without a preposition starting
 *       with ي ت ن (or أ, five letters or more: أضاف is past) and not ending like a noun (يقول، تعلن); ي suggests
 *       masculine, ت feminine.</li>
 * </ul>
 * Stateless.
 */
final class MorphologyGuesser {
    private MorphologyGuesser() {}

    /** The hints for the segmentation held in {@code s}. */
    static Morphology guess(CliticSegmenter.Scratch s) {
        char[] l = s.letters;
        int from = s.stemFrom;
        int to = s.stemTo;
        int len = to - from;
        Gender gender = Gender.UNKNOWN;
        GrammaticalNumber number = GrammaticalNumber.UNKNOWN;
        VerbHint verb = VerbHint.NONE;
        if (len <= 0) return of(s.article, gender, number, verb);
        char last = l[to - 1];
        char beforeLast = len >= 2 ? l[to - 2] : 0;
        boolean pluralFeminine = len >= 4 && beforeLast == 'ا' && last == 'ت';
        if (last == 'ة') {
            gender = Gender.FEMININE;
            number = GrammaticalNumber.SINGULAR;
        } else if (pluralFeminine) {
            gender = Gender.FEMININE;
            number = GrammaticalNumber.PLURAL;
        } else if (len >= 5 && last == 'ن' && (beforeLast == 'و' || beforeLast == 'ي')) {
            gender = Gender.MASCULINE;
            number = GrammaticalNumber.PLURAL;
        } else if (len >= 5 && last == 'ن' && beforeLast == 'ا') {
            number = GrammaticalNumber.DUAL;
        }
        boolean free = !s.article && !s.preposition && lettersOnly(l, from, to);
        if (s.future) {
            verb = VerbHint.IMPERFECT;
        } else if (free && len >= 4 && last == 'ت' && !pluralFeminine && !s.pronoun()) {
            verb = VerbHint.PAST_FEMININE;
            gender = Gender.FEMININE;
            number = GrammaticalNumber.SINGULAR;
        } else if (free && len >= 4 && last != 'ة' && !pluralFeminine
                && (l[from] == 'ي' || l[from] == 'ت' || l[from] == 'ن'
                    || (s.originals[from] == 'أ' && len >= 5 && !(beforeLast == 'و' && last == 'ا')))) {
            verb = VerbHint.IMPERFECT;
        }
        if (verb == VerbHint.IMPERFECT && gender == Gender.UNKNOWN) {
            if (l[from] == 'ي') gender = Gender.MASCULINE; // the stem starts at the person prefix
            else if (l[from] == 'ت') gender = Gender.FEMININE;
        }
        return of(s.article, gender, number, verb);
    }

    /** Every combination of hints, made once: tokens share them. */
    private static final Morphology[] ALL = new Morphology[2 * 3 * 4 * 3];

    static {
        for (boolean d : new boolean[] {false, true}) {
            for (Gender g : Gender.values()) {
                for (GrammaticalNumber n : GrammaticalNumber.values()) {
                    for (VerbHint v : VerbHint.values()) ALL[index(d, g, n, v)] = new Morphology(d, g, n, v);
                }
            }
        }
    }

    private static int index(boolean definite, Gender g, GrammaticalNumber n, VerbHint v) {
        return ((definite ? 1 : 0) * 3 + g.ordinal()) * 12 + n.ordinal() * 3 + v.ordinal();
    }

    private static Morphology of(boolean definite, Gender g, GrammaticalNumber n, VerbHint v) {
        return ALL[index(definite, g, n, v)];
    }

    /** True when letters[from, to) are all Arabic letters (no dots, no digits): only words get verb hints. */
    private static boolean lettersOnly(char[] l, int from, int to) {
        for (int i = from; i < to; i++) if (l[i] < '\u0621' || l[i] > '\u064A') return false;
        return true;
    }

    /**
     * A light stem of a SEARCH-normalized word: one common suffix removed (ها ان ات ون ين يه ية ه ي) when at least
     * two letters remain, as Lucene's light10 does after its prefixes.
     */
    static String lightStem(String word) {
        int n = word.length();
        if (n < 3) return word;
        char last = word.charAt(n - 1);
        char before = word.charAt(n - 2);
        int cut = 0;
        boolean twoLetterSuffix = (before == 'ه' && last == 'ا') || (before == 'ا' && last == 'ن')
                || (before == 'ا' && last == 'ت') || (before == 'و' && last == 'ن') || (before == 'ي' && last == 'ن')
                || (before == 'ي' && last == 'ه');
        if (n >= 4 && twoLetterSuffix) {
            cut = 2;
        } else if (last == 'ه' || last == 'ي') {
            cut = 1;
        }
        return cut == 0 ? word : word.substring(0, n - cut);
    }

}
