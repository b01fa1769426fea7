package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.AnalyzeCommandTest.Run;

class IndexSearchCommandTest {
    private static final String RECORDS = """
            {"title":"سيول في وادي فاطمة","url":"https://r.example/1","date":"2025-01-10","source":"المدينة","content":"جرفت السيول عددا من السيارات في وادي فاطمة بعد أمطار غزيرة.\\nوحذر الدفاع المدني من الاقتراب من مجاري الأودية."}
            {"title":"افتتاح جسر جديد","url":"https://r.example/2","date":"2025-01-12","source":"الشرق","content":"افتتحت الأمانة جسرا جديدا يربط شرق المدينة بغربها ويخفف الزحام في ساعات الذروة."}
            """;

    private static Run run(String... args) {
        return AnalyzeCommandTest.run(args);
    }

    @Test
    void indexThenSearchWithFiltersAndJson(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("r.jsonl"), RECORDS);
        String dir = tmp.resolve("idx").toString();
        Run indexed = run("index", file.toString(), "--data-dir", dir, "--quiet");
        assertThat(indexed.status()).as(indexed.err()).isZero();
        assertThat(indexed.out()).contains("indexed 2 new articles").contains("duplicates (already indexed) 0");

        Run again = run("index", file.toString(), "--data-dir", dir, "--quiet");
        assertThat(again.out()).contains("indexed 0 new articles").contains("duplicates (already indexed) 2");

        Run text = run("search", "والسيول", "--data-dir", dir);
        assertThat(text.status()).isZero();
        assertThat(text.out()).contains("1 articles match").contains("سيول في وادي فاطمة").contains("*السيول*");

        Run json = run("search", "المدينة", "--data-dir", dir, "--json", "--publisher", "الشرق");
        JsonNode r = AnalyzeCommandTest.JSON.readTree(json.out());
        assertThat(r.get("total").asInt()).isEqualTo(1);
        assertThat(r.get("hits").get(0).get("url").asText()).isEqualTo("https://r.example/2");
        assertThat(r.get("facets").get("day").get(0).get("value").asText()).isEqualTo("2025-01-12");

        Run dated = run("search", "--data-dir", dir, "--from", "2025-01-11", "--json");
        assertThat(AnalyzeCommandTest.JSON.readTree(dated.out()).get("total").asInt()).isEqualTo(1);
    }

    @Test
    void aWebArchiveIsIndexedAndItsOtherRecordsCountedInTheSummary(@TempDir Path tmp) throws IOException {
        Path crawl = Files.createDirectories(tmp.resolve("crawl"));
        Path warc = AnalyzeWarcTest.archive(crawl);
        String dir = tmp.resolve("idx").toString();
        Run indexed = run("index", crawl.toString(), "--data-dir", dir, "--quiet"); // a directory of archives
        assertThat(indexed.status()).as(indexed.err()).isZero();
        assertThat(indexed.out()).contains("indexed 2 new articles").contains("rejected 0")
                .containsPattern("skipped archive records \\(no article in them\\) 6: .*not-html 1, not-response 4");
        assertThat(run("search", "إربد", "--data-dir", dir).out()).contains("1 articles match");
        assertThat(warc).exists();
    }

    @Test
    void badInputsGiveOneLineAndAnExitStatus(@TempDir Path tmp) {
        String dir = tmp.resolve("idx").toString();
        Run missing = run("index", tmp.resolve("nope.jsonl").toString(), "--data-dir", dir, "--quiet");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.out()).contains("rejected unreadable: 1");

        Run noIndex = run("search", "مطر", "--data-dir", tmp.resolve("none").toString());
        assertThat(noIndex.status()).isEqualTo(1);
        assertThat(noIndex.err()).startsWith("marsad: no index at").doesNotContain("Exception");

        Run badDate = run("search", "مطر", "--data-dir", dir, "--from", "yesterday");
        assertThat(badDate.status()).isEqualTo(2);
        assertThat(badDate.err()).contains("--from: not a day");

        Run badField = run("index", "x.json", "--field", "colour=red", "--data-dir", dir);
        assertThat(badField.status()).isEqualTo(2);
    }
}
