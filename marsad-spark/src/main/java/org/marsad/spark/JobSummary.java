package org.marsad.spark;

import java.util.Map;
import java.util.StringJoiner;

/**
 * What a run made: how many articles, and how many records gave none, by reason.
 *
 * @param articles articles written
 * @param skipped records without an article, by reason code (not-response, not-html, not-article…), sorted
 */
public record JobSummary(long articles, Map<String, Long> skipped) {
    public JobSummary {
        skipped = Map.copyOf(skipped);
    }

    /** {@code 812 articles; skipped: not-article 40, not-response 1624}. */
    public String line() {
        StringJoiner reasons = new StringJoiner(", ");
        new java.util.TreeMap<>(skipped).forEach((r, n) -> reasons.add(r + " " + n));
        return articles + " articles; skipped: " + (skipped.isEmpty() ? "none" : reasons.toString());
    }
}
