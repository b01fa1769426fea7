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
 * word character in both. Characters added after the JDK's Unicode version (13 on Java 17) are the only possible
 * difference.
 */
public final class AebTokens {
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
            default -> false;
        };
    }
}
