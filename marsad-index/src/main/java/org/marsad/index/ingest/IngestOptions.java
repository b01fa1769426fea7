package org.marsad.index.ingest;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * How to ingest.
 *
 * @param threads analysis threads (the pipeline runs on each; one IndexWriter takes all their articles)
 * @param fields which JSON fields hold what
 * @param commitEvery commit after this many new articles …
 * @param commitInterval … or after this much time, whichever comes first: what a kill can lose, and redo on rerun
 * @param progress called about twice a second from a timer thread with the counts so far; may be null
 */
public record IngestOptions(int threads, RecordFields fields, int commitEvery, Duration commitInterval,
        Consumer<IngestProgress> progress) {
    public IngestOptions {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1: " + threads);
        if (commitEvery < 1) throw new IllegalArgumentException("commitEvery must be >= 1: " + commitEvery);
        if (fields == null) fields = RecordFields.DEFAULT;
        if (commitInterval == null) commitInterval = Duration.ofSeconds(10);
    }

    /** Every core, default record fields, a commit every 1,000 articles or 10 seconds, no progress reports. */
    public static IngestOptions defaults() {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), RecordFields.DEFAULT, 1000,
                Duration.ofSeconds(10), null);
    }

    public IngestOptions withThreads(int n) {
        return new IngestOptions(n, fields, commitEvery, commitInterval, progress);
    }

    public IngestOptions withFields(RecordFields f) {
        return new IngestOptions(threads, f, commitEvery, commitInterval, progress);
    }

    public IngestOptions withCommitEvery(int n) {
        return new IngestOptions(threads, fields, n, commitInterval, progress);
    }

    public IngestOptions withProgress(Consumer<IngestProgress> p) {
        return new IngestOptions(threads, fields, commitEvery, commitInterval, p);
    }
}
