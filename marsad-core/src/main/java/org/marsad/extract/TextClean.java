package org.marsad.extract;

/** Whitespace clean-up for extracted text lines; letters, marks and punctuation are never touched. */
public final class TextClean {
    private TextClean() {}

    /**
     * One line: every run of whitespace (including no-break and other Unicode spaces, tabs and line breaks) becomes one
     * space, and the ends are trimmed. Zero-width and bidi controls are kept: they belong to the text.
     */
    public static String line(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whitespace in the broad sense: Java whitespace and every Unicode space separator (no-break spaces too). */
    public static boolean isSpace(char c) {
        return c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
