package org.marsad.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.marsad.index.ArticleIndex;
import org.marsad.index.SearchRequest;
import org.marsad.model.Article;
import org.marsad.text.ArabicText;
import org.marsad.text.Token;
import org.marsad.text.TokenKind;

/** The large index of {@code marsad bench index} (the sample repeated under new ids) and its query mix. */
final class BenchCorpus {
    private BenchCorpus() {}

    /** Builds an index of {@code n} articles: copy k of each sample article gets id and URL suffixed with k. */
    static void build(Path dir, List<Article> sample, int n, PrintWriter out) {
        delete(dir);
        long t0 = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < Runtime.getRuntime().availableProcessors(); t++) {
                Thread th = new Thread(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        index.add(copy(sample.get(i % sample.size()), i / sample.size()));
                        if (i % 20_000 == 0) {
                            out.printf(Locale.ROOT, "  building: %,d articles%n", i);
                            out.flush();
                        }
                    }
                });
                th.start();
                threads.add(th);
            }
            for (Thread th : threads) th.join();
            index.commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        out.printf(Locale.ROOT, "built the search index: %,d articles in %.0f s%n", n, (System.nanoTime() - t0) / 1e9);
        out.flush();
    }

    private static Article copy(Article a, int k) {
        if (k == 0) return a;
        String url = a.url() == null ? null : a.url() + "#copy" + k;
        return new Article(a.id() + "-" + k, url, a.canonicalUrl(), a.language(), a.title(), a.section(), a.published(),
                a.modified(), a.authors(), a.publisher(), a.image(), a.blocks(), a.annotations());
    }

    /**
     * A fixed mix of queries drawn from the sample's headlines (seeded): single words, two words, two-word phrases;
     * a quarter with a publisher or date filter, half collapsed.
     */
    static List<SearchRequest> queries(List<Article> sample, int n, long seed) {
        Random rnd = new Random(seed);
        List<SearchRequest> out = new ArrayList<>(n);
        while (out.size() < n) {
            Article a = sample.get(rnd.nextInt(sample.size()));
            if (a.title() == null) continue;
            String title = a.title();
            List<String> words = new ArrayList<>();
            for (Token t : ArabicText.analyze(title).tokens()) {
                if (t.kind() == TokenKind.ARABIC_WORD && t.end() - t.start() >= 4) words.add(title.substring(t.start(), t.end()));
            }
            if (words.size() < 2) continue;
            int i = rnd.nextInt(words.size() - 1);
            int shape = rnd.nextInt(10);
            String q = shape < 5 ? words.get(i) : shape < 8 ? words.get(i) + " " + words.get(i + 1)
                    : "\"" + words.get(i) + " " + words.get(i + 1) + "\"";
            SearchRequest r = SearchRequest.of(q).withCollapse(rnd.nextBoolean());
            int filter = rnd.nextInt(8);
            if (filter == 0 && a.publisher() != null) r = r.withPublishers(List.of(a.publisher()));
            if (filter == 1) r = r.withDates(LocalDate.of(2015, 8, 11), null);
            out.add(r);
        }
        return out;
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir, e);
        }
    }
}
