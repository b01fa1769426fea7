package org.marsad.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of the article-extraction-benchmark metric: the matches of Python's {@code re.findall(r"\w+", text)}.
 *
 * <p>Python 3's Unicode {@code \w} is exactly: every letter (categories Lu, Ll, Lt, Lm, Lo), every number (Nd, Nl,
 * No) and the underscore, nothing else (checked over all code points on Python 3.11 / Unicode 14). Notably it
 * excludes combining marks (Mn, Mc), so Arabic tashkeel splits a word: مُحَمَّد gives م، ح، م، د. Java's own
 * {@code \w} with UNICODE_CHARACTER_CLASS includes the marks, so it is not used. The tatweel (U+0640, Lm) is a
 * word character in both. Letters and numbers added in Unicode 14 (Python 3.11's version; Java 17 knows Unicode 13),
 * such as the Arabic Extended-B letters U+0870..U+088E, are listed here so the match stays exact.
 */
public final class AebTokens {
    /** Code point ranges (first, last) that are letters or numbers in Unicode 14 but unassigned in Unicode 13. */
    private static final int[] UNICODE_14_WORD_RANGES = {
            0x870, 0x887, 0x889, 0x88E, 0x8B5, 0x8B5, 0x8C8, 0x8C9, 0xC5D, 0xC5D, 0xCDD, 0xCDD, 0x170D, 0x170D,
            0x171F, 0x171F, 0x1B4C, 0x1B4C, 0x2C2F, 0x2C2F, 0x2C5F, 0x2C5F, 0x9FFD, 0x9FFF, 0xA7C0, 0xA7C1,
            0xA7D0, 0xA7D1, 0xA7D3, 0xA7D3, 0xA7D5, 0xA7D9, 0xA7F2, 0xA7F4, 0x10570, 0x1057A, 0x1057C, 0x1058A,
            0x1058C, 0x10592, 0x10594, 0x10595, 0x10597, 0x105A1, 0x105A3, 0x105B1, 0x105B3, 0x105B9,
            0x105BB, 0x105BC, 0x10780, 0x10785, 0x10787, 0x107B0, 0x107B2, 0x107BA, 0x10F70, 0x10F81,
            0x11071, 0x11072, 0x11075, 0x11075, 0x11740, 0x11746, 0x11AB0, 0x11ABF, 0x12F90, 0x12FF0,
            0x16A70, 0x16ABE, 0x16AC0, 0x16AC9, 0x1AFF0, 0x1AFF3, 0x1AFF5, 0x1AFFB, 0x1AFFD, 0x1AFFE,
            0x1B11F, 0x1B122, 0x1DF00, 0x1DF1E, 0x1E290, 0x1E2AD, 0x1E7E0, 0x1E7E6, 0x1E7E8, 0x1E7EB,
            0x1E7ED, 0x1E7EE, 0x1E7F0, 0x1E7FE, 0x2A6DE, 0x2A6DF, 0x2B735, 0x2B738
    };

    private AebTokens() {}

    /** The tokens of {@code text} in order; null gives none. */
    public static List<String> of(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) return tokens;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && isWordChar(cp = text.codePointAt(i))) i += Character.charCount(cp);
            tokens.add(text.substring(start, i));
        }
        return tokens;
    }

    /** True for the code points Python's Unicode {@code \w} matches: letters, numbers and '_'. */
    public static boolean isWordChar(int cp) {
        if (cp == '_') return true;
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            case Character.UNASSIGNED -> newerWordChar(cp);
            default -> false;
        };
    }

    /** True for a code point the JDK does not know yet but Unicode 14 made a letter or number. */
    private static boolean newerWordChar(int cp) {
        for (int i = 0; i < UNICODE_14_WORD_RANGES.length && cp >= UNICODE_14_WORD_RANGES[i]; i += 2) {
            if (cp <= UNICODE_14_WORD_RANGES[i + 1]) return true;
        }
        return false;
    }
}
