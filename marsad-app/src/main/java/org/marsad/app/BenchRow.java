package org.marsad.app;

import org.marsad.eval.AebEvaluation;

/**
 * One system's line in the extraction bench.
 *
 * @param system the system's name (ours first)
 * @param version its version as it reports it, or "?"
 * @param status {@code ok}, or why it has no figures (missing, failed, skipped)
 * @param seconds wall time of its process over all pages, start-up included; NaN when not timed
 * @param quality its output scored with the benchmark metric, or null
 */
record BenchRow(String system, String version, String status, double seconds, AebEvaluation quality) {
    /** A system that did not run, with the reason. */
    static BenchRow notRun(String system, String status) {
        return new BenchRow(system, "?", status, Double.NaN, null);
    }

    boolean timed() {
        return seconds > 0 && !Double.isNaN(seconds);
    }

    double pagesPerSecond(int pages) {
        return timed() ? pages / seconds : Double.NaN;
    }
}
