package org.marsad.extract.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.marsad.extract.InputRejected;
import org.marsad.extract.TextClean;
import org.marsad.model.Rejection;

/**
 * Bytes to text, never mojibake: gunzip, refuse what is not text, then find the charset. In order:
 *
 * <ol>
 *   <li>Nothing but whitespace → EMPTY. Gzip (magic 1f 8b, whatever the name) is unpacked, concatenated members
 *       joined, capped at {@code maxBytes} (→ TOO_LARGE); a truncated or corrupt one → CORRUPT.
 *   <li>A byte-order mark (UTF-8, UTF-16 LE/BE) decides ("bom"); so does UTF-16 recognised by its byte pattern.
 *   <li>Images, archives, executables, NUL bytes or many control characters → BINARY, saying what was seen.
 *   <li>The HTTP Content-Type charset ("http"), then the page's own meta or XML declaration ("meta"). Declarations
 *       can lie: a declared UTF-8 that is not valid UTF-8 falls through; any other declared charset over bytes that
 *       are valid multi-byte UTF-8 gives UTF-8 ("utf-8-check"); a declared windows-1252/iso-8859-1 over bytes that
 *       read as Arabic goes to the guess; unknown names and x-mac-arabic are ignored, as browsers do.
 *   <li>A strict UTF-8 check; UTF-8 with only a few stray bad bytes is still UTF-8 ("utf-8-check").
 *   <li>The guess among windows-1256, ISO-8859-6 and windows-1252 ({@link LegacyGuess}) ("guess").
 * </ol>
 *
 * Every step is one linear pass over at most the whole input; no regular expressions. Thread-safe, stateless.
 */
public final class PageDecoder {
    private static final int MAX_GZIP_LAYERS = 2;

    private PageDecoder() {}

    /**
     * Decodes raw page bytes.
     *
     * @param bytes the raw bytes, possibly gzip-compressed (recognised by the magic bytes, not the name)
     * @param contentType the HTTP Content-Type header, or null
     * @param maxBytes the largest (uncompressed) input accepted
     * @throws org.marsad.extract.InputRejected for empty, binary, corrupt or oversized input
     */
    public static DecodedPage decode(byte[] bytes, String contentType, int maxBytes) {
        if (bytes == null || bytes.length == 0) throw rejected(Rejection.Reason.EMPTY, "no bytes");
        if (bytes.length > maxBytes) {
            String detail = bytes.length + " bytes is over the limit of " + maxBytes + " bytes";
            throw rejected(Rejection.Reason.TOO_LARGE, detail);
        }
        byte[] b = bytes;
        for (int layer = 0; layer < MAX_GZIP_LAYERS && Gunzip.isGzip(b); layer++) {
            b = Gunzip.gunzip(b, maxBytes);
            if (b.length == 0) throw rejected(Rejection.Reason.EMPTY, "gzip holds no bytes");
        }
        DecodedPage page = choose(b, contentType);
        if (isBlank(page.text())) throw rejected(Rejection.Reason.EMPTY, "nothing but whitespace");
        return page;
    }

    private static DecodedPage choose(byte[] b, String contentType) {
        if (BinarySniffer.startsWith(b, 0, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf})) {
            rejectBinary(b, 3);
            return decoded(b, 3, StandardCharsets.UTF_8, "bom");
        }
        if (BinarySniffer.startsWith(b, 0, new byte[] {(byte) 0xff, (byte) 0xfe})) {
            return decoded(b, 2, StandardCharsets.UTF_16LE, "bom");
        }
        if (BinarySniffer.startsWith(b, 0, new byte[] {(byte) 0xfe, (byte) 0xff})) {
            return decoded(b, 2, StandardCharsets.UTF_16BE, "bom");
        }
        String magic = BinarySniffer.magicKind(b);
        if (magic != null) throw rejected(Rejection.Reason.BINARY, magic);
        Charset http = CharsetLabels.resolve(CharsetLabels.charsetParameter(contentType));
        Charset utf16 = Utf16Sniffer.sniff(b);
        if (utf16 != null) return decoded(b, 0, utf16, isUtf16(http) ? "http" : "guess");
        rejectBinary(b, 0);
        Utf8Check utf8 = Utf8Check.of(b, 0);
        DecodedPage declared = fromDeclaration(b, http, "http", utf8);
        if (declared != null) return declared;
        Charset meta = CharsetLabels.resolve(MetaPrescan.declaredLabel(b, 0));
        // a UTF-16 label found by reading the bytes as ASCII cannot be true; browsers read such pages as UTF-8
        if (isUtf16(meta)) meta = StandardCharsets.UTF_8;
        declared = fromDeclaration(b, meta, "meta", utf8);
        if (declared != null) return declared;
        if (utf8.malformed() == 0 || utf8.mostlyValid()) return asUtf8(b, utf8, "utf-8-check");
        return decoded(b, 0, LegacyGuess.guess(b, 0), "guess");
    }

    /** The page read with a declared charset, or null when the declaration is absent, unusable or a lie. */
    private static DecodedPage fromDeclaration(byte[] b, Charset declared, String how, Utf8Check utf8) {
        if (declared == null || !isAsciiCompatible(declared)) return null;
        if (declared.equals(StandardCharsets.UTF_8)) {
            return utf8.malformed() == 0 ? asUtf8(b, utf8, how) : null;
        }
        if (utf8.mostlyValid()) return asUtf8(b, utf8, "utf-8-check");
        if (declared.equals(CharsetLabels.WINDOWS_1252) && utf8.nonAscii() + utf8.malformed() > 0) {
            Charset guessed = LegacyGuess.guess(b, 0);
            if (!guessed.equals(CharsetLabels.WINDOWS_1252)) return decoded(b, 0, guessed, "guess");
        }
        return decoded(b, 0, declared, how);
    }

    private static void rejectBinary(byte[] b, int offset) {
        String kind = BinarySniffer.binaryKind(b, offset);
        if (kind != null) throw rejected(Rejection.Reason.BINARY, kind);
    }

    /** The page as UTF-8, reusing the text the check already decoded when the bytes were valid. */
    private static DecodedPage asUtf8(byte[] b, Utf8Check utf8, String how) {
        if (utf8.text() != null) return new DecodedPage(utf8.text(), StandardCharsets.UTF_8, how);
        return decoded(b, 0, StandardCharsets.UTF_8, how);
    }

    private static DecodedPage decoded(byte[] b, int offset, Charset charset, String how) {
        return new DecodedPage(new String(b, offset, b.length - offset, charset), charset, how);
    }

    private static boolean isUtf16(Charset c) {
        return StandardCharsets.UTF_16LE.equals(c) || StandardCharsets.UTF_16BE.equals(c);
    }

    /** True when the charset reads ASCII markup as ASCII: only such a charset can be declared inside the page. */
    private static boolean isAsciiCompatible(Charset c) {
        String probe = "<meta charset=x>";
        try {
            return new String(probe.getBytes(StandardCharsets.US_ASCII), c).equals(probe);
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    /** Whitespace, no-break spaces, zero-width characters and stray byte-order marks only. */
    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean blank = TextClean.isSpace(c) || c == '\ufeff' || (c >= '\u200b' && c <= '\u200f');
            if (!blank) return false;
        }
        return true;
    }

    private static InputRejected rejected(Rejection.Reason reason, String detail) {
        return new InputRejected(reason, detail);
    }
}
