package org.marsad.extract.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Charset names as pages write them, resolved the way browsers do (WHATWG Encoding Standard labels).
 *
 * <ul>
 *   <li>iso-8859-1, latin1, ascii, us-ascii, cp1252 → windows-1252 (browsers never use real Latin-1).
 *   <li>cp1256, x-cp1256 → windows-1256; arabic, asmo-708, ecma-114, iso-8859-6-i/-e → ISO-8859-6.
 *   <li>x-mac-arabic and other names browsers do not know → null: the label is ignored and the bytes decide.
 *   <li>utf8, unicode-1-1-utf-8 → UTF-8; utf-16, unicode, ucs-2 → UTF-16LE; utf-16be → UTF-16BE.
 *   <li>Any other name the JDK supports is taken as the JDK resolves it.
 * </ul>
 */
final class CharsetLabels {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

    private static final Map<String, Charset> LABELS = new HashMap<>();

    static {
        for (String s : new String[] {"utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8",
                "x-unicode20utf8"}) {
            LABELS.put(s, StandardCharsets.UTF_8);
        }
        for (String s : new String[] {"utf-16", "utf-16le", "unicode", "ucs-2", "csunicode", "iso-10646-ucs-2",
                "unicodefeff"}) {
            LABELS.put(s, StandardCharsets.UTF_16LE);
        }
        LABELS.put("utf-16be", StandardCharsets.UTF_16BE);
        LABELS.put("unicodefffe", StandardCharsets.UTF_16BE);
        for (String s : new String[] {"ansi_x3.4-1968", "ascii", "us-ascii", "cp1252", "cp819", "csisolatin1",
                "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1",
                "latin1", "windows-1252", "x-cp1252"}) {
            LABELS.put(s, WINDOWS_1252);
        }
        for (String s : new String[] {"cp1256", "windows-1256", "x-cp1256"}) {
            LABELS.put(s, WINDOWS_1256);
        }
        for (String s : new String[] {"arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic",
                "ecma-114", "iso-8859-6", "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596",
                "iso_8859-6", "iso_8859-6:1987"}) {
            LABELS.put(s, ISO_8859_6);
        }
    }

    private CharsetLabels() {}

    /** The charset a label names, or null when it is unknown, unsupported or one browsers ignore. */
    static Charset resolve(String label) {
        if (label == null) return null;
        String name = label.trim().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.length() > 40) return null;
        Charset known = LABELS.get(name);
        if (known != null) return known;
        if (name.contains("mac")) return null; // x-mac-arabic and friends: browsers ignore them, the bytes decide
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) { // IllegalCharsetNameException is one
            return null;
        }
    }

    /** The charset= parameter of a Content-Type value ({@code text/html; charset="windows-1256"}), or null. */
    static String charsetParameter(String contentType) {
        if (contentType == null) return null;
        String lower = contentType.toLowerCase(Locale.ROOT);
        int at = lower.indexOf("charset");
        while (at >= 0) {
            int i = at + "charset".length();
            while (i < lower.length() && lower.charAt(i) == ' ') i++;
            if (i < lower.length() && lower.charAt(i) == '=') {
                i++;
                while (i < lower.length() && " \"'".indexOf(lower.charAt(i)) >= 0) i++;
                int end = i;
                while (end < lower.length() && isLabelChar(lower.charAt(end))) end++;
                return end > i ? lower.substring(i, end) : null;
            }
            at = lower.indexOf("charset", at + 1);
        }
        return null;
    }

    private static boolean isLabelChar(char c) {
        return c > ' ' && c < 0x7f && c != ';' && c != '"' && c != '\'' && c != ',' && c != '>' && c != '/';
    }
}
