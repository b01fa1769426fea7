package org.marsad.entity.ner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CoNLL exact-match scores: an entity counts only when its type and both its edges match. Entities are read from
 * BIO tags the conlleval way (an I- tag after O or after another type starts an entity).
 *
 * @param gold entities in the gold tags, per type
 * @param predicted entities in the predicted tags, per type
 * @param correct predicted entities that are exactly gold ones, per type
 */
public record NerScore(Map<String, Integer> gold, Map<String, Integer> predicted, Map<String, Integer> correct) {
    public NerScore {
        gold = Map.copyOf(gold);
        predicted = Map.copyOf(predicted);
        correct = Map.copyOf(correct);
    }

    /** The scores of predicted against gold tag sequences (one list per sentence). */
    public static NerScore of(List<List<String>> goldTags, List<List<String>> predictedTags) {
        Map<String, Integer> g = new LinkedHashMap<>();
        Map<String, Integer> p = new LinkedHashMap<>();
        Map<String, Integer> c = new LinkedHashMap<>();
        for (String t : NerLabels.TYPES) {
            g.put(t, 0);
            p.put(t, 0);
            c.put(t, 0);
        }
        for (int s = 0; s < goldTags.size(); s++) {
            List<String[]> gs = BioSpans.spans(goldTags.get(s));
            List<String[]> ps = BioSpans.spans(predictedTags.get(s));
            gs.forEach(x -> g.merge(x[0], 1, Integer::sum));
            ps.forEach(x -> p.merge(x[0], 1, Integer::sum));
            for (String[] x : ps) {
                for (String[] y : gs) {
                    if (x[0].equals(y[0]) && x[1].equals(y[1]) && x[2].equals(y[2])) c.merge(x[0], 1, Integer::sum);
                }
            }
        }
        return new NerScore(g, p, c);
    }

    /** Micro-averaged F1 over all types. */
    public double microF1() {
        return f1(sum(correct), sum(predicted), sum(gold));
    }

    public double precision() {
        int p = sum(predicted);
        return p == 0 ? 0 : (double) sum(correct) / p;
    }

    public double recall() {
        int g = sum(gold);
        return g == 0 ? 0 : (double) sum(correct) / g;
    }

    /** F1 of one type (PERS, LOC, ORG, MISC). */
    public double f1(String type) {
        return f1(correct.getOrDefault(type, 0), predicted.getOrDefault(type, 0), gold.getOrDefault(type, 0));
    }

    /** One line: micro P/R/F1 and each type's F1. */
    public String summary() {
        StringBuilder s = new StringBuilder(String.format("micro P %.4f R %.4f F1 %.4f (%d gold entities) |",
                precision(), recall(), microF1(), sum(gold)));
        for (String t : NerLabels.TYPES) s.append(String.format(" %s %.4f", t, f1(t)));
        return s.toString();
    }

    private static double f1(int c, int p, int g) {
        return c == 0 ? 0 : 2.0 * c / (p + g);
    }

    private static int sum(Map<String, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }
}
