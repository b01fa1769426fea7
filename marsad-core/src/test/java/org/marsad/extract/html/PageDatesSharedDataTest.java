package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Measures PageDates on the shared evaluation pages (skipped when /work/shared is absent). */
class PageDatesSharedDataTest {
    static final ZonedDateTime REF = ZonedDateTime.parse("2026-11-25T00:00Z");

    static Path shared() {
        String dir = System.getProperty("marsad.shared", "");
        Path html = dir.isEmpty() ? null : Path.of(dir, "data", "html");
        Assumptions.assumeTrue(html != null && Files.isDirectory(html), "shared data absent: " + dir);
        return html;
    }

    static String day(Document doc) {
        PageDates.Found f = PageDates.find(doc, REF);
        return f.published() == null ? "none" : f.published().date().toString();
    }

    /** htmldate's Media Cloud subset: the published day must match gold on at least 10 of the 11 pages. */
    @Test
    void htmldateMediaCloudDays() throws IOException {
        Path dir = shared().resolve("htmldate-mediacloud");
        JsonNode gold = new ObjectMapper().readTree(dir.resolve("eval_mediacloud_2020-subset.json").toFile());
        int right = 0;
        int total = 0;
        List<String> misses = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String file = e.getValue().get("file").asText();
            String want = e.getValue().get("date").asText();
            PageDates.Found found = PageDates.find(Jsoup.parse(dir.resolve(file).toFile(), null), REF);
            String got = found.published() == null ? "none" : found.published().date().toString();
            total++;
            if (got.equals(want)) right++;
            else misses.add(file + ": gold " + want + ", got " + found.published());
        }
        System.out.println("PageDates htmldate-mediacloud: " + right + "/" + total + " days right");
        misses.forEach(m -> System.out.println("  miss " + m));
        assertThat(right).isGreaterThanOrEqualTo(10);
    }

    /** LBC (fundus), BBC Arabic and two Youm7 pages: published day against their gold. */
    @Test
    void otherArabicPages() throws IOException {
        Path html = shared();
        Map<String, String> want = Map.of(
                "fundus/lb/LBCGroup_2026_01_08.html.gz", "2026-01-08",
                "arabic-wild/bbc.com/omnivore_bbc-arabic_c720dxj8dq8o.html", "2024-03-03",
                "arabic-wild/youm7.com/magic-html_4571254ba0d4.html", "2024-05-13",
                "arabic-wild/youm7.com/magic-html_f1e9572d5e8e.html", "2024-05-20");
        int right = 0;
        for (Map.Entry<String, String> e : want.entrySet()) {
            Path p = html.resolve(e.getKey());
            if (!Files.exists(p)) continue;
            Document doc = e.getKey().endsWith(".gz") ? gz(p.toFile()) : Jsoup.parse(p.toFile(), null);
            PageDates.Found found = PageDates.find(doc, REF);
            String got = found.published() == null ? "none" : found.published().date().toString();
            if (got.equals(e.getValue())) right++;
            System.out.println("PageDates " + e.getKey() + ": gold " + e.getValue() + ", got " + found.published()
                    + " (modified " + found.modified() + ")");
        }
        System.out.println("PageDates other Arabic pages: " + right + "/" + want.size() + " days right");
        assertThat(right).isEqualTo(want.size());
    }

    /** The visible-text fallback alone: JSON-LD, meta, itemprop and time stripped (printed, not asserted). */
    @Test
    void htmldateVisibleOnly() throws IOException {
        Path dir = shared().resolve("htmldate-mediacloud");
        JsonNode gold = new ObjectMapper().readTree(dir.resolve("eval_mediacloud_2020-subset.json").toFile());
        int right = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Document doc = Jsoup.parse(dir.resolve(e.getValue().get("file").asText()).toFile(), null);
            doc.select("script[type*=ld+json], meta").remove();
            doc.select("[itemprop]").removeAttr("itemprop");
            doc.select("time[datetime]").removeAttr("datetime");
            String got = day(doc);
            if (got.equals(e.getValue().get("date").asText())) right++;
            else System.out.println("  visible-only miss " + e.getValue().get("file").asText() + ": gold "
                    + e.getValue().get("date").asText() + ", got " + got);
        }
        System.out.println("PageDates htmldate-mediacloud, visible text only: " + right + "/" + gold.size());
    }

    private static Document gz(File f) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f.toPath()))) {
            return Jsoup.parse(in, null, "");
        }
    }
}
