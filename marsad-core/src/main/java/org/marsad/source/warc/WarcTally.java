package org.marsad.source.warc;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * What became of an archive's records: how many articles, and how many records were skipped for each reason (the
 * reader's {@link SkipReason}s and the pipeline's rejections such as {@code not-article}). Not thread-safe.
 */
public final class WarcTally {
    private long articles;
    private final Map<String, Long> skipped = new TreeMap<>();

    public void article() {
        articles++;
    }

    /** One more record skipped for {@code reason} (a reason code such as {@code not-html}). */
    public void skip(String reason) {
        add(reason, 1);
    }

    public void add(String reason, long count) {
        skipped.merge(reason, count, Long::sum);
    }

    /** Adds counts by reason code, as {@link WarcPages#skipped()} gives them. */
    public void addAll(Map<String, Long> counts) {
        counts.forEach(this::add);
    }

    public long articles() {
        return articles;
    }

    /** Skipped records by reason code, sorted by code. */
    public Map<String, Long> skipped() {
        return Map.copyOf(skipped);
    }

    /** One line: {@code 812 articles; skipped: not-article 40, not-response 1624}. */
    public String summary() {
        StringJoiner reasons = new StringJoiner(", ");
        skipped.forEach((r, n) -> reasons.add(r + " " + n));
        return articles + " articles; skipped: " + (skipped.isEmpty() ? "none" : reasons.toString());
    }
}
