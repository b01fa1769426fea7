package org.marsad.index.ingest;

import java.util.List;
import java.util.Map;

/**
 * The summary of one ingest.
 *
 * @param indexed new articles added
 * @param duplicates articles whose id (URL, or body when there is no URL) was already in the index
 * @param nearDuplicates new articles that joined an earlier article's near-duplicate group
 * @param rejected rejection reason code (not-article, empty, bad-json, unreadable …) → how many inputs
 * @param skipped records of web archives that gave no article, by reason (not-response, not-html, http-status, and
 *     the pipeline's not-article…): expected in any crawl, so not failures
 * @param examples the first few rejections, one line each: "input: reason: detail"
 * @param groups near-duplicate groups that gained articles in this ingest and have 2 or more
 * @param crossPublisherGroups of those, how many hold articles of more than one publisher (syndication)
 * @param seconds wall time
 */
public record IngestReport(long indexed, long duplicates, long nearDuplicates, Map<String, Long> rejected,
        Map<String, Long> skipped, List<String> examples, long groups, long crossPublisherGroups, double seconds) {
    public IngestReport {
        rejected = Map.copyOf(rejected);
        skipped = Map.copyOf(skipped);
        examples = List.copyOf(examples);
    }

    /** Every rejected input. */
    public long rejectedTotal() {
        return rejected.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Every skipped archive record. */
    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Articles (new or duplicate) per second of wall time. */
    public double perSecond() {
        return seconds <= 0 ? 0 : (indexed + duplicates) / seconds;
    }
}
