package org.marsad.index.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.marsad.Marsad;
import org.marsad.index.AddResult;
import org.marsad.index.ArticleIndex;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Rejection;

/**
 * Ingests pages, JSON records, web archives (WARC) and ZIP archives into an {@link ArticleIndex}: the walker
 * streams inputs, a pool of
 * threads runs the full pipeline on each, and the index's one writer takes every article. Commits every
 * {@link IngestOptions#commitEvery()} articles or {@link IngestOptions#commitInterval()}, so a killed ingest loses
 * at most that much, and a rerun (ids already present are skipped) completes it without duplicates.
 */
public final class Ingest {
    private static final int EXAMPLES = 20;

    private final ArticleIndex index;
    private final IngestOptions options;
    private final AtomicLong seen = new AtomicLong();
    private final LongAdder indexed = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder nearDuplicates = new LongAdder();
    private final LongAdder rejectedCount = new LongAdder();
    private final AtomicLong sinceCommit = new AtomicLong();
    private final Map<String, LongAdder> rejected = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> skipped = new ConcurrentHashMap<>(); // WARC records without an article
    private final List<String> examples = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Set<String>> groupPublishers = new ConcurrentHashMap<>();
    private final Set<String> grownGroups = ConcurrentHashMap.newKeySet();
    private final long start = System.nanoTime();
    private volatile long lastCommit = System.nanoTime();

    private Ingest(ArticleIndex index, IngestOptions options) {
        this.index = index;
        this.options = options;
    }

    /** Ingests every path (files, directories, archives) into {@code index} and commits. */
    public static IngestReport run(ArticleIndex index, List<String> paths, IngestOptions options) {
        return new Ingest(index, options).run(paths);
    }

    private IngestReport run(List<String> paths) {
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), daemon("marsad-ingest"));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("marsad-ingest-timer"));
        Semaphore window = new Semaphore(options.threads() * 4); // bounded: the walker never runs far ahead
        timer.scheduleAtFixedRate(this::tick, 500, 500, TimeUnit.MILLISECONDS);
        try {
            new InputWalker(input -> {
                if (input instanceof IngestInput.WarcSkips s) {
                    s.reasons().forEach(this::skip);
                    return;
                }
                seen.incrementAndGet();
                window.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        take(input);
                    } finally {
                        window.release();
                    }
                });
            }).walk(paths);
        } finally {
            // Never interrupt: a thread interrupted inside Lucene's I/O closes the channel of write.lock and with it
            // the writer ("FileLock invalidated by an external force"). Let the workers and a running commit finish.
            pool.shutdown();
            timer.shutdown();
            awaitQuietly(pool);
            awaitQuietly(timer);
        }
        index.commit();
        tick();
        return report();
    }

    private void take(IngestInput input) {
        Analysis result;
        try {
            if (input instanceof IngestInput.PageFile p) result = Marsad.analyze(p.bytes(), null);
            else if (input instanceof IngestInput.WarcRecord w) result = w.page().analyze();
            else if (input instanceof IngestInput.JsonRecord r) {
                String known = RecordArticles.idByUrl(r.record(), options.fields());
                if (known != null && index.contains(known)) { // re-ingest: skip the pipeline for what is there
                    duplicates.increment();
                    return;
                }
                result = RecordArticles.analyze(r.record(), options.fields());
            }
            else {
                IngestInput.Unreadable u = (IngestInput.Unreadable) input;
                reject(input.name(), u.reason(), u.detail());
                return;
            }
        } catch (RuntimeException | StackOverflowError e) {
            reject(input.name(), "internal-error", e.toString());
            return;
        }
        if (result instanceof Rejection r) {
            // An archive holds much besides articles (section fronts, tag pages): skipped, as `marsad analyze` does.
            if (input instanceof IngestInput.WarcRecord) skip(r.code(), 1);
            else reject(input.name(), r.code(), r.detail());
            return;
        }
        Article a = (Article) result;
        AddResult added;
        try {
            added = index.add(a);
        } catch (RuntimeException e) { // the index could not take it (disk full, an unwritable folder): say so, go on
            reject(input.name(), "index-error", e.getMessage());
            return;
        }
        if (!added.added()) {
            duplicates.increment();
            return;
        }
        indexed.increment();
        String publisher = a.publisher() == null ? "" : a.publisher();
        groupPublishers.computeIfAbsent(added.group(), g -> ConcurrentHashMap.newKeySet()).add(publisher);
        if (added.nearDuplicate()) {
            nearDuplicates.increment();
            grownGroups.add(added.group());
        }
        if (sinceCommit.incrementAndGet() >= options.commitEvery()) commitNow();
    }

    private void reject(String name, String reason, String detail) {
        rejectedCount.increment();
        rejected.computeIfAbsent(reason, r -> new LongAdder()).increment();
        if (examples.size() < EXAMPLES) examples.add(name + ": " + reason + ": " + detail);
    }

    private void skip(String reason, long count) {
        skipped.computeIfAbsent(reason, r -> new LongAdder()).add(count);
    }

    private synchronized void commitNow() {
        sinceCommit.set(0);
        lastCommit = System.nanoTime();
        index.commit();
    }

    private void tick() {
        if (sinceCommit.get() > 0 && System.nanoTime() - lastCommit > options.commitInterval().toNanos()) commitNow();
        if (options.progress() != null) options.progress().accept(progress());
    }

    private IngestProgress progress() {
        return new IngestProgress(seen.get(), indexed.sum(), duplicates.sum(), rejectedCount.sum(),
                System.nanoTime() - start);
    }

    private IngestReport report() {
        Map<String, Long> reasons = new TreeMap<>();
        rejected.forEach((k, v) -> reasons.put(k, v.sum()));
        Map<String, Long> skips = new TreeMap<>();
        skipped.forEach((k, v) -> skips.put(k, v.sum()));
        long cross = grownGroups.stream().filter(g -> groupPublishers.getOrDefault(g, Set.of()).size() > 1).count();
        return new IngestReport(indexed.sum(), duplicates.sum(), nearDuplicates.sum(), reasons, skips, examples,
                grownGroups.size(), cross, (System.nanoTime() - start) / 1e9);
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                // keep waiting: ingest of a large archive takes as long as it takes
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
