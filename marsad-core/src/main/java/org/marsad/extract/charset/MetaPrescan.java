package org.marsad.extract.charset;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Finds the charset a page declares about itself in its first few KB, in one forward pass (no regular expressions):
 * {@code <meta charset="…">}, {@code <meta http-equiv="Content-Type" content="…; charset=…">}, or an XML declaration
 * {@code <?xml … encoding="…"?>} at the start. Comments are skipped, so a commented-out meta does not count. A
 * simplified form of the WHATWG prescan.
 */
final class MetaPrescan {
    /** How many leading bytes are searched. */
    static final int SCAN_BYTES = 4096;

    private MetaPrescan() {}

    /** The first declared charset label, lower case, or null when there is none. */
    static String declaredLabel(byte[] bytes, int offset) {
        int n = Math.min(bytes.length - offset, SCAN_BYTES);
        // Latin-1 maps byte i to char i: the scan sees the ASCII markup whatever the real charset
        String s = new String(bytes, offset, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        String xml = xmlEncoding(s);
        if (xml != null) return xml;
        int i = 0;
        while ((i = s.indexOf('<', i)) >= 0) {
            if (s.startsWith("<!--", i)) {
                int end = s.indexOf("-->", i + 4);
                if (end < 0) return null;
                i = end + 3;
            } else if (s.startsWith("<meta", i) && i + 5 < s.length() && isSpaceOrSlash(s.charAt(i + 5))) {
                Meta meta = new Meta();
                i = meta.parse(s, i + 5);
                String label = meta.label();
                if (label != null) return label;
            } else {
                i++;
            }
        }
        return null;
    }

    /** The encoding of an XML declaration opening the text (after whitespace), or null. */
    private static String xmlEncoding(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        if (!s.startsWith("<?xml", i)) return null;
        int end = s.indexOf("?>", i);
        if (end < 0) return null;
        int enc = s.indexOf("encoding", i);
        if (enc < 0 || enc > end) return null;
        int j = enc + "encoding".length();
        while (j < end && (s.charAt(j) == ' ' || s.charAt(j) == '=' || s.charAt(j) == '"' || s.charAt(j) == '\'')) j++;
        int k = j;
        while (k < end && s.charAt(k) != '"' && s.charAt(k) != '\'' && !Character.isWhitespace(s.charAt(k))) k++;
        return k > j ? s.substring(j, k) : null;
    }

    private static boolean isSpaceOrSlash(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/';
    }

    /** The attributes of one meta tag that matter here. */
    private static final class Meta {
        String charset;
        String httpEquiv;
        String content;

        /** Reads attributes from {@code i} to the closing {@code >}; returns the offset after it. */
        int parse(String s, int i) {
            int n = s.length();
            while (i < n) {
                while (i < n && (isSpaceOrSlash(s.charAt(i)))) i++;
                if (i >= n) return n;
                if (s.charAt(i) == '>') return i + 1;
                int nameStart = i;
                while (i < n && !isSpaceOrSlash(s.charAt(i)) && s.charAt(i) != '=' && s.charAt(i) != '>') i++;
                String name = s.substring(nameStart, i);
                while (i < n && s.charAt(i) == ' ') i++;
                String value = "";
                if (i < n && s.charAt(i) == '=') {
                    i++;
                    while (i < n && s.charAt(i) == ' ') i++;
                    if (i < n && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
                        char quote = s.charAt(i);
                        int end = s.indexOf(quote, i + 1);
                        if (end < 0) end = n;
                        value = s.substring(i + 1, end);
                        i = Math.min(n, end + 1);
                    } else {
                        int start = i;
                        while (i < n && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '>') i++;
                        value = s.substring(start, i);
                    }
                }
                set(name, value);
            }
            return n;
        }

        private void set(String name, String value) {
            switch (name) {
                case "charset" -> charset = charset == null ? value : charset;
                case "http-equiv" -> httpEquiv = httpEquiv == null ? value : httpEquiv;
                case "content" -> content = content == null ? value : content;
                default -> {}
            }
        }

        String label() {
            if (charset != null && !charset.isBlank()) return charset.trim();
            boolean pragma = httpEquiv != null && httpEquiv.trim().equals("content-type");
            return pragma ? CharsetLabels.charsetParameter(content) : null;
        }
    }
}
