package org.marsad.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Rejection;
import org.marsad.source.warc.WarcPage;
import org.marsad.source.warc.WarcPages;
import org.marsad.source.warc.WarcTally;

/**
 * {@code marsad analyze} over one WARC archive: its pages analysed on the command's pool a bounded window ahead,
 * articles handed on in archive order with their source ({@code archive#offset}), skipped records counted by reason
 * and summed up in one line on stderr.
 */
final class WarcInput {
    private final ExecutorService pool;
    private final int window;
    private final boolean extractOnly;

    WarcInput(ExecutorService pool, int window, boolean extractOnly) {
        this.pool = pool;
        this.window = window;
        this.extractOnly = extractOnly;
    }

    /** Analyses every page of {@code archive}; 0 when the archive was read to its end, 1 when it could not be. */
    int run(String archive, BiConsumer<String, Article> articles, PrintWriter err) {
        WarcTally tally = new WarcTally();
        int status = 0;
        try (WarcPages pages = WarcPages.open(Path.of(archive))) {
            Deque<Future<Analysis>> ahead = new ArrayDeque<>();
            Deque<String> sources = new ArrayDeque<>();
            while (true) {
                while (ahead.size() < window && pages.hasNext()) {
                    WarcPage page = pages.next();
                    sources.add(page.source());
                    ahead.add(pool.submit(() -> extractOnly ? page.extract() : page.analyze()));
                }
                if (ahead.isEmpty()) break;
                String source = sources.poll();
                Analysis result = await(ahead.poll(), source, err);
                if (result instanceof Article a) {
                    tally.article();
                    articles.accept(source, a);
                } else {
                    tally.skip(result instanceof Rejection r ? r.code() : "internal-error");
                }
            }
            tally.addAll(pages.skipped());
        } catch (NoSuchFileException e) {
            err.println("marsad: " + archive + ": no such file");
            return 1;
        } catch (IOException | UncheckedIOException e) {
            err.println("marsad: " + archive + ": not a readable WARC: " + message(e));
            status = 1;
        }
        err.println("marsad: " + archive + ": " + tally.summary());
        return status;
    }

    private static Analysis await(Future<Analysis> future, String source, PrintWriter err) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // A bug, not bad input: one line, and the archive goes on.
            err.println("marsad: " + source + ": internal error (please report): " + e.getCause());
            return null;
        }
    }

    private static String message(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        String m = e.getMessage();
        return cause != e && cause.getMessage() != null ? m + " (" + cause.getMessage() + ")" : m;
    }
}
