package org.marsad.eval;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Our extraction over the benchmark's pages, scored: the evaluation plus what happened to the pages.
 *
 * @param evaluation the metric's figures (a rejection predicts the empty text)
 * @param articles pages that gave an article
 * @param rejections pages that gave a rejection, by reason code (for example {@code no-content})
 * @param errors pages whose analysis threw, as "id: exception" (a bug: the API must not throw)
 * @param nanos wall time of the analyses, in process, reading files included
 */
public record AebRun(AebEvaluation evaluation, int articles, Map<String, Integer> rejections, List<String> errors,
        long nanos) {
    public AebRun {
        Objects.requireNonNull(evaluation, "evaluation");
        rejections = Map.copyOf(rejections);
        errors = List.copyOf(errors);
    }

    /** Pages analyzed per second, in process (warm after the first pages; JVM start not included). */
    public double pagesPerSecond() {
        return nanos <= 0 ? 0 : evaluation.pages().size() / (nanos / 1e9);
    }

    /** How many pages were rejected, whatever the reason. */
    public int rejected() {
        return rejections.values().stream().mapToInt(Integer::intValue).sum();
    }
}
