package org.marsad.text;

/**
 * One named normalization rule: a fold of single characters, applied by {@link ArabicNormalizer}.
 * A {@link NormalizationProfile} is a set of these rules.
 */
public enum NormalizationRule {
    /** Drops bidi marks and zero-width characters (LRM, RLM, ALM, embeddings, isolates, ZWSP, ZWNJ, ZWJ, BOM, SHY). */
    INVISIBLE_CONTROLS,
    /** Folds no-break, narrow, ideographic and the other Unicode spaces to U+0020. */
    SPACES,
    /** Rewrites Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) with NFKC, e.g. ﻻ → لا. */
    PRESENTATION_FORMS,
    /** Drops tashkeel, tanween, shadda, sukun, superscript alef and Quranic marks. */
    DIACRITICS,
    /** Drops tatweel (kashida, U+0640). */
    TATWEEL,
    /** Folds alef with hamza above or below, madda and wasla (أ إ آ ٱ) to bare alef ا. */
    ALEF_FORMS,
    /** Folds alef maqsura ى to ya ي. */
    ALEF_MAQSURA,
    /** Folds ta marbuta ة to ha ه. */
    TA_MARBUTA,
    /** Folds hamza on waw ؤ to و and hamza on ya ئ to ي. */
    HAMZA_CARRIERS,
    /** Folds Eastern Arabic (٠–٩) and Persian (۰–۹) digits and the Arabic decimal and thousands signs to ASCII. */
    DIGITS,
    /** Folds Persian and Urdu letter forms to Arabic: ی → ي, ک → ك, ە ہ ھ → ه. */
    PERSIAN_LETTERS,
    /** Folds typographic double and single quotes and guillemets to " and '. */
    QUOTES,
    /** Folds hyphen, en dash, em dash, minus and the other dashes to the ASCII hyphen-minus. */
    DASHES;

    /** Folds {@code c} under this rule: the replacement, {@link #DROP} to delete it, or {@code c} itself. */
    char fold(char c) {
        return switch (this) {
            case INVISIBLE_CONTROLS -> isInvisible(c) ? DROP : c;
            case SPACES -> c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
                    || c == '\u205F' || c == '\u3000' ? ' ' : c;
            case PRESENTATION_FORMS -> c; // a one-to-many rewrite, done by ArabicNormalizer's expansion table
            case DIACRITICS -> (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u06D6' && c <= '\u06DC')
                    || (c >= '\u06DF' && c <= '\u06E4') || c == '\u06E7' || c == '\u06E8'
                    || (c >= '\u06EA' && c <= '\u06ED') || (c >= '\u0610' && c <= '\u061A') ? DROP : c;
            case TATWEEL -> c == '\u0640' ? DROP : c;
            case ALEF_FORMS -> c == 'أ' || c == 'إ' || c == 'آ' || c == 'ٱ' || c == '\u0672' || c == '\u0673' ? 'ا' : c;
            case ALEF_MAQSURA -> c == 'ى' ? 'ي' : c;
            case TA_MARBUTA -> c == 'ة' ? 'ه' : c;
            case HAMZA_CARRIERS -> c == 'ؤ' ? 'و' : c == 'ئ' ? 'ي' : c;
            case DIGITS -> foldDigit(c);
            case PERSIAN_LETTERS -> c == 'ی' || c == '\u06D0' ? 'ي' : c == 'ک' || c == '\u06AA' ? 'ك'
                    : c == 'ە' || c == 'ہ' || c == 'ھ' || c == '\u06C1' ? 'ه' : c;
            case QUOTES -> c == '«' || c == '»' || c == '“' || c == '”' || c == '„' || c == '‟' || c == '″'
                    ? '"' : c == '‘' || c == '’' || c == '‚' || c == '‛' || c == '′' ? '\'' : c;
            case DASHES -> (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\uFE58' || c == '\uFE63'
                    || c == '\uFF0D' ? '-' : c;
        };
    }

    /** The marker {@link #fold} returns for a character the rule deletes (a noncharacter, never in text). */
    static final char DROP = '\uFFFF';

    /** Bidi controls and zero-width characters: they change how text renders, never what it says. */
    static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F' || c == '\u061C'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2064')
                || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF' || c == '\u00AD';
    }

    private static char foldDigit(char c) {
        if (c >= '\u0660' && c <= '\u0669') return (char) ('0' + (c - '\u0660'));
        if (c >= '\u06F0' && c <= '\u06F9') return (char) ('0' + (c - '\u06F0'));
        if (c == '\u066B') return '.';
        if (c == '\u066C') return ',';
        if (c == '\u066A') return '%';
        return c;
    }
}
