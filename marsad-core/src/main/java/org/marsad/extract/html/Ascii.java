package org.marsad.extract.html;

/**
 * Case-insensitive tests that fold ASCII letters only, as Java's {@code (?i)} regex flag does, without a regex:
 * the finders run them on the class and id of many elements.
 */
final class Ascii {
    private Ascii() {}

    /** True when {@code text} holds {@code lowerWord} (ASCII lower case) with ASCII letters compared case-blind. */
    static boolean containsIgnoreCase(String text, String lowerWord) {
        int n = lowerWord.length();
        int last = text.length() - n;
        char first = lowerWord.charAt(0);
        for (int i = 0; i <= last; i++) {
            if (lower(text.charAt(i)) != first) continue;
            int j = 1;
            while (j < n && lower(text.charAt(i + j)) == lowerWord.charAt(j)) j++;
            if (j == n) return true;
        }
        return false;
    }

    /** True when {@code text} holds any of the words (each in ASCII lower case). */
    static boolean containsAnyIgnoreCase(String text, String... lowerWords) {
        for (String w : lowerWords) if (containsIgnoreCase(text, w)) return true;
        return false;
    }

    /** The text with ASCII letters in lower case and every other character kept. */
    static String lower(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] out = text.toCharArray();
                for (int j = i; j < out.length; j++) out[j] = lower(out[j]);
                return new String(out);
            }
        }
        return text;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
