package org.marsad.text;

import java.util.Arrays;

/** The tokenizer's output before tokens become records: growable parallel arrays of spans and kinds. */
final class TokenBuffer {
    int size;
    int[] starts = new int[64];
    int[] ends = new int[64];
    TokenKind[] kinds = new TokenKind[64];

    void add(int start, int end, TokenKind kind) {
        if (size == starts.length) {
            int n = size * 2;
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            kinds = Arrays.copyOf(kinds, n);
        }
        starts[size] = start;
        ends[size] = end;
        kinds[size] = kind;
        size++;
    }
}
