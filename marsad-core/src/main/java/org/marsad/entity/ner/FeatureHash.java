package org.marsad.entity.ner;

/**
 * 64-bit feature keys: FNV-1a over a template number and the feature's text, finished with a murmur mix. Features
 * are never kept as strings, so extraction allocates nothing per feature; at 64 bits collisions are negligible.
 */
final class FeatureHash {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FeatureHash() {}

    /** The key of template {@code t} with value {@code s}. */
    static long of(int t, CharSequence s) {
        return finish(chars(start(t), s));
    }

    /** The key of template {@code t} with the pair of values {@code a}, {@code b}. */
    static long of(int t, CharSequence a, CharSequence b) {
        long h = chars(start(t), a);
        h = (h ^ 0x1F) * PRIME; // a separator no token holds
        return finish(chars(h, b));
    }

    /** The key of template {@code t} with a number. */
    static long of(int t, long value) {
        long h = start(t);
        for (int i = 0; i < 8; i++) {
            h = (h ^ ((value >>> (8 * i)) & 0xFF)) * PRIME;
        }
        return finish(h);
    }

    /** The key of template {@code t} with the first {@code n} (prefix) or last {@code n} (suffix) chars of {@code s}. */
    static long affix(int t, String s, int n, boolean prefix) {
        long h = start(t);
        int from = prefix ? 0 : s.length() - n;
        for (int i = from; i < from + n; i++) h = (h ^ s.charAt(i)) * PRIME;
        return finish(h);
    }

    private static long start(int t) {
        return (OFFSET ^ t) * PRIME;
    }

    private static long chars(long h, CharSequence s) {
        for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * PRIME;
        return h;
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
