package org.marsad.extract.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Recognises UTF-16 without a byte-order mark. In UTF-16 text of ASCII markup and Arabic letters, every other byte is
 * the high byte of a code unit: 00 (ASCII) or 06 (Arabic, U+0600..U+06FF), while the low bytes vary. Binary data and
 * 8-bit text show no such alternation.
 */
final class Utf16Sniffer {
    private static final int SAMPLE = 4096;

    private Utf16Sniffer() {}

    /** UTF-16LE or UTF-16BE when the first few KB alternate like UTF-16 text, else null. */
    static Charset sniff(byte[] b) {
        int pairs = Math.min(b.length, SAMPLE) / 2;
        if (pairs < 2) return null;
        int evenHigh = 0;
        int oddHigh = 0;
        for (int i = 0; i < pairs; i++) {
            if (isHighByte(b[2 * i])) evenHigh++;
            if (isHighByte(b[2 * i + 1])) oddHigh++;
        }
        // 60% of one side looks like high bytes, under 20% of the other side
        if (oddHigh * 10 >= pairs * 6 && evenHigh * 10 < pairs * 2) return StandardCharsets.UTF_16LE;
        if (evenHigh * 10 >= pairs * 6 && oddHigh * 10 < pairs * 2) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** True for 00 (Latin-1 range) and 06 (Arabic block), the high bytes of nearly every code unit of a page. */
    private static boolean isHighByte(byte b) {
        return b == 0 || b == 6;
    }
}
