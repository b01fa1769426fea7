package org.marsad.extract.charset;

import java.nio.charset.StandardCharsets;

/**
 * Tells bytes that are not text from text, looking only at the first few KB.
 *
 * <ul>
 *   <li>Magic numbers: PNG, JPEG, GIF, WebP, PDF, ZIP (and so docx/xlsx/epub), ELF, Java class, OLE2 (old Office),
 *       7-Zip, bzip2, xz, MP4/MOV.
 *   <li>NUL bytes, more than one per KB of the sample (text never has them; a stray one is forgiven).
 *   <li>Control characters other than tab, line feed, form feed, carriage return and escape: over 10% of the sample.
 * </ul>
 *
 * UTF-16 text is full of NUL bytes and must be recognised before this check (see {@link Utf16Sniffer}).
 */
final class BinarySniffer {
    /** How many leading bytes are inspected. */
    static final int SAMPLE = 8192;

    private static final Object[][] MAGIC = {
        {bytes(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a), "PNG image"},
        {bytes(0xff, 0xd8, 0xff), "JPEG image"},
        {ascii("GIF87a"), "GIF image"},
        {ascii("GIF89a"), "GIF image"},
        {ascii("%PDF-"), "PDF document"},
        {bytes('P', 'K', 3, 4), "ZIP archive"},
        {bytes('P', 'K', 5, 6), "ZIP archive"},
        {bytes(0x7f, 'E', 'L', 'F'), "ELF executable"},
        {bytes(0xca, 0xfe, 0xba, 0xbe), "Java class file"},
        {bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), "OLE2 (old Office) document"},
        {bytes('7', 'z', 0xbc, 0xaf, 0x27, 0x1c), "7-Zip archive"},
        {bytes(0xfd, '7', 'z', 'X', 'Z', 0), "xz archive"},
        {bytes(0x1f, 0x8b), "gzip inside gzip"},
    };

    private BinarySniffer() {}

    /** What kind of binary the bytes are (e.g. "PNG image", "NUL bytes"), or null when they may be text. */
    static String binaryKind(byte[] b, int offset) {
        String magic = offset == 0 ? magicKind(b) : null;
        return magic != null ? magic : controlKind(b, offset);
    }

    /** The file type a magic number at the start names (e.g. "PNG image"), or null. */
    static String magicKind(byte[] b) {
        for (Object[] m : MAGIC) {
            if (startsWith(b, 0, (byte[]) m[0])) return (String) m[1];
        }
        if (startsWith(b, 0, ascii("RIFF")) && startsWith(b, 8, ascii("WEBP"))) return "WebP image";
        if (startsWith(b, 4, ascii("ftyp"))) return "MP4/QuickTime video";
        if (startsWith(b, 0, ascii("BZh")) && b.length > 3 && b[3] >= '1' && b[3] <= '9') return "bzip2 archive";
        return null;
    }

    /** "NUL bytes (…)" or "control characters (…)" when the sample from {@code offset} has too many, else null. */
    static String controlKind(byte[] b, int offset) {
        int n = Math.min(b.length - offset, SAMPLE);
        int nul = 0;
        int control = 0;
        for (int i = offset; i < offset + n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) nul++;
            else if (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != 0x1b) control++;
            else if (c == 0x7f) control++;
        }
        if (nul > n / 1024) return "NUL bytes (" + nul + " in the first " + n + " bytes)";
        if (control * 10L > n) return "control characters (" + control + " in the first " + n + " bytes)";
        return null;
    }

    static boolean startsWith(byte[] b, int at, byte[] prefix) {
        if (b.length < at + prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if (b[at + i] != prefix[i]) return false;
        }
        return true;
    }

    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) b[i] = (byte) v[i];
        return b;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
