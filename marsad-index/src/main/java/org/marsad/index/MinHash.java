package org.marsad.index;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Token;

/**
 * MinHash signatures of an article's body for near-duplicate detection: the body's terms (the search analyzer's
 * stems, so spelling and clitic variants agree) in shingles of {@link #SHINGLE} consecutive words, each shingle
 * hashed, and the minimum kept under {@link #HASHES} hash functions. Two signatures agree in about the Jaccard
 * similarity of the two shingle sets. Signatures are cut into {@link #BANDS} bands of {@link #ROWS} rows for
 * locality-sensitive lookup: copies with similarity 0.6 share a band with probability 0.88, 0.8 with 0.9998.
 * Stateless and thread-safe.
 */
public final class MinHash {
    /** Words per shingle. */
    public static final int SHINGLE = 3;
    /** Hash functions per signature. */
    public static final int HASHES = 64;
    /** Rows per LSH band. */
    public static final int ROWS = 4;
    /** LSH bands per signature. */
    public static final int BANDS = HASHES / ROWS;

    private static final long[] SEEDS = new long[HASHES];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) SEEDS[i] = mix(s += 0x632BE59BD9B4E5EBL);
    }

    private MinHash() {}

    /** The signature of an analyzed body, or an empty array when it has fewer words than one shingle. */
    public static long[] signature(AnalyzedText text) {
        List<String> terms = new ArrayList<>(text.tokens().size());
        for (Token t : text.tokens()) {
            String term = ArabicSearchAnalyzer.term(t);
            if (term != null && !term.isEmpty() && t.isWord()) terms.add(term);
        }
        if (terms.size() < SHINGLE) return new long[0];
        long[] termHashes = new long[terms.size()];
        for (int i = 0; i < terms.size(); i++) termHashes[i] = hash(terms.get(i));
        long[] shingles = new long[termHashes.length - SHINGLE + 1];
        for (int i = 0; i < shingles.length; i++) {
            long h = 0;
            for (int k = 0; k < SHINGLE; k++) h = mix(h * 31 + termHashes[i + k]);
            shingles[i] = h;
        }
        long[] sig = new long[HASHES];
        for (int f = 0; f < HASHES; f++) { // xor with a seed, then an odd multiply: a cheap permutation each
            long seed = SEEDS[f];
            long min = Long.MAX_VALUE;
            for (long h : shingles) min = Math.min(min, (h ^ seed) * 0x9E3779B97F4A7C15L);
            sig[f] = min;
        }
        return sig;
    }

    /** The estimated Jaccard similarity of two signatures: the share of agreeing positions (0 when either is empty). */
    public static double similarity(long[] a, long[] b) {
        if (a.length != HASHES || b.length != HASHES) return 0;
        int same = 0;
        for (int i = 0; i < HASHES; i++) if (a[i] == b[i]) same++;
        return same / (double) HASHES;
    }

    /** The band keys of a signature, one per band, as index terms ("b3:…"); none for an empty signature. */
    public static List<String> bands(long[] sig) {
        if (sig.length != HASHES) return List.of();
        List<String> keys = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) h = mix(h * 31 + sig[b * ROWS + r]);
            keys.add(b + ":" + Long.toHexString(h));
        }
        return keys;
    }

    /** A signature as bytes, to store. */
    public static byte[] toBytes(long[] sig) {
        ByteBuffer buf = ByteBuffer.allocate(sig.length * Long.BYTES);
        for (long v : sig) buf.putLong(v);
        return buf.array();
    }

    /** A stored signature back. */
    public static long[] fromBytes(byte[] bytes, int offset, int length) {
        ByteBuffer buf = ByteBuffer.wrap(bytes, offset, length);
        long[] sig = new long[length / Long.BYTES];
        for (int i = 0; i < sig.length; i++) sig[i] = buf.getLong();
        return sig;
    }

    private static long hash(String s) {
        long h = 0xCBF29CE484222325L; // FNV-1a over chars, then mixed
        for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * 0x100000001B3L;
        return mix(h);
    }

    /** The SplitMix64 finalizer: spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
