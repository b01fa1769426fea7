package org.marsad.extract.charset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.marsad.extract.charset.PageDecoderCharsetTest.CP1256;
import static org.marsad.extract.charset.PageDecoderCharsetTest.MAX;
import static org.marsad.extract.charset.PageDecoderCharsetTest.NEWS;
import static org.marsad.extract.charset.PageDecoderCharsetTest.concat;
import static org.marsad.extract.charset.PageDecoderCharsetTest.page;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.marsad.extract.InputRejected;
import org.marsad.model.Rejection;
import org.marsad.model.Rejection.Reason;

/** Empty, oversized, gzip and binary inputs: what {@link PageDecoder} unpacks and what it refuses. */
class PageDecoderInputTest {
    static Rejection rejection(byte[] bytes, int max) {
        InputRejected e = catchThrowableOfType(InputRejected.class, () -> PageDecoder.decode(bytes, null, max));
        assertThat(e).as("expected a rejection").isNotNull();
        return e.rejection();
    }

    static byte[] gzip(byte[] data) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(data);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void noBytesIsEmpty() {
        assertThat(rejection(new byte[0], MAX).reason()).isEqualTo(Reason.EMPTY);
    }

    @Test
    void whitespaceOnlyIsEmpty() {
        assertThat(rejection(" \n\t\r\n  ".getBytes(StandardCharsets.US_ASCII), MAX).reason()).isEqualTo(Reason.EMPTY);
        byte[] nbsp = "\u00a0 \u200f\ufeff\n".getBytes(StandardCharsets.UTF_8);
        assertThat(rejection(nbsp, MAX).reason()).isEqualTo(Reason.EMPTY);
    }

    @Test
    void inputOverTheLimitIsTooLarge() {
        byte[] text = NEWS.getBytes(StandardCharsets.UTF_8);
        Rejection r = rejection(text, 16);
        assertThat(r.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(r.detail()).contains("16");
    }

    @Test
    void gzipIsRecognisedByItsMagicBytes() {
        DecodedPage d = PageDecoder.decode(gzip(page("", NEWS).getBytes(CP1256)), null, MAX);
        assertThat(d.text()).contains(NEWS);
        assertThat(d.charset()).isEqualTo(CP1256);
    }

    @Test
    void gzipOfWhitespaceIsEmpty() {
        assertThat(rejection(gzip("   \n".getBytes(StandardCharsets.US_ASCII)), MAX).reason()).isEqualTo(Reason.EMPTY);
        assertThat(rejection(gzip(new byte[0]), MAX).reason()).isEqualTo(Reason.EMPTY);
    }

    @Test
    void concatenatedGzipMembersAreJoined() {
        byte[] first = "<p>قال رئيس البلدية ".getBytes(StandardCharsets.UTF_8);
        byte[] second = "إن المشروع سيكتمل في الربيع.</p>".getBytes(StandardCharsets.UTF_8);
        DecodedPage d = PageDecoder.decode(concat(gzip(first), gzip(second)), null, MAX);
        assertThat(d.text()).isEqualTo("<p>قال رئيس البلدية إن المشروع سيكتمل في الربيع.</p>");
    }

    @Test
    void gzipWithAFileNameHeaderAndTrailingZeros() {
        byte[] data = NEWS.getBytes(StandardCharsets.UTF_8);
        byte[] member = gzipWithName(data, "khabar.html");
        DecodedPage d = PageDecoder.decode(concat(member, new byte[16]), null, MAX);
        assertThat(d.text()).isEqualTo(NEWS);
    }

    @Test
    void doubleGzipIsUnpackedTwice() {
        DecodedPage d = PageDecoder.decode(gzip(gzip(NEWS.getBytes(StandardCharsets.UTF_8))), null, MAX);
        assertThat(d.text()).isEqualTo(NEWS);
    }

    @Test
    void truncatedGzipIsCorruptAndSaysWhere() {
        byte[] whole = gzip(page("", NEWS.repeat(20)).getBytes(StandardCharsets.UTF_8));
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        Rejection r = rejection(cut, MAX);
        assertThat(r.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(r.detail()).startsWith("truncated gzip after " + cut.length + " bytes");
    }

    @Test
    void gzipCutInItsTrailerOrHeaderIsCorrupt() {
        byte[] whole = gzip(NEWS.getBytes(StandardCharsets.UTF_8));
        assertThat(rejection(Arrays.copyOf(whole, whole.length - 3), MAX).detail()).startsWith("truncated gzip");
        assertThat(rejection(Arrays.copyOf(whole, 5), MAX).detail()).startsWith("truncated gzip after 5 bytes");
    }

    @Test
    void corruptGzipIsCorrupt() {
        byte[] whole = gzip(NEWS.repeat(50).getBytes(StandardCharsets.UTF_8));
        for (int i = 12; i < whole.length - 8; i++) whole[i] ^= 0x5a;
        assertThat(rejection(whole, MAX).reason()).isEqualTo(Reason.CORRUPT);
    }

    @Test
    void gzipChecksumMismatchIsCorrupt() {
        byte[] whole = gzip(NEWS.getBytes(StandardCharsets.UTF_8));
        whole[whole.length - 6] ^= 1;
        assertThat(rejection(whole, MAX).detail()).contains("checksum");
    }

    @Test
    void gzipBombStopsAtTheCap() {
        byte[] bomb = gzipOfZeros(16 << 20); // 16 MB of zeros in about 16 KB, 16 times the cap
        assertThat(bomb.length).isLessThan(MAX);
        Rejection r = rejection(bomb, MAX);
        assertThat(r.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(r.detail()).contains(String.valueOf(MAX));
    }

    @Test
    void pngIsBinary() {
        byte[] png = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a}, randomBytes(4000, 7));
        Rejection r = rejection(png, MAX);
        assertThat(r.reason()).isEqualTo(Reason.BINARY);
        assertThat(r.detail()).isEqualTo("PNG image");
    }

    @Test
    void otherMagicNumbersAreBinary() {
        assertThat(kind("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo("PDF document");
        assertThat(kind(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})).isEqualTo("JPEG image");
        assertThat(kind(new byte[] {'P', 'K', 3, 4})).isEqualTo("ZIP archive");
        assertThat(kind(new byte[] {0x7f, 'E', 'L', 'F'})).isEqualTo("ELF executable");
        assertThat(rejection("GIF89a..".getBytes(StandardCharsets.US_ASCII), MAX).detail()).isEqualTo("GIF image");
    }

    private static String kind(byte[] magic) {
        Rejection r = rejection(concat(magic, randomBytes(100, magic.length)), MAX);
        assertThat(r.reason()).isEqualTo(Reason.BINARY);
        return r.detail();
    }

    @Test
    void nulBytesAreBinary() {
        byte[] text = NEWS.getBytes(CP1256);
        for (int i = 3; i < text.length; i += 7) text[i] = 0;
        Rejection r = rejection(text, MAX);
        assertThat(r.reason()).isEqualTo(Reason.BINARY);
        assertThat(r.detail()).startsWith("NUL bytes");
    }

    @Test
    void manyControlCharactersAreBinary() {
        byte[] text = NEWS.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < text.length; i += 4) text[i] = 0x03;
        Rejection r = rejection(text, MAX);
        assertThat(r.reason()).isEqualTo(Reason.BINARY);
        assertThat(r.detail()).startsWith("control characters");
    }

    @Test
    void randomBytesAreBinary() {
        assertThat(rejection(randomBytes(10_000, 42), MAX).reason()).isEqualTo(Reason.BINARY);
    }

    /** Hostile bytes of every kind: decoding gives text or a rejection, never another exception. */
    @Test
    void arbitraryBytesNeverThrowAnythingButInputRejected() {
        Random random = new Random(20251125);
        byte[] seed = gzip(page("<meta charset=windows-1256>", NEWS).getBytes(CP1256));
        byte[][] prefixes = {
            new byte[0], {(byte) 0x1f, (byte) 0x8b}, {(byte) 0xff, (byte) 0xfe}, {(byte) 0xfe, (byte) 0xff},
            {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, "<meta charset=".getBytes(StandardCharsets.US_ASCII),
            "<?xml encoding='".getBytes(StandardCharsets.US_ASCII), "<!--".getBytes(StandardCharsets.US_ASCII),
        };
        for (int round = 0; round < 3000; round++) {
            byte[] body;
            if (round % 3 == 0) {
                body = seed.clone();
                body[random.nextInt(body.length)] = (byte) random.nextInt(256);
                if (random.nextBoolean()) body = Arrays.copyOf(body, random.nextInt(body.length));
            } else {
                body = new byte[random.nextInt(300)];
                boolean highOnly = round % 3 == 2; // only bytes 80..FF: the legacy-charset guess
                for (int i = 0; i < body.length; i++) {
                    body[i] = (byte) (highOnly ? 0x80 + random.nextInt(128) : random.nextInt(256));
                }
            }
            byte[] input = concat(prefixes[random.nextInt(prefixes.length)], body);
            try {
                DecodedPage d = PageDecoder.decode(input, round % 5 == 0 ? "text/html; charset=" : null, MAX);
                assertThat(d.text()).isNotBlank();
            } catch (InputRejected expected) {
                assertThat(expected.rejection().detail()).isNotBlank();
            }
        }
    }

    static byte[] randomBytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    static byte[] gzipOfZeros(int n) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] zeros = new byte[1 << 20];
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                for (int written = 0; written < n; written += zeros.length) gz.write(zeros);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A gzip member with the FNAME flag and a file name, as {@code gzip} writes it. */
    static byte[] gzipWithName(byte[] data, String name) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(data);
        deflater.finish();
        byte[] buf = new byte[data.length + 1024];
        int n = deflater.deflate(buf);
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 8, 0, 0, 0, 0, 0, 3});
        out.writeBytes(name.getBytes(StandardCharsets.ISO_8859_1));
        out.write(0);
        out.write(buf, 0, n);
        writeLe32(out, (int) crc.getValue());
        writeLe32(out, data.length);
        return out.toByteArray();
    }

    private static void writeLe32(ByteArrayOutputStream out, int v) {
        for (int i = 0; i < 4; i++) out.write(v >>> (8 * i));
    }
}
