package org.marsad.extract.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marsad.extract.charset.PageDecoder;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Rejection;

/**
 * Robustness on real pages (../shared/data/html, never copied): each Arabic page's full visible text, dumped a block
 * per line, is read without an exception, and the directory page of newspaper links is refused. Full-page dumps are
 * far noisier than a scraper's article dump, so only sure facts are asserted.
 */
class RealPagesAsDumpsTest {
    private static final ZonedDateTime REFERENCE = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private static List<Path> pages() throws IOException {
        String shared = System.getProperty("marsad.shared");
        Path root = shared == null ? null : Path.of(shared, "data", "html");
        Assumptions.assumeTrue(root != null && Files.isDirectory(root),
                "no ../shared/data/html (marsad.shared=" + shared + "): skipping real pages");
        List<Path> pages = new ArrayList<>();
        for (String dir : List.of("arabic-wild", "htmldate-mediacloud", "fundus", "trafilatura-eval", "newspaper4k")) {
            Path d = root.resolve(dir);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> s = Files.walk(d)) {
                s.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".html.gz"))
                        .filter(p -> !p.toString().contains("expected") && !p.toString().contains("distiller"))
                        .sorted()
                        .forEach(pages::add);
            }
        }
        return pages;
    }

    private static Analysis readAsDump(Path page) throws IOException {
        byte[] bytes = Files.readAllBytes(page);
        if (page.toString().endsWith(".gz")) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            }
        }
        String dump = HtmlAsDump.of(PageDecoder.decode(bytes, null, 64 << 20).text());
        return new TextDumpExtractor().extract(dump, null, REFERENCE);
    }

    @Test
    void everyPageReadsToAnArticleOrARejection() throws IOException {
        List<Path> pages = pages();
        assertThat(pages).isNotEmpty();
        for (Path page : pages) {
            Analysis a = readAsDump(page);
            assertThat(a).as(page.toString()).isNotNull();
            if (a instanceof Article article) {
                assertThat(article.blocks()).as(page.toString()).isNotEmpty();
                assertThat(article.body()).as(page.toString()).doesNotContain("\n\n");
            }
        }
    }

    @Test
    void directoryOfNewspaperLinksIsRefused() throws IOException {
        Path page = pages().stream()
                .filter(p -> p.getFileName().toString().startsWith("gumbo_arabic-media.com"))
                .findFirst()
                .orElse(null);
        Assumptions.assumeTrue(page != null, "the arabic-media.com directory page is not staged");
        assertThat(readAsDump(page)).isInstanceOf(Rejection.class);
    }
}
