package org.marsad.entity.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Induces {@link WordClusters} from unlabelled text: each frequent word is described by the words seen just before
 * and just after it (positive PMI weights over the most frequent context words), and the words are split by spherical k-means into a tree ({@link WordClusters#LEVELS}
 * levels of {@link WordClusters#BRANCHES}). A cheap stand-in for Brown clustering: words used alike (names of
 * countries, of months, first names) share a branch. Deterministic for a seed.
 */
final class ClusterInducer {
    private static final int CONTEXTS = 1000;
    private static final int MIN_COUNT = 4;
    private static final int MAX_WORDS = 40_000;
    private static final int ITERATIONS = 12;

    private final Map<String, Integer> counts = new HashMap<>();
    /** Per stem: [occurrences, with the article]. */
    private final Map<String, int[]> stems = new HashMap<>();
    private final List<String[]> sentences = new ArrayList<>();

    /** Adds one sentence of normalized words. */
    void add(String[] sentence) {
        sentences.add(sentence);
        for (String w : sentence) counts.merge(w, 1, Integer::sum);
    }

    /** Counts one occurrence of a stem, with or without the article ال. */
    void addStem(String stem, boolean withArticle) {
        int[] c = stems.computeIfAbsent(stem, k -> new int[2]);
        c[0]++;
        if (withArticle) c[1]++;
    }

    /** The clusters of the text added so far. */
    WordClusters induce(long seed) {
        List<String> byCount = new ArrayList<>(counts.keySet());
        byCount.sort((a, b) -> counts.get(b).equals(counts.get(a)) ? a.compareTo(b) : counts.get(b) - counts.get(a));
        Map<String, Integer> contextIds = new HashMap<>();
        for (int i = 0; i < Math.min(CONTEXTS, byCount.size()); i++) contextIds.put(byCount.get(i), i);
        List<String> vocab = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (String w : byCount) {
            if (counts.get(w) < MIN_COUNT || vocab.size() >= MAX_WORDS) break;
            ids.put(w, vocab.size());
            vocab.add(w);
        }
        float[][] cooc = new float[vocab.size()][];
        double[] contextTotals = new double[2 * CONTEXTS];
        for (String[] s : sentences) {
            for (int i = 0; i < s.length; i++) {
                Integer v = ids.get(s[i]);
                if (v == null) continue;
                if (cooc[v] == null) cooc[v] = new float[2 * CONTEXTS];
                Integer left = i > 0 ? contextIds.get(s[i - 1]) : null;
                Integer right = i + 1 < s.length ? contextIds.get(s[i + 1]) : null;
                if (left != null) cooc[v][left]++;
                if (right != null) cooc[v][CONTEXTS + right]++;
            }
        }
        double total = 0;
        for (float[] row : cooc) {
            for (int d = 0; d < row.length; d++) {
                contextTotals[d] += row[d];
                total += row[d];
            }
        }
        Random random = new Random(seed);
        Sparse[] vectors = new Sparse[vocab.size()];
        for (int v = 0; v < vocab.size(); v++) {
            double rowTotal = 0;
            for (float c : cooc[v]) rowTotal += c;
            int nonZero = 0;
            int[] index = new int[2 * CONTEXTS];
            float[] value = new float[2 * CONTEXTS];
            for (int d = 0; d < 2 * CONTEXTS; d++) {
                if (cooc[v][d] == 0) continue;
                double pmi = Math.log(cooc[v][d] * total / (rowTotal * contextTotals[d]));
                if (pmi <= 0) continue;
                index[nonZero] = d;
                value[nonZero++] = (float) pmi;
            }
            vectors[v] = new Sparse(Arrays.copyOf(index, nonZero), Arrays.copyOf(value, nonZero));
            cooc[v] = null;
        }
        int[] paths = new int[vocab.size()];
        int[] all = new int[vocab.size()];
        for (int i = 0; i < all.length; i++) all[i] = i;
        split(vectors, all, 1, 0, paths, random);
        Map<String, Integer> out = new HashMap<>();
        for (int v = 0; v < vocab.size(); v++) out.put(vocab.get(v), paths[v]);
        stems.forEach((stem, c) -> {
            if (c[0] < MIN_COUNT) return;
            double article = (double) c[1] / c[0];
            int articleBin = article < 0.05 ? 0 : article < 0.3 ? 1 : article < 0.7 ? 2 : 3;
            int frequencyBin = c[0] < 20 ? 0 : c[0] < 100 ? 1 : c[0] < 1000 ? 2 : 3;
            out.put("@" + stem, (articleBin << 2) | frequencyBin);
        });
        return new WordClusters(out);
    }

    /** Splits {@code members} into branches at {@code level}, then each branch below it. */
    private static void split(Sparse[] x, int[] members, int level, int path, int[] paths, Random random) {
        int k = Math.min(WordClusters.BRANCHES, members.length);
        int[] assign = kmeans(x, members, k, random);
        for (int c = 0; c < WordClusters.BRANCHES; c++) {
            int n = 0;
            for (int a : assign) if (a == c) n++;
            int[] sub = new int[n];
            n = 0;
            for (int i = 0; i < members.length; i++) if (assign[i] == c) sub[n++] = members[i];
            int p = (path << WordClusters.BITS) | c;
            if (level == WordClusters.LEVELS) {
                for (int m : sub) paths[m] = p;
            } else if (sub.length > 0) {
                split(x, sub, level + 1, p, paths, random);
            }
        }
    }

    /** Spherical k-means with k-means++ seeding; returns each member's cluster. */
    private static int[] kmeans(Sparse[] x, int[] members, int k, Random random) {
        int n = members.length;
        float[][] centers = new float[k][];
        centers[0] = x[members[random.nextInt(n)]].dense();
        double[] dist = new double[n];
        for (int c = 1; c < k; c++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double best = Double.MAX_VALUE;
                for (int j = 0; j < c; j++) best = Math.min(best, 1 - x[members[i]].dot(centers[j]));
                dist[i] = Math.max(0, best);
                sum += dist[i];
            }
            double r = random.nextDouble() * sum;
            int pick = n - 1;
            for (int i = 0; i < n; i++) {
                r -= dist[i];
                if (r <= 0) {
                    pick = i;
                    break;
                }
            }
            centers[c] = x[members[pick]].dense();
        }
        int[] assign = new int[n];
        for (int it = 0; it < ITERATIONS; it++) {
            for (int i = 0; i < n; i++) {
                double best = -2;
                for (int c = 0; c < k; c++) {
                    double d = x[members[i]].dot(centers[c]);
                    if (d > best) {
                        best = d;
                        assign[i] = c;
                    }
                }
            }
            float[][] sums = new float[k][2 * CONTEXTS];
            for (int i = 0; i < n; i++) {
                Sparse v = x[members[i]];
                for (int j = 0; j < v.index.length; j++) sums[assign[i]][v.index[j]] += v.value[j];
            }
            for (int c = 0; c < k; c++) {
                if (normalize(sums[c])) centers[c] = sums[c];
            }
        }
        return assign;
    }

    /** A word's unit-length positive-PMI vector over the context dimensions, non-zero entries only. */
    private record Sparse(int[] index, float[] value) {
        Sparse {
            normalize(value);
        }

        double dot(float[] dense) {
            double s = 0;
            for (int i = 0; i < index.length; i++) s += value[i] * dense[index[i]];
            return s;
        }

        float[] dense() {
            float[] d = new float[2 * CONTEXTS];
            for (int i = 0; i < index.length; i++) d[index[i]] = value[i];
            return d;
        }
    }

    private static boolean normalize(float[] v) {
        double s = 0;
        for (float f : v) s += f * f;
        if (s == 0) return false;
        float inv = (float) (1 / Math.sqrt(s));
        for (int i = 0; i < v.length; i++) v[i] *= inv;
        return true;
    }
}
