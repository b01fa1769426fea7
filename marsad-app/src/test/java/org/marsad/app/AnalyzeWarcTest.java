package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.app.AnalyzeCommandTest.JSON;
import static org.marsad.app.AnalyzeCommandTest.PAGE;
import static org.marsad.app.AnalyzeCommandTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.source.warc.WarcArchiveWriter;

class AnalyzeWarcTest {
    static final Path SAMPLE = Path.of("..", "samples", "marsad-sample-article.html");
    static final Instant FETCHED = Instant.parse("2025-11-12T12:00:00Z");

    static Path archive(Path dir) throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        try (WarcArchiveWriter w = new WarcArchiveWriter(warc)) {
            w.page("https://marsad.example/local/irbid", FETCHED, "text/html; charset=utf-8", Files.readAllBytes(SAMPLE));
            w.page("https://sahil.example/rain", FETCHED, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
            w.page("https://sahil.example/logo.png", FETCHED, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            w.page("https://sahil.example/", FETCHED, "text/html", "<html><body><a href='/a'>أخبار</a></body></html>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        return warc;
    }

    @Test
    void anArchiveGivesEachArticleWithItsSourceAndCountsTheRest(@TempDir Path dir) throws IOException {
        Path warc = archive(dir);
        AnalyzeCommandTest.Run r = run("analyze", "--jsonl", warc.toString());
        assertThat(r.status()).as(r.err()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines[0]);
        assertThat(first.get("source").asText()).matches(".*crawl\\.warc\\.gz#\\d+");
        assertThat(first.get("url").asText()).isEqualTo("https://marsad.example/local/irbid");
        assertThat(first.get("title").asText()).startsWith("بلدية إربد تطلق");
        assertThat(JSON.readTree(lines[1]).get("title").asText()).isEqualTo("مطر غزير في المدينة");
        assertThat(r.err()).contains("crawl.warc.gz: 2 articles; skipped: ")
                .contains("not-html 1").contains("not-response 4").containsPattern("(not-article|empty|no-content) 1");
    }

    @Test
    void aPageInAnArchiveGivesTheSameArticleAsThePageOnItsOwn(@TempDir Path dir) throws IOException {
        JsonNode fromArchive = JSON.readTree(run("analyze", "--jsonl", archive(dir).toString()).out().split("\n")[0]);
        AnalyzeCommandTest.Run alone = run("analyze", "--jsonl", "--url", "https://marsad.example/local/irbid",
                "--reference", FETCHED.toString().replace("Z", "+00:00"), SAMPLE.toString());
        JsonNode fromFile = JSON.readTree(alone.out());
        ((ObjectNode) fromArchive).remove("source");
        ((ObjectNode) fromFile).remove("source");
        assertThat(fromArchive).isEqualTo(fromFile);
    }

    @Test
    void withOtherInputsTheArchiveArticlesJoinTheArray(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("rain.html"), PAGE);
        AnalyzeCommandTest.Run r = run("analyze", page.toString(), archive(dir).toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(JSON.readTree(r.out())).hasSize(3);
        AnalyzeCommandTest.Run single = run("analyze", archive(dir).toString());
        assertThat(JSON.readTree(single.out()).isArray()).isTrue();
    }

    @Test
    void aFileThatIsNotAnArchiveFailsInOneLine(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.warc"), "this is no archive at all\n");
        AnalyzeCommandTest.Run r = run("analyze", "--jsonl", bad.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("bad.warc: not a readable WARC").doesNotContain("\tat ");
        assertThat(run("analyze", dir.resolve("missing.warc.gz").toString()).err()).contains("no such file");
    }
}
