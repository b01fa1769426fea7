package org.marsad.spark;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.nodes.Entities;
import org.marsad.source.warc.WarcArchiveWriter;

/**
 * The archives {@code bench spark} runs on, written into a work folder (never into the project): the real pages of
 * {@code ../shared/data/html} and SaudiNewsNet articles (their text set in a plain article page) when the shared data
 * is there, the project's own pages ({@link OwnPages}) otherwise. Spread round-robin over several archives, so one
 * task per archive still keeps every core busy.
 */
final class BenchArchives {
    static final Instant FETCHED = Instant.parse("2025-06-20T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchArchives() {}

    /** One page to archive. */
    record Source(String url, byte[] html) {}

    /** Writes {@code records} pages into {@code archives} .warc.gz files under {@code dir}; says where they came from. */
    static String write(Path dataDir, Path dir, int records, int archives, List<Path> written) throws IOException {
        List<Source> pages = new ArrayList<>();
        String from;
        if (Files.isDirectory(dataDir.resolve("html"))) {
            int html = sharedHtml(dataDir.resolve("html"), pages, records);
            int saudi = saudiNewsNet(dataDir.resolve("saudinewsnet-sample"), pages, records);
            from = html + " pages of " + dataDir.resolve("html") + " and " + saudi + " SaudiNewsNet articles";
        } else {
            for (int n = 0; pages.size() < records; n++) pages.add(new Source(OwnPages.url(n), OwnPages.html(n)));
            from = pages.size() + " of the project's own pages (no shared data at " + dataDir + ")";
        }
        Files.createDirectories(dir);
        List<WarcArchiveWriter> writers = new ArrayList<>();
        try {
            for (int a = 0; a < archives; a++) {
                Path file = dir.resolve(String.format(Locale.ROOT, "bench-%02d.warc.gz", a));
                writers.add(new WarcArchiveWriter(file));
                written.add(file);
            }
            for (int i = 0; i < pages.size(); i++) {
                writers.get(i % archives).page(pages.get(i).url(), FETCHED, "text/html; charset=utf-8", pages.get(i).html());
            }
        } finally {
            for (WarcArchiveWriter w : writers) w.close();
        }
        return from;
    }

    private static int sharedHtml(Path html, List<Source> pages, int limit) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(html)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("(?i).*\\.html?(\\.gz)?"))
                    .sorted()
                    .toList();
        }
        int added = 0;
        for (Path f : files) {
            if (pages.size() >= limit) break;
            byte[] bytes = Files.readAllBytes(f);
            // Crawlers store the payload decoded: unzip what the shared folder keeps gzipped.
            if (f.toString().endsWith(".gz")) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    bytes = in.readAllBytes();
                }
            }
            pages.add(new Source("https://shared.example/" + html.relativize(f).toString().replace('\\', '/'), bytes));
            added++;
        }
        return added;
    }

    private static int saudiNewsNet(Path dir, List<Source> pages, int limit) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        List<Path> zips;
        try (Stream<Path> list = Files.list(dir)) {
            zips = list.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
        }
        int added = 0;
        for (Path zip : zips) {
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry e = in.getNextEntry(); e != null && pages.size() < limit; e = in.getNextEntry()) {
                    JsonParser parser = JSON.createParser(in);
                    if (parser.nextToken() != JsonToken.START_ARRAY) continue;
                    while (pages.size() < limit && parser.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode o = JSON.readTree(parser);
                        String url = o.path("url").asText("https://saudinewsnet.example/" + added);
                        pages.add(new Source(url + "#" + added, page(o)));
                        added++;
                    }
                }
            }
        }
        return added;
    }

    /** A plain article page around an article's text: its title as the headline, each line a paragraph. */
    private static byte[] page(JsonNode o) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>")
                .append(Entities.escape(o.path("title").asText()))
                .append("</title><meta property=\"article:published_time\" content=\"")
                .append(o.path("date_extracted").asText().replace(' ', 'T'))
                .append("\"></head><body><article><h1>")
                .append(Entities.escape(o.path("title").asText()))
                .append("</h1>");
        for (String line : o.path("content").asText().split("\\R")) {
            if (!line.isBlank()) html.append("<p>").append(Entities.escape(line.strip())).append("</p>");
        }
        return html.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }
}
