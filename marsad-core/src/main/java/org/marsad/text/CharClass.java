package org.marsad.text;

/** The tokenizer's classes of BMP characters, precomputed into one 64K table. */
final class CharClass {
    static final byte SPACE = 0;
    /** Zero-width joiners and the soft hyphen: part of a word when a word char follows. */
    static final byte JOINER = 1;
    /** Other format and control characters (bidi marks, ZWSP, BOM, C0 controls): separate tokens, never in one. */
    static final byte IGNORED = 2;
    static final byte ARABIC = 3;
    static final byte LATIN = 4;
    static final byte OTHER_LETTER = 5;
    static final byte MARK = 6;
    static final byte DIGIT = 7;
    static final byte PUNCT = 8;
    static final byte SYMBOL = 9;
    static final byte HIGH_SURROGATE = 10;
    static final byte LOW_SURROGATE = 11;

    private static final byte[] TABLE = new byte[0x10000];

    static {
        for (int c = 0; c < 0x10000; c++) TABLE[c] = classify(c);
    }

    private CharClass() {}

    /** The class of a BMP char. */
    static byte of(char c) {
        return TABLE[c];
    }

    /** True for classes that make up words: letters, marks, digits. */
    static boolean isWordClass(byte k) {
        return k >= ARABIC && k <= DIGIT;
    }

    /** True for Arabic-script code points (letters, marks, tatweel, presentation forms). */
    static boolean isArabicScript(int c) {
        return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF)
                || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
    }

    /** The class of any code point (supplementary ones too). */
    static byte classify(int c) {
        if (c == 0x200C || c == 0x200D || c == 0x00AD) return JOINER;
        if (c == 0x200B || c == 0xFEFF || NormalizationRule.isInvisible((char) c) && c < 0x10000) return IGNORED;
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) return SPACE;
        int type = Character.getType(c);
        switch (type) {
            case Character.SURROGATE -> {
                return c <= 0xDBFF ? HIGH_SURROGATE : LOW_SURROGATE;
            }
            case Character.CONTROL, Character.FORMAT -> {
                return IGNORED;
            }
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> {
                return MARK;
            }
            case Character.DECIMAL_DIGIT_NUMBER -> {
                return DIGIT;
            }
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> {
                return PUNCT;
            }
            default -> {
                if (Character.isLetter(c)) {
                    if (isArabicScript(c)) return ARABIC;
                    return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN ? LATIN : OTHER_LETTER;
                }
                return SYMBOL;
            }
        }
    }
}
