package org.marsad.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One page under the article-extraction-benchmark metric: the shingles the prediction shares with the gold (tp),
 * has in excess (fp) and misses (fn), each divided by their sum so that every page weighs the same.
 *
 * <p>Shingles are runs of {@link #SHINGLE} consecutive {@link AebTokens} counted as a multiset; a text of one to
 * three tokens is a single shorter shingle, an empty text has none (exactly as the benchmark's evaluate.py).
 *
 * @param tp the shared share, in [0, 1]
 * @param fp the predicted-but-not-gold share
 * @param fn the gold-but-not-predicted share
 */
public record ShingleMatch(double tp, double fp, double fn) {
    /** The shingle length of the benchmark. */
    public static final int SHINGLE = 4;

    /** Matches a predicted text against the gold text; either may be null (taken as empty). */
    public static ShingleMatch of(String gold, String predicted) {
        Map<String, Integer> g = shingles(gold);
        Map<String, Integer> p = shingles(predicted);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, Integer> e : g.entrySet()) {
            int t = e.getValue();
            int q = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(t, q);
            fn += Math.max(0, t - q);
        }
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            fp += Math.max(0, e.getValue() - g.getOrDefault(e.getKey(), 0));
        }
        double s = tp + fp + fn;
        return s == 0 ? new ShingleMatch(0, 0, 0) : new ShingleMatch(tp / s, fp / s, fn / s);
    }

    /** The multiset of shingles of a text, each shingle its tokens joined by a space (tokens hold no spaces). */
    static Map<String, Integer> shingles(String text) {
        List<String> tokens = AebTokens.of(text);
        Map<String, Integer> out = new HashMap<>();
        int last = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < last && i < tokens.size(); i++) {
            String key = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
            out.merge(key, 1, Integer::sum);
        }
        return out;
    }

    /** Whether the page enters the mean precision: the benchmark skips pages with tp + fp = 0. */
    public boolean countsForPrecision() {
        return tp + fp > 0;
    }

    /** Whether the page enters the mean recall: the benchmark skips pages with tp + fn = 0. */
    public boolean countsForRecall() {
        return tp + fn > 0;
    }

    /** The page's precision, 1 when nothing is extra or missing (the benchmark's conventions). */
    public double precision() {
        if (fp == 0 && fn == 0) return 1.0;
        if (tp == 0 && fp == 0) return 0.0;
        return tp / (tp + fp);
    }

    /** The page's recall, 1 when nothing is extra or missing. */
    public double recall() {
        if (fp == 0 && fn == 0) return 1.0;
        if (tp == 0 && fn == 0) return 0.0;
        return tp / (tp + fn);
    }

    /** The page's own F1 (harmonic mean of its precision and recall), 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
