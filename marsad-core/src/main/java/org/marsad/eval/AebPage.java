package org.marsad.eval;

import java.util.Objects;

/**
 * One page's result under the article-extraction-benchmark metric.
 *
 * @param id the page id (the file name before its first dot)
 * @param match the page's normalised shingle counts
 * @param exact whether the predicted token sequence equals the gold one (the benchmark's "accuracy")
 */
public record AebPage(String id, ShingleMatch match, boolean exact) {
    public AebPage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(match, "match");
    }

    /** Scores one predicted text against the gold text; either may be null (taken as empty). */
    public static AebPage score(String id, String gold, String predicted) {
        boolean exact = AebTokens.of(gold).equals(AebTokens.of(predicted));
        return new AebPage(id, ShingleMatch.of(gold, predicted), exact);
    }
}
