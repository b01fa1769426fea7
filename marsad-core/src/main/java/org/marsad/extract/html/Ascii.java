package org.marsad.extract.html;

/**
 * Case-insensitive tests that fold ASCII letters only, as Java's {@code (?i)} regex flag does, without a regex:
 * the finders run them on the class and id of many elements.
 */
final class Ascii {
    private Ascii() {}

    /** True when {@code text} holds {@code lowerWord} (ASCII lower case) with ASCII letters compared case-blind. */
    static boolean containsIgnoreCase(String text, String lowerWord) {
        return !text.isEmpty() && lower(text).contains(lowerWord);
    }

    /** True when {@code text} holds any of the words (each in ASCII lower case). */
    static boolean containsAnyIgnoreCase(String text, String... lowerWords) {
        if (text.isEmpty()) return false;
        String lower = lower(text);
        for (String w : lowerWords) if (lower.contains(w)) return true;
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
