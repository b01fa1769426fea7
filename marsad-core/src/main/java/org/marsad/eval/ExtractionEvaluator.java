package org.marsad.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Rejection;

/**
 * Runs an extraction over gold pages and scores it. Thread-safe (stateless); pages are analyzed one after another.
 * An analysis that throws is recorded as an error (the page predicts nothing) instead of stopping the run.
 */
public final class ExtractionEvaluator {
    private ExtractionEvaluator() {}

    /**
     * Our article body for every benchmark page, scored with the benchmark's metric. The prediction is {@link
     * Article#body()} (the gold is the article body only: no headline); a rejection predicts the empty text.
     */
    public static AebRun aeb(AebBenchmark benchmark, PageAnalyzer analyzer) {
        Map<String, String> predicted = new LinkedHashMap<>();
        Map<String, Integer> rejections = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        int articles = 0;
        long start = System.nanoTime();
        for (AebBenchmark.Case c : benchmark.cases()) {
            Outcome o = analyze(analyzer, PageFiles.pageBytes(c.html()), c.url());
            if (o.article != null) {
                articles++;
                predicted.put(c.id(), o.article.body());
            } else if (o.error != null) {
                errors.add(c.id() + ": " + o.error);
            } else {
                rejections.merge(o.code, 1, Integer::sum);
            }
        }
        long nanos = System.nanoTime() - start;
        return new AebRun(benchmark.score(predicted), articles, rejections, errors, nanos);
    }

    /** Every Arabic gold page analyzed and checked against its gold. */
    public static ArabicEvaluation arabic(List<ArabicGoldPage> pages, PageAnalyzer analyzer) {
        List<ArabicPageResult> results = new ArrayList<>();
        for (ArabicGoldPage page : pages) {
            Outcome o = analyze(analyzer, PageFiles.pageBytes(page.page()), page.url());
            results.add(ArabicPageResult.check(page, o.code, o.article));
        }
        return new ArabicEvaluation(results);
    }

    /** What one analysis gave: an article, a rejection code, or an error. */
    private record Outcome(Article article, String code, String error) {}

    private static Outcome analyze(PageAnalyzer analyzer, byte[] bytes, String url) {
        try {
            Analysis a = analyzer.analyze(bytes, url);
            if (a instanceof Article article) return new Outcome(article, "article", null);
            if (a instanceof Rejection r) return new Outcome(null, r.code(), null);
            return new Outcome(null, "error: null analysis", "null analysis");
        } catch (RuntimeException | StackOverflowError e) {
            String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new Outcome(null, "error: " + what, what);
        }
    }
}
