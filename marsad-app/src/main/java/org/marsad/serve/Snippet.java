package org.marsad.serve;

import java.util.ArrayList;
import java.util.List;

/**
 * A search snippet as plain text with the matched words as [start, end) marks: what the index gives as escaped
 * HTML with {@code <b>} around matches, turned back into data so the page can show it with text nodes only.
 *
 * @param text the snippet's text, unescaped
 * @param marks [start, end) of each match in {@code text}
 */
record Snippet(String text, List<int[]> marks) {
    /** Reads Lucene's SimpleHTMLEncoder output: {@code &lt; &gt; &amp; &quot; &#NNN;} and {@code <b>…</b>}. */
    static Snippet fromHighlighted(String html) {
        StringBuilder text = new StringBuilder(html.length());
        List<int[]> marks = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < html.length(); ) {
            if (html.startsWith("<b>", i)) {
                open = text.length();
                i += 3;
            } else if (html.startsWith("</b>", i)) {
                if (open >= 0 && open < text.length()) marks.add(new int[] {open, text.length()});
                open = -1;
                i += 4;
            } else if (html.charAt(i) == '&') {
                int semi = html.indexOf(';', i);
                String entity = semi > i && semi - i <= 10 ? html.substring(i + 1, semi) : null;
                String decoded = entity == null ? null : decode(entity);
                if (decoded == null) {
                    text.append('&');
                    i++;
                } else {
                    text.append(decoded);
                    i = semi + 1;
                }
            } else {
                text.append(html.charAt(i++));
            }
        }
        return new Snippet(text.toString(), marks);
    }

    private static String decode(String entity) {
        switch (entity) {
            case "lt": return "<";
            case "gt": return ">";
            case "amp": return "&";
            case "quot": return "\"";
            case "apos": return "'";
            default: break;
        }
        try {
            if (entity.startsWith("#x") || entity.startsWith("#X")) return Character.toString(Integer.parseInt(entity.substring(2), 16));
            if (entity.startsWith("#")) return Character.toString(Integer.parseInt(entity.substring(1)));
        } catch (IllegalArgumentException e) {
            return null; // not a number or not a code point: keep the text as it was
        }
        return null;
    }
}
