package org.marsad.extract.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A strict UTF-8 check in one pass with a fixed 8 KB buffer: the JDK decoder with {@link CodingErrorAction#REPORT}
 * (overlong forms, surrogates and code points past U+10FFFF are malformed), counting malformed sequences and the
 * characters outside ASCII. A sequence cut off by the end of the input is not counted: files cut at a size limit end
 * that way. Legacy text stops the check early, after 4096 malformed sequences with few clean characters among them.
 *
 * <p>Most pages are valid UTF-8, so the JDK's own (intrinsic) decoding runs first: when it inserts no U+FFFD the
 * bytes were valid, and the decoded text is kept so that the page is not decoded twice.
 *
 * @param malformed how many malformed or unmappable sequences were found
 * @param nonAscii how many characters above U+007F decoded cleanly; on the valid fast path, the bytes beyond one
 *     per character instead (positive exactly when there is any such character, which is all the callers ask then)
 * @param text the decoded text when the bytes are valid UTF-8 (decoded from the offset), else null
 */
record Utf8Check(int malformed, int nonAscii, String text) {
    /** Malformed sequences after which a check that is far from {@link #mostlyValid()} stops early. */
    private static final int GIVE_UP = 4096;

    /** Checks {@code bytes[offset..]}. */
    static Utf8Check of(byte[] bytes, int offset) {
        int length = bytes.length - offset;
        String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) return new Utf8Check(0, length - text.length(), text);
        return strict(bytes, offset);
    }

    /** The exact count, for text with malformed sequences or a literal U+FFFD. */
    private static Utf8Check strict(byte[] bytes, int offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(8192);
        int malformed = 0;
        int nonAscii = 0;
        while (true) {
            CoderResult r = decoder.decode(in, out, false);
            nonAscii += countNonAscii(out);
            if (r.isError()) {
                malformed++;
                in.position(Math.min(in.limit(), in.position() + r.length()));
                // legacy text fails at nearly every non-ASCII byte: once that is certain, stop paying per byte
                if (malformed >= GIVE_UP && (long) nonAscii * 2 < malformed) return new Utf8Check(malformed, nonAscii, null);
            } else if (r.isUnderflow()) {
                break; // what is left (at most 3 bytes) is a sequence cut off by the end of the input
            }
        }
        if (in.remaining() > 0 && !isCutOffSequence(in)) malformed++;
        String valid = malformed == 0 && in.remaining() == 0
                ? new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8)
                : null;
        return new Utf8Check(malformed, nonAscii, valid);
    }

    /**
     * True for multi-byte UTF-8, allowing a few bad bytes (a stray Latin-1 byte in an otherwise UTF-8 page): at
     * least 2 clean non-ASCII characters per malformed sequence. Legacy text read as UTF-8 is the other way round:
     * over 216 real pages re-encoded to windows-1256, ISO-8859-6 and windows-1252, at most 0.03 per malformed one.
     */
    boolean mostlyValid() {
        return nonAscii > 0 && (long) malformed * 2 <= nonAscii;
    }

    private static int countNonAscii(CharBuffer out) {
        char[] chars = out.array(); // allocated, so backed by an array at offset 0
        int n = 0;
        for (int i = 0, end = out.position(); i < end; i++) {
            if (chars[i] > 0x7f) n++;
        }
        out.clear();
        return n;
    }

    /** A lead byte followed by fewer continuation bytes than it announces, and nothing else. */
    private static boolean isCutOffSequence(ByteBuffer in) {
        int lead = in.get(in.position()) & 0xff;
        int need = lead >= 0xf0 && lead <= 0xf4 ? 4
                : lead >= 0xe0 && lead <= 0xef ? 3
                : lead >= 0xc2 && lead <= 0xdf ? 2
                : 0;
        if (need == 0 || in.remaining() >= need) return false;
        for (int i = in.position() + 1; i < in.limit(); i++) {
            if ((in.get(i) & 0xc0) != 0x80) return false;
        }
        return true;
    }
}
