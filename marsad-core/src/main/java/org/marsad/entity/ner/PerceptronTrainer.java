package org.marsad.entity.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link NerModel} as an averaged structured perceptron (Collins 2002): Viterbi-decode each sentence,
 * and where the best sequence differs from the gold one, add the gold features and transitions and subtract the
 * predicted ones; the model keeps the average of the weights over all steps. Sentence order is shuffled each epoch
 * with a seeded {@link Random} and features are numbered by first occurrence, so a seed gives one model.
 *
 * <p>The training lexicon's features are computed jackknife-style: the words of each block of sentences are looked
 * up in a lexicon built from the other blocks, so the model learns how far such a list can be trusted on unseen
 * text instead of learning that it is always right.
 */
final class PerceptronTrainer {
    private final NerLabels labels = NerLabels.ANERCORP;
    private final NerHyperParameters config;

    PerceptronTrainer(NerHyperParameters config) {
        this.config = config;
    }

    /**
     * The model of labelled sentences (words and label numbers); {@code history} gives each sentence's
     * {@link DocumentHistory} for a second-stage model, or is null for a first-stage one.
     */
    NerModel train(List<NerWord[]> words, List<int[]> gold, List<int[]> history, WordClusters clusters) {
        int blocks = Math.max(1, Math.min(config.lexiconFolds(), words.size()));
        List<long[][]> keys = new ArrayList<>(words.size());
        for (int b = 0; b < blocks; b++) {
            int from = b * words.size() / blocks;
            int to = (b + 1) * words.size() / blocks;
            List<NerWord[]> restWords = new ArrayList<>(words.subList(0, from));
            restWords.addAll(words.subList(to, words.size()));
            List<int[]> restLabels = new ArrayList<>(gold.subList(0, from));
            restLabels.addAll(gold.subList(to, gold.size()));
            EntityLexicon fold = blocks == 1 ? EntityLexicon.EMPTY : EntityLexicon.build(restWords, restLabels, labels);
            NerFeatures f = new NerFeatures(clusters, fold);
            long[] buffer = new long[NerFeatures.MAX];
            for (int s = from; s < to; s++) {
                NerWord[] ws = words.get(s);
                long[][] sk = new long[ws.length][];
                NerFeatures.Prepared shared = f.prepare(ws);
                for (int i = 0; i < ws.length; i++) {
                    sk[i] = java.util.Arrays.copyOf(buffer, f.extract(ws, shared, history == null ? null : history.get(s), i, buffer));
                }
                keys.add(sk);
            }
        }
        // number the features that occur often enough, in order of first occurrence
        LongIntMap counts = new LongIntMap(1 << 20);
        List<Long> order = new ArrayList<>();
        int[] tally = new int[1 << 20];
        for (long[][] sk : keys) {
            for (long[] tk : sk) {
                for (long k : tk) {
                    int c = counts.get(k);
                    if (c < 0) {
                        c = order.size();
                        counts.put(k, c);
                        order.add(k);
                        if (c >= tally.length) tally = java.util.Arrays.copyOf(tally, tally.length * 2);
                    }
                    tally[c]++;
                }
            }
        }
        LongIntMap rows = new LongIntMap(order.size() / 2);
        List<Long> kept = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            if (tally[i] >= config.minCount()) {
                rows.put(order.get(i), kept.size());
                kept.add(order.get(i));
            }
        }
        List<int[][]> data = new ArrayList<>(keys.size());
        for (long[][] sk : keys) {
            int[][] rs = new int[sk.length][];
            for (int i = 0; i < sk.length; i++) {
                int[] r = new int[sk[i].length];
                int m = 0;
                for (long k : sk[i]) {
                    int row = rows.get(k);
                    if (row >= 0) r[m++] = row;
                }
                rs[i] = java.util.Arrays.copyOf(r, m);
            }
            data.add(rs);
        }
        keys.clear();
        return averaged(data, gold, kept, clusters, EntityLexicon.build(words, gold, labels));
    }

    private NerModel averaged(List<int[][]> data, List<int[]> gold, List<Long> kept, WordClusters clusters,
            EntityLexicon lexicon) {
        int l = labels.size();
        float[] w = new float[kept.size() * l];
        double[] acc = new double[w.length];
        float[] t = new float[(l + 1) * l];
        double[] tAcc = new double[t.length];
        int[] order = new int[data.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Random random = new Random(config.seed());
        long step = 1;
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            shuffle(order, random);
            for (int s : order) {
                int[][] x = data.get(s);
                int[] y = gold.get(s);
                int[] p = decode(x, w, t, l);
                for (int i = 0; i < y.length; i++) {
                    int py = i == 0 ? l : p[i - 1];
                    int gy = i == 0 ? l : y[i - 1];
                    if (p[i] == y[i] && py == gy) continue;
                    if (p[i] != y[i]) {
                        for (int r : x[i]) {
                            w[r * l + y[i]] += 1;
                            acc[r * l + y[i]] += step;
                            w[r * l + p[i]] -= 1;
                            acc[r * l + p[i]] -= step;
                        }
                    }
                    t[gy * l + y[i]] += 1;
                    tAcc[gy * l + y[i]] += step;
                    t[py * l + p[i]] -= 1;
                    tAcc[py * l + p[i]] -= step;
                }
                step++;
            }
        }
        return pruned(w, acc, t, tAcc, step, kept, clusters, lexicon);
    }

    /** The averaged weights, keeping only features with a weight that matters. */
    private NerModel pruned(float[] w, double[] acc, float[] t, double[] tAcc, long step, List<Long> kept,
            WordClusters clusters, EntityLexicon lexicon) {
        int l = labels.size();
        float[] avgT = new float[t.length];
        for (int i = 0; i < t.length; i++) avgT[i] = (float) (t[i] - tAcc[i] / step);
        long[] keys = new long[kept.size()];
        float[] out = new float[w.length];
        int n = 0;
        for (int r = 0; r < kept.size(); r++) {
            float max = 0;
            for (int y = 0; y < l; y++) {
                float a = (float) (w[r * l + y] - acc[r * l + y] / step);
                out[n * l + y] = a;
                max = Math.max(max, Math.abs(a));
            }
            if (max >= ModelFile.MIN_WEIGHT) {
                keys[n++] = kept.get(r);
            }
        }
        return new NerModel(labels, java.util.Arrays.copyOf(keys, n), java.util.Arrays.copyOf(out, n * l), avgT, clusters, lexicon);
    }

    private int[] decode(int[][] x, float[] w, float[] t, int l) {
        float[] scores = new float[x.length * l];
        for (int i = 0; i < x.length; i++) {
            for (int r : x[i]) {
                for (int y = 0; y < l; y++) scores[i * l + y] += w[r * l + y];
            }
        }
        return NerModel.viterbi(scores, x.length, l, labels, t);
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }
}
