package org.marsad.spark;

import java.io.Serializable;

/**
 * What became of one input: an article (as rows of every table), or records skipped for a reason.
 *
 * @param article the article's rows, or null
 * @param skipped the reason code, or null for an article
 * @param count how many records were skipped for that reason
 */
record Outcome(ArticleRows article, String skipped, long count) implements Serializable {
    static Outcome skipped(String reason, long count) {
        return new Outcome(null, reason, count);
    }
}
