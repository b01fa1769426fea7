package org.marsad.extract.charset;

import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.marsad.extract.InputRejected;
import org.marsad.model.Rejection;

/**
 * Gzip (RFC 1952) to raw bytes, capped: concatenated members are joined, the output never grows past the cap (a gzip
 * bomb stops at the cap plus one 64 KB chunk), and a truncated or corrupt stream is a {@link Rejection.Reason#CORRUPT}
 * value with the offset it broke at. Trailing zero padding and trailing garbage after a complete member are ignored,
 * as {@code gzip -d} does.
 */
final class Gunzip {
    private static final int CHUNK = 64 * 1024;
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private Gunzip() {}

    /** True when the bytes open with the gzip magic number 1f 8b. */
    static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    /**
     * Inflates every gzip member in {@code in}.
     *
     * @throws InputRejected CORRUPT when a member is truncated or malformed, TOO_LARGE past {@code maxBytes}
     */
    static byte[] gunzip(byte[] in, int maxBytes) {
        Output out = new Output(maxBytes);
        Inflater inflater = new Inflater(true);
        try {
            int pos = 0;
            int members = 0;
            while (pos < in.length) {
                if (members > 0 && !isGzipAt(in, pos)) break; // trailing padding or garbage: ignored
                pos = member(in, pos, inflater, out);
                members++;
                inflater.reset();
            }
            return out.bytes();
        } finally {
            inflater.end();
        }
    }

    /** Inflates the member starting at {@code start} and returns the offset just past its trailer. */
    private static int member(byte[] in, int start, Inflater inflater, Output out) {
        int pos = header(in, start);
        int before = out.size;
        inflater.setInput(in, pos, in.length - pos);
        byte[] chunk = new byte[CHUNK];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n > 0) {
                    out.append(chunk, n);
                } else if (inflater.needsInput()) {
                    throw truncated(in.length, out.size);
                } else if (inflater.needsDictionary()) {
                    throw corrupt("gzip member at byte " + start + " needs a preset dictionary");
                } else if (!inflater.finished()) {
                    throw corrupt("corrupt gzip data after " + (pos + inflater.getTotalIn()) + " bytes");
                }
            }
        } catch (DataFormatException e) {
            throw corrupt("corrupt gzip data after " + (pos + inflater.getTotalIn()) + " bytes: " + e.getMessage());
        }
        int end = in.length - inflater.getRemaining();
        if (end + 8 > in.length) throw truncated(in.length, out.size);
        CRC32 crc = new CRC32();
        crc.update(out.buf, before, out.size - before);
        if ((int) crc.getValue() != le32(in, end)) throw corrupt("gzip checksum mismatch after " + end + " bytes");
        if (le32(in, end + 4) != out.size - before) throw corrupt("gzip length mismatch after " + end + " bytes");
        return end + 8;
    }

    /** Checks the fixed header and skips the optional fields; returns the offset of the deflate data. */
    private static int header(byte[] in, int start) {
        if (in.length - start < 10) throw truncated(in.length, 0);
        if ((in[start + 2] & 0xff) != 8) throw corrupt("gzip member at byte " + start + " is not deflate-compressed");
        int flags = in[start + 3] & 0xff;
        int pos = start + 10;
        if ((flags & FEXTRA) != 0) {
            if (pos + 2 > in.length) throw truncated(in.length, 0);
            pos += 2 + ((in[pos] & 0xff) | (in[pos + 1] & 0xff) << 8);
        }
        if ((flags & FNAME) != 0) pos = skipZeroTerminated(in, pos);
        if ((flags & FCOMMENT) != 0) pos = skipZeroTerminated(in, pos);
        if ((flags & FHCRC) != 0) pos += 2;
        if (pos >= in.length) throw truncated(in.length, 0);
        return pos;
    }

    private static int skipZeroTerminated(byte[] in, int pos) {
        while (pos < in.length && in[pos] != 0) pos++;
        if (pos >= in.length) throw truncated(in.length, 0);
        return pos + 1;
    }

    private static boolean isGzipAt(byte[] in, int pos) {
        return pos + 1 < in.length && (in[pos] & 0xff) == 0x1f && (in[pos + 1] & 0xff) == 0x8b;
    }

    private static int le32(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24;
    }

    private static InputRejected truncated(int length, int inflated) {
        return corrupt("truncated gzip after " + length + " bytes (" + inflated + " bytes unpacked)");
    }

    private static InputRejected corrupt(String detail) {
        return new InputRejected(Rejection.Reason.CORRUPT, detail);
    }

    /** A growable byte buffer that refuses to grow past the cap. */
    private static final class Output {
        final int max;
        byte[] buf = new byte[CHUNK];
        int size;

        Output(int max) {
            this.max = max;
        }

        void append(byte[] chunk, int n) {
            if ((long) size + n > max) {
                throw new InputRejected(
                        Rejection.Reason.TOO_LARGE, "gzip unpacks to more than the limit of " + max + " bytes");
            }
            if (size + n > buf.length) {
                buf = Arrays.copyOf(buf, (int) Math.min(max, Math.max(size + n, 2L * buf.length)));
            }
            System.arraycopy(chunk, 0, buf, size, n);
            size += n;
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, size);
        }
    }
}
