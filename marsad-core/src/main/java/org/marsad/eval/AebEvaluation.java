package org.marsad.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * An extraction evaluation under the ScrapingHub/Zyte article-extraction-benchmark metric, as an immutable value.
 *
 * <p>Precision and recall are means over pages (pages with tp + fp = 0 left out of the precision, pages with
 * tp + fn = 0 out of the recall, as the benchmark does; a mean over no pages is 0); F1 is the harmonic mean of
 * those two means; accuracy is the share of pages whose token sequence equals the gold one. The spread is the
 * standard deviation of each figure over bootstrap resamples of the pages (the benchmark prints 1.96 times it).
 *
 * @param pages every page's result, in gold order
 * @param precision mean precision over pages
 * @param recall mean recall over pages
 * @param f1 the F1 of the two means
 * @param accuracy share of exact pages
 * @param spread the bootstrap standard deviations
 */
public record AebEvaluation(
        List<AebPage> pages, double precision, double recall, double f1, double accuracy, Spread spread) {

    /** Bootstrap resamples used by {@link #of(List)}, as in the benchmark. */
    public static final int RESAMPLES = 1000;

    /** A fixed seed: the same pages always give the same spread. */
    private static final long SEED = 20191119L;

    /**
     * Bootstrap standard deviations of the figures.
     *
     * @param precision std of the mean precision
     * @param recall std of the mean recall
     * @param f1 std of F1
     * @param resamples how many resamples of the pages were drawn
     */
    public record Spread(double precision, double recall, double f1, int resamples) {}

    public AebEvaluation {
        pages = List.copyOf(pages);
        Objects.requireNonNull(spread, "spread");
    }

    /** Evaluates per-page results: means, F1, accuracy and a {@value #RESAMPLES}-resample bootstrap spread. */
    public static AebEvaluation of(List<AebPage> pages) {
        List<ShingleMatch> matches = pages.stream().map(AebPage::match).toList();
        double[] prf = prf(matches);
        double accuracy = pages.isEmpty() ? 0 : pages.stream().filter(AebPage::exact).count() / (double) pages.size();
        return new AebEvaluation(pages, prf[0], prf[1], prf[2], accuracy, bootstrap(matches, RESAMPLES));
    }

    /**
     * Scores predictions against gold texts: every gold page counts, a page missing from {@code predicted} predicts
     * the empty text (which loses recall, not precision).
     */
    public static AebEvaluation score(Map<String, String> gold, Map<String, String> predicted) {
        List<AebPage> pages = new ArrayList<>(gold.size());
        for (Map.Entry<String, String> e : gold.entrySet()) {
            pages.add(AebPage.score(e.getKey(), e.getValue(), predicted.getOrDefault(e.getKey(), "")));
        }
        return of(pages);
    }

    /** The per-page results by id, in gold order. */
    public Map<String, AebPage> byId() {
        Map<String, AebPage> out = new LinkedHashMap<>();
        for (AebPage p : pages) out.put(p.id(), p);
        return out;
    }

    /**
     * One line: {@code P 0.914  R 0.982  F1 0.947 ± 0.009 (95%)  accuracy 0.166  (n=181)}, the ± being 1.96 bootstrap
     * standard deviations, as the benchmark's README prints it.
     */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "P %.3f  R %.3f  F1 %.3f ± %.3f (95%%)  accuracy %.3f  (n=%d)",
                precision, recall, f1, 1.96 * spread.f1(), accuracy, pages.size());
    }

    /** Mean precision, mean recall and F1 of the means; summation in page order, as the Python scorer. */
    static double[] prf(List<ShingleMatch> matches) {
        double ps = 0;
        int pn = 0;
        double rs = 0;
        int rn = 0;
        for (ShingleMatch m : matches) {
            if (m.countsForPrecision()) {
                ps += m.precision();
                pn++;
            }
            if (m.countsForRecall()) {
                rs += m.recall();
                rn++;
            }
        }
        double p = pn == 0 ? 0 : ps / pn;
        double r = rn == 0 ? 0 : rs / rn;
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    private static Spread bootstrap(List<ShingleMatch> matches, int resamples) {
        int n = matches.size();
        if (n < 2) return new Spread(0, 0, 0, 0);
        SplittableRandom random = new SplittableRandom(SEED);
        double[][] values = new double[3][resamples];
        List<ShingleMatch> sample = new ArrayList<>(n);
        for (int b = 0; b < resamples; b++) {
            sample.clear();
            for (int i = 0; i < n; i++) sample.add(matches.get(random.nextInt(n)));
            double[] prf = prf(sample);
            for (int k = 0; k < 3; k++) values[k][b] = prf[k];
        }
        return new Spread(stdev(values[0]), stdev(values[1]), stdev(values[2]), resamples);
    }

    /** Sample standard deviation (n - 1), as Python's statistics.stdev. */
    private static double stdev(double[] xs) {
        double mean = 0;
        for (double x : xs) mean += x;
        mean /= xs.length;
        double ss = 0;
        for (double x : xs) ss += (x - mean) * (x - mean);
        return Math.sqrt(ss / (xs.length - 1));
    }
}
