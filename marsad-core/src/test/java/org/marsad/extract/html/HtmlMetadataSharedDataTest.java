package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.extract.TextClean;

/** Metadata on the real pages of /work/shared/data/html: exact titles where gold exists, the BBC byline. */
class HtmlMetadataSharedDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path html;

    @BeforeAll
    static void locate() {
        String shared = System.getProperty("marsad.shared");
        html = shared == null ? null : Path.of(shared, "data", "html");
        Assumptions.assumeTrue(html != null && Files.isDirectory(html), "shared data absent: skipping real pages");
    }

    @Test
    void cnnArabicTitleWithoutSiteSuffix() throws IOException {
        JsonNode gold = JSON.readTree(html.resolve("newspaper4k/arabic_article.metadata.json").toFile());
        PageMetadata m = read(html.resolve("newspaper4k/arabic_article.html"), gold.path("url").asText());
        assertThat(m.title()).isEqualTo(norm(gold.path("title").asText()));
        PageMetadata goose = read(html.resolve("goose3/test_cnn_arabic.html"), gold.path("url").asText());
        assertThat(goose.title()).isEqualTo(norm(gold.path("title").asText()));
    }

    @Test
    void lbcTitle() throws IOException {
        JsonNode gold = JSON.readTree(html.resolve("fundus/lb/LBCGroup.json").toFile()).path("V1");
        PageMetadata m = read(html.resolve("fundus/lb/LBCGroup_2026_01_08.html.gz"), "https://www.lbcgroup.tv/");
        assertThat(m.title()).isEqualTo(norm(gold.path("title").asText()));
    }

    @Test
    void assabahTitleKeepsItsColon() throws IOException {
        JsonNode gold = JSON.readTree(html.resolve("trafilatura-eval/evaldata-subset.json").toFile());
        JsonNode page = gold.elements().next();
        String url = gold.fieldNames().next();
        PageMetadata m = read(html.resolve("trafilatura-eval").resolve(page.path("file").asText()), url);
        assertThat(m.title()).isEqualTo(norm(page.path("title").asText()));
    }

    @Test
    void bbcTitleAuthorsAndSiteName() throws IOException {
        Path dir = html.resolve("arabic-wild/bbc.com");
        JsonNode gold = JSON.readTree(dir.resolve("omnivore_bbc-arabic_c720dxj8dq8o.expected-metadata.json").toFile());
        String url = Files.readString(dir.resolve("omnivore_bbc-arabic_c720dxj8dq8o.url.txt")).trim();
        PageMetadata m = read(dir.resolve("omnivore_bbc-arabic_c720dxj8dq8o.html"), url);
        assertThat(m.title()).isEqualTo(norm(gold.path("title").asText()));
        assertThat(m.siteName()).isEqualTo(gold.path("siteName").asText());
        String byline = gold.path("byline").asText();
        assertThat(m.authors()).hasSize(2);
        assertThat(String.join(" و", m.authors())).isEqualTo(byline);
        assertThat(m.language()).isEqualTo("ar");
        assertThat(m.canonicalUrl()).isEqualTo(url);
        assertThat(m.image()).isNotNull();
        assertThat(m.image().credit()).isNotBlank();
    }

    @Test
    void printEveryArabicPage() throws IOException {
        List<Path> pages = new ArrayList<>();
        for (String dir : new String[] {"fundus/lb", "newspaper4k", "goose3", "trafilatura-eval",
                "arabic-wild/bbc.com", "arabic-wild/youm7.com", "htmldate-mediacloud"}) {
            try (Stream<Path> files = Files.list(html.resolve(dir))) {
                files.filter(p -> p.toString().matches(".*\\.html(\\.gz)?$") && !p.toString().contains(".expected.")
                                && !p.toString().contains(".distiller."))
                        .sorted()
                        .forEach(pages::add);
            }
        }
        for (Path p : pages) {
            PageMetadata m = read(p, "");
            System.out.println("== " + html.relativize(p));
            System.out.println("   title:     " + m.title());
            System.out.println("   site:      " + m.siteName() + "   section: " + m.section());
            System.out.println("   authors:   " + m.authors());
            System.out.println("   lang/type: " + m.language() + " / " + m.type());
            System.out.println("   canonical: " + m.canonicalUrl());
            System.out.println("   image:     " + m.image());
            assertThat(m.title()).as(p.toString()).isNotBlank();
        }
    }

    private static PageMetadata read(Path file, String url) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (file.toString().endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            }
        }
        Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, url);
        return HtmlMetadata.read(doc);
    }

    private static String norm(String s) {
        return TextClean.line(s);
    }
}
