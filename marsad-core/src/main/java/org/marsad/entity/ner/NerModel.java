package org.marsad.entity.ner;

/**
 * A trained linear-chain tagger: a weight per (feature, label), a weight per label transition (and per first
 * label), decoded with Viterbi under the BIO rule of {@link NerLabels}. Immutable and thread-safe; the feature
 * extraction it needs (word classes, lexicon) travels with it.
 */
final class NerModel {
    final NerLabels labels;
    /** Row r's feature key. */
    final long[] keys;
    final LongIntMap rows;
    /** Row r's weight for label y at {@code r * labels + y}. */
    final float[] weights;
    /** Transition weights: {@code [previous * L + label]}, the start row at {@code L * L}. */
    final float[] transitions;
    final NerFeatures features;
    final WordClusters clusters;
    final EntityLexicon lexicon;

    NerModel(NerLabels labels, long[] keys, float[] weights, float[] transitions, WordClusters clusters,
            EntityLexicon lexicon) {
        this.labels = labels;
        this.keys = keys;
        this.rows = new LongIntMap(keys.length);
        for (int r = 0; r < keys.length; r++) rows.put(keys[r], r);
        this.weights = weights;
        this.transitions = transitions;
        this.clusters = clusters;
        this.lexicon = lexicon;
        this.features = new NerFeatures(clusters, lexicon);
    }

    /** The best label sequence of a sentence (history: see {@link NerFeatures#extract}). */
    int[] tag(NerWord[] words, int[] history) {
        return tag(features.read(words), history);
    }

    /**
     * The best label sequence of a sentence whose pass-independent features are already read; {@code history} is
     * the second pass's document history, or null. Scores add the history features first, as {@link
     * NerFeatures#extract} lists them, so the sums are the same float for float.
     */
    int[] tag(NerFeatures.Sentence sentence, int[] history) {
        int n = sentence.size();
        int l = labels.size();
        if (n == 0) return new int[0];
        float[] scores = new float[n * l];
        long[] extra = history == null ? null : new long[NerFeatures.MAX];
        for (int i = 0; i < n; i++) {
            if (history != null) {
                int count = NerFeatures.history(sentence.prepared(), history, i, extra, 0);
                add(extra, count, scores, i * l, l);
            }
            long[] local = sentence.local()[i];
            add(local, local.length, scores, i * l, l);
        }
        return viterbi(scores, n, l, labels, transitions);
    }

    /**
     * Adds the weights of the first {@code count} feature keys to the {@code l} label scores at {@code at}. The rows
     * are looked up first, in a loop of independent look-ups the processor can overlap (most miss the cache), and
     * their weights are added after.
     */
    private void add(long[] keys, int count, float[] scores, int at, int l) {
        int[] found = new int[count];
        int m = 0;
        for (int k = 0; k < count; k++) {
            int r = rows.get(keys[k]);
            if (r >= 0) found[m++] = r;
        }
        for (int k = 0; k < m; k++) {
            int base = found[k] * l;
            for (int y = 0; y < l; y++) scores[at + y] += weights[base + y];
        }
    }

    /**
     * Viterbi over per-token label scores and transition weights, never choosing a transition the BIO rule forbids.
     */
    static int[] viterbi(float[] scores, int n, int l, NerLabels labels, float[] transitions) {
        float[] best = new float[n * l];
        int[] back = new int[n * l];
        for (int y = 0; y < l; y++) {
            best[y] = labels.allowed(-1, y) ? scores[y] + transitions[l * l + y] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < l; y++) {
                float top = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < l; p++) {
                    if (!labels.allowed(p, y)) continue;
                    float s = best[(i - 1) * l + p] + transitions[p * l + y];
                    if (s > top) {
                        top = s;
                        arg = p;
                    }
                }
                best[i * l + y] = top + scores[i * l + y];
                back[i * l + y] = arg;
            }
        }
        int[] out = new int[n];
        float top = Float.NEGATIVE_INFINITY;
        for (int y = 0; y < l; y++) {
            if (best[(n - 1) * l + y] > top) {
                top = best[(n - 1) * l + y];
                out[n - 1] = y;
            }
        }
        for (int i = n - 1; i > 0; i--) out[i - 1] = back[i * l + out[i]];
        return out;
    }
}
