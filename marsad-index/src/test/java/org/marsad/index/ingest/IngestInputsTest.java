package org.marsad.index.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.index.ArticleIndex;
import org.marsad.index.SearchHit;
import org.marsad.index.SearchRequest;
import org.marsad.model.Article;
import org.marsad.model.NewsDate;

class IngestInputsTest {
    private static final String RECORD_A = "{\"title\":\"افتتاح معرض الكتاب في الرياض\",\"url\":\"https://x.example/1\","
            + "\"date_extracted\":\"2025-02-03 09:15:00\",\"source\":\"الوطن اليوم\",\"content\":\"افتتح وزير الثقافة "
            + "معرض الكتاب الدولي في الرياض بمشاركة خمسمئة دار نشر.\\nويستمر المعرض عشرة أيام.\"}";
    private static final String RECORD_B = "{\"title\":\"أمطار غزيرة على أبها\",\"url\":\"https://x.example/2\","
            + "\"date\":\"2025-02-04\",\"source\":\"الجنوب\",\"content\":\"هطلت أمطار غزيرة على مدينة أبها وما "
            + "جاورها صباح اليوم وسط تحذيرات من جريان السيول في الأودية.\"}";
    private static final String PAGE = "<html lang=ar><head><title>قمة اقتصادية في الدوحة</title></head><body><article>"
            + "<h1>قمة اقتصادية في الدوحة</h1><p>انطلقت في الدوحة أعمال القمة الاقتصادية الخليجية بحضور وزراء المالية "
            + "ومحافظي البنوك المركزية في دول المجلس لبحث التكامل النقدي.</p><p>وتناقش القمة على مدى يومين مقترحات "
            + "لتسهيل التجارة البينية وتوحيد الإجراءات الجمركية بين الدول الأعضاء.</p></article></body></html>";

    @TempDir
    Path tmp;

    private IngestReport ingest(ArticleIndex index, Path... paths) {
        return Ingest.run(index, java.util.Arrays.stream(paths).map(Path::toString).toList(),
                IngestOptions.defaults().withThreads(2));
    }

    @Test
    void jsonArrayJsonLinesZipGzipAndPagesAllGoIn() throws IOException {
        Path array = Files.writeString(tmp.resolve("a.json"), "[" + RECORD_A + ",\n" + RECORD_B + "]");
        Path lines = Files.writeString(tmp.resolve("b.jsonl"), RECORD_A.replace("/1", "/3") + "\n\n" + "{not json}\n"
                + RECORD_B.replace("/2", "/4") + "\n");
        Path zip = tmp.resolve("c.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("day/records.json"));
            z.write(("[" + RECORD_A.replace("/1", "/5") + "]").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("day/page.html"));
            z.write(PAGE.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("day/readme.pdf"));
            z.write(new byte[] {1, 2, 3});
        }
        Path gz = tmp.resolve("d.jsonl.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(RECORD_B.replace("/2", "/6").getBytes(StandardCharsets.UTF_8));
        }
        try (ArticleIndex index = ArticleIndex.open(tmp.resolve("index"))) {
            IngestReport r = ingest(index, array, lines, zip, gz);
            assertThat(r.indexed()).isEqualTo(7);
            assertThat(r.rejected()).containsEntry("bad-json", 1L);
            assertThat(r.examples()).singleElement().asString().startsWith(lines + "#2: bad-json");
            index.refresh();
            SearchHit hit = index.search(SearchRequest.of("معرض الكتاب").withPage(0, 1)).hits().get(0);
            Article a = hit.article();
            assertThat(a.title()).isEqualTo("افتتاح معرض الكتاب في الرياض");
            assertThat(a.publisher()).isEqualTo("الوطن اليوم");
            assertThat(a.published()).isEqualTo(RecordArticles.parseDate("2025-02-03T09:15:00"));
            assertThat(a.paragraphs()).hasSize(2);
            assertThat(index.search(SearchRequest.of("الخليجية")).total()).isEqualTo(1);

            IngestReport again = ingest(index, array, lines, zip, gz);
            assertThat(again.indexed()).isZero();
            assertThat(again.duplicates()).isEqualTo(7);
        }
    }

    @Test
    void fieldNamesCanBeMapped() throws IOException {
        Path file = Files.writeString(tmp.resolve("feed.jsonl"), "{\"headline\":\"خبر\",\"link\":\"https://y.example/9\","
                + "\"article_text\":\"أعلنت الهيئة العامة للطيران المدني تشغيل خط جوي جديد بين جدة ومدينة إسطنبول.\","
                + "\"outlet\":\"السماء\"}\n");
        RecordFields fields = RecordFields.DEFAULT.with("body=article_text").with("source=outlet");
        try (ArticleIndex index = ArticleIndex.open(tmp.resolve("index"))) {
            IngestReport r = Ingest.run(index, List.of(file.toString()), IngestOptions.defaults().withFields(fields));
            assertThat(r.indexed()).isEqualTo(1);
            index.refresh();
            Article a = index.search(SearchRequest.of("إسطنبول")).hits().get(0).article();
            assertThat(a.publisher()).isEqualTo("السماء");
            assertThat(a.url()).isEqualTo("https://y.example/9");
        }
        assertThatThrownBy(() -> RecordFields.DEFAULT.with("colour=red")).hasMessageContaining("unknown field role");
    }

    @Test
    void recordsWithoutTextAndMissingFilesAreRejectedWithReasons() throws IOException {
        Path empty = Files.writeString(tmp.resolve("e.json"), "{\"title\":\"كاريكاتير\",\"content\":\"  \"}");
        try (ArticleIndex index = ArticleIndex.open(tmp.resolve("index"))) {
            IngestReport r = ingest(index, empty, tmp.resolve("missing.json"));
            assertThat(r.indexed()).isZero();
            assertThat(r.rejected()).containsEntry("empty", 1L).containsEntry("unreadable", 1L);
        }
    }

    /** Record dates in the shapes feeds use. */
    @Test
    void recordDates() {
        assertThat(RecordArticles.parseDate("2015-08-10 18:52:49").iso()).isEqualTo("2015-08-10T18:52:49");
        assertThat(RecordArticles.parseDate("2025-06-20T17:00:00+03:00").iso()).isEqualTo("2025-06-20T17:00+03:00");
        assertThat(RecordArticles.parseDate("2025-06-20T14:00:00Z").iso()).isEqualTo("2025-06-20T14:00Z");
        assertThat(RecordArticles.parseDate("2025-06-20")).isEqualTo(NewsDate.of(java.time.LocalDate.of(2025, 6, 20)));
        assertThat(RecordArticles.parseDate("أمس")).isNull();
    }
}
