package org.marsad.index.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.index.ArticleIndex;
import org.marsad.index.SearchRequest;
import org.marsad.model.Article;
import org.marsad.source.warc.WarcArchiveWriter;

/** {@code marsad index} over web archives: the HTML responses become articles, the rest is counted by reason. */
class IngestWarcTest {
    private static final Instant FETCHED = Instant.parse("2025-09-14T08:30:00Z");
    private static final Instant MODIFIED = Instant.parse("2025-09-13T21:05:00Z");

    @TempDir
    Path tmp;

    private static byte[] article(String title, String... paragraphs) {
        StringBuilder html = new StringBuilder("<html lang=ar><head><title>").append(title)
                .append("</title></head><body><article><h1>").append(title).append("</h1>");
        for (String p : paragraphs) html.append("<p>").append(p).append("</p>");
        return html.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final byte[] PORT = article("توسعة ميناء ينبع التجاري",
            "وقعت هيئة الموانئ عقدا لتوسعة ميناء ينبع التجاري بإضافة أربعة أرصفة جديدة لاستقبال سفن الحاويات الكبيرة.",
            "وقال مدير الميناء إن المشروع سيرفع الطاقة الاستيعابية إلى الضعف خلال ثلاث سنوات من بدء الأعمال.");
    private static final byte[] LIBRARY = article("مكتبة عامة جديدة في حائل",
            "افتتحت أمانة منطقة حائل مكتبة عامة جديدة تضم أكثر من عشرين ألف كتاب وقاعة للأطفال ومساحة للقراءة الهادئة.",
            "وتفتح المكتبة أبوابها للزوار يوميا من التاسعة صباحا حتى العاشرة مساء طوال أيام الأسبوع.");
    private static final byte[] FARM = article("موسم حصاد التمور في القصيم",
            "بدأ مزارعو القصيم موسم حصاد التمور وسط توقعات بإنتاج وفير بعد شتاء ممطر أنعش بساتين النخيل في المنطقة.",
            "ويستقبل سوق التمور في بريدة آلاف الأطنان يوميا من أصناف السكري والخلاص والبرحي حتى نهاية الموسم.");

    private Path crawl(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("day2"));
        try (WarcArchiveWriter w = new WarcArchiveWriter(dir.resolve("day1.warc.gz"))) {
            w.response("https://yanbu.example/port", FETCHED, 200, "text/html; charset=utf-8", MODIFIED, PORT);
            w.page("https://hail.example/library", FETCHED, "text/html", LIBRARY);
            w.page("https://hail.example/logo.png", FETCHED, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            w.response("https://hail.example/gone", FETCHED, 404, "text/html", null,
                    "<html><body>الصفحة غير موجودة</body></html>".getBytes(StandardCharsets.UTF_8));
            w.page("https://hail.example/", FETCHED, "text/html",
                    "<html><body><a href='/library'>أخبار</a></body></html>".getBytes(StandardCharsets.UTF_8));
        }
        try (WarcArchiveWriter w = new WarcArchiveWriter(dir.resolve("day2").resolve("more.warc"))) {
            w.page("https://qassim.example/dates", FETCHED, "text/html; charset=utf-8", FARM);
        }
        Files.writeString(dir.resolve("notes.md"), "not an input"); // ignored inside a directory
        return dir;
    }

    private static IngestReport ingest(ArticleIndex index, Path... paths) {
        return Ingest.run(index, java.util.Arrays.stream(paths).map(Path::toString).toList(),
                IngestOptions.defaults().withThreads(2));
    }

    @Test
    void archivesInADirectoryGiveTheirArticlesAndCountTheOtherRecords() throws IOException {
        Path dir = crawl(tmp.resolve("crawl"));
        try (ArticleIndex index = ArticleIndex.open(tmp.resolve("index"))) {
            IngestReport r = ingest(index, dir);
            assertThat(r.indexed()).isEqualTo(3);
            assertThat(r.rejected()).as("skipped records are no failures").isEmpty();
            assertThat(r.skipped()).containsEntry("not-response", 6L).containsEntry("not-html", 1L)
                    .containsEntry("http-status", 1L);
            assertThat(r.skippedTotal()).as("and the page without an article").isEqualTo(9);

            index.refresh();
            Article port = index.search(SearchRequest.of("ميناء ينبع")).hits().get(0).article();
            assertThat(port.url()).isEqualTo("https://yanbu.example/port");
            assertThat(port.published().date()).as("the Last-Modified header, as marsad analyze reads it")
                    .isEqualTo(java.time.LocalDate.of(2025, 9, 13));
            assertThat(index.search(SearchRequest.of("التمور")).total()).isEqualTo(1);

            IngestReport again = ingest(index, dir);
            assertThat(again.indexed()).isZero();
            assertThat(again.duplicates()).isEqualTo(3);
        }
    }

    @Test
    void aFileThatIsNoArchiveIsRejectedAndTheOthersGoOn() throws IOException {
        Path dir = crawl(tmp.resolve("crawl"));
        Path bad = Files.writeString(tmp.resolve("bad.warc"), "nothing archived here\n");
        try (ArticleIndex index = ArticleIndex.open(tmp.resolve("index"))) {
            IngestReport r = Ingest.run(index, List.of(bad.toString(), dir.resolve("day2").toString()),
                    IngestOptions.defaults().withThreads(1));
            assertThat(r.indexed()).isEqualTo(1);
            assertThat(r.rejected()).containsEntry("unreadable", 1L);
            assertThat(r.examples()).singleElement().asString().contains("bad.warc: unreadable: not a readable WARC");
        }
    }
}
