package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    static final String PAGE = "<html lang='ar'><head><title>مطر غزير في المدينة | صحيفة الساحل</title></head><body>"
            + "<h1>مطر غزير في المدينة</h1>"
            + "<p>هطلت أمطار غزيرة على المدينة طوال ليلة الخميس، وغمرت المياه عددا من الشوارع المنخفضة قرب السوق القديم.</p>"
            + "<p>وقال متحدث باسم الدفاع المدني إن فرق الطوارئ سحبت المياه من الأنفاق قبل ساعات الذروة صباح الجمعة.</p>"
            + "</body></html>";

    static final ObjectMapper JSON = new ObjectMapper();

    record Run(int status, String out, String err) {}

    static Run run(String... args) {
        return runWithStdin(null, args);
    }

    static Run runWithStdin(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream oldIn = System.in;
        try {
            if (stdin != null) System.setIn(new ByteArrayInputStream(stdin));
            int status = Main.run(
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8),
                    args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(oldIn);
        }
    }

    @Test
    void oneInputGivesOneJsonObjectWithTheContractFields(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("rain.html"), PAGE);
        Run r = run("analyze", page.toString());
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode a = JSON.readTree(r.out());
        assertThat(a.has("source")).isFalse();
        assertThat(a.get("language").asText()).isEqualTo("ar");
        assertThat(a.get("paragraphs")).hasSize(2);
        assertThat(a.get("body").asText()).startsWith("هطلت أمطار غزيرة").contains("\nوقال متحدث");
        for (String field : new String[] {"id", "url", "title", "section", "published", "authors", "publisher",
                "image", "subheadings"}) {
            assertThat(a.has(field)).as(field).isTrue();
        }
    }

    @Test
    void theShippedSamplePageGivesEveryField() throws IOException {
        Path sample = Path.of("..", "samples", "marsad-sample-article.html");
        Run r = run("analyze", sample.toString());
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode a = JSON.readTree(r.out());
        assertThat(a.get("title").asText()).startsWith("بلدية إربد تطلق").doesNotContain("|");
        assertThat(a.get("section").asText()).isEqualTo("محليات");
        assertThat(a.get("published").asText()).isEqualTo("2025-11-12T10:30+03:00");
        assertThat(a.get("authors").get(0).asText()).isEqualTo("ليلى الخطيب");
        assertThat(a.get("publisher").asText()).isEqualTo("مرصد الأخبار");
        assertThat(a.get("image").get("credit").asText()).isEqualTo("رامي العتوم");
        assertThat(a.get("subheadings")).hasSize(2);
        assertThat(a.get("paragraphs")).hasSize(10);
        assertThat(a.get("body").asText()).doesNotContain("جميع الحقوق").doesNotContain("اشترك");
    }

    @Test
    void jsonlGivesOneLinePerInputWithItsSourceAndReadsGzipByItsBytes(@TempDir Path dir) throws IOException {
        Path sub = Files.createDirectories(dir.resolve("nested/deeper"));
        Files.writeString(dir.resolve("a.html"), PAGE);
        try (var gz = new GZIPOutputStream(Files.newOutputStream(sub.resolve("b.html.gz")))) {
            gz.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("notes.md"), "not a page");
        Run r = run("analyze", "--jsonl", dir.toString());
        assertThat(r.status()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines[0]).get("source").asText()).endsWith("a.html");
        assertThat(JSON.readTree(lines[1]).get("source").asText()).endsWith("b.html.gz");
        assertThat(JSON.readTree(lines[1]).get("paragraphs")).hasSize(2);
    }

    @Test
    void readsStandardInput() throws IOException {
        Run r = runWithStdin(PAGE.getBytes(StandardCharsets.UTF_8), "analyze", "-");
        assertThat(r.status()).isZero();
        assertThat(JSON.readTree(r.out()).get("paragraphs")).hasSize(2);
    }

    @Test
    void plainTakesEveryLineAsAParagraph() throws IOException {
        byte[] text = "تظاهر مئات الطلاب أمام الجامعة.\nوطالبوا بخفض الرسوم.\n".getBytes(StandardCharsets.UTF_8);
        Run r = runWithStdin(text, "analyze", "--plain", "-");
        JsonNode a = JSON.readTree(r.out());
        assertThat(a.get("paragraphs")).hasSize(2);
        assertThat(a.get("title").isNull()).isTrue();
        assertThat(a.get("body").asText()).isEqualTo("تظاهر مئات الطلاب أمام الجامعة.\nوطالبوا بخفض الرسوم.");
    }

    @Test
    void aBatchWithABadInputStillPrintsTheGoodOnesAndExitsOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("good.html"), PAGE);
        Files.write(dir.resolve("empty.html"), new byte[0]);
        Run r = run("analyze", "--jsonl", dir.toString(), dir.resolve("missing.html").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out().strip().split("\n")).hasSize(1);
        assertThat(r.err().strip().split("\n")).hasSize(2).allMatch(l -> l.startsWith("marsad: "));
        assertThat(r.err()).contains("empty.html").contains("missing.html").doesNotContain("Exception");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("analyze").status()).isEqualTo(2);
        assertThat(run("analyze", "--no-such-flag", "x").status()).isEqualTo(2);
        assertThat(run("no-such-command").status()).isEqualTo(2);
        assertThat(run("analyze", "--reference", "yesterday", "x").status()).isEqualTo(2);
    }
}
