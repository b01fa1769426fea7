package org.marsad.entity.ner;

/** An open-addressing map from 64-bit feature keys to row numbers; key 0 is reserved as "empty". */
final class LongIntMap {
    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
    }

    int size() {
        return size;
    }

    /** The value of {@code key}, or -1. */
    int get(long key) {
        long k = key == 0 ? 1 : key;
        int mask = keys.length - 1;
        for (int i = (int) (k ^ (k >>> 32)) & mask; ; i = (i + 1) & mask) {
            long at = keys[i];
            if (at == k) return values[i];
            if (at == 0) return -1;
        }
    }

    /** Stores {@code value} under {@code key}, replacing any earlier value. */
    void put(long key, int value) {
        if (2 * (size + 1) > keys.length) grow();
        long k = key == 0 ? 1 : key;
        int mask = keys.length - 1;
        for (int i = (int) (k ^ (k >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == k) {
                values[i] = value;
                return;
            }
            if (keys[i] == 0) {
                keys[i] = k;
                values[i] = value;
                size++;
                return;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) put(oldKeys[i], oldValues[i]);
        }
    }
}
