package org.marsad.source.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Rejection;

class WarcPagesTest {
    private static final Instant FETCHED = Instant.parse("2025-03-04T09:15:00Z");

    @TempDir
    Path dir;

    /** An article page of our own, without a date of its own and without a meta charset. */
    static String articlePage(String title, String dateLine) {
        return "<html lang=\"ar\" dir=\"rtl\"><head><title>" + title + "</title></head><body>"
                + "<nav><a href=\"/\">الرئيسية</a> <a href=\"/eco\">اقتصاد</a></nav><article><h1>" + title + "</h1>"
                + dateLine
                + "<p>أعلنت وزارة الزراعة في عمّان صباح اليوم عن خطة جديدة لزيادة المساحات المزروعة بالقمح في سهول"
                + " حوران، بعد موسمين من الجفاف الذي أضر بالمحاصيل وأرهق المزارعين في القرى الشمالية.</p>"
                + "<p>وقال المتحدث باسم الوزارة إن الخطة تشمل توزيع بذور محسنة على ثلاثة آلاف مزارع، وتقديم قروض"
                + " ميسرة بلا فوائد لشراء معدات الري بالتنقيط التي توفر نحو نصف كمية المياه المستهلكة.</p>"
                + "<p>وأضاف أن الوزارة ستفتح مكاتب إرشاد زراعي في خمس بلدات، يعمل فيها مهندسون شباب يزورون الحقول"
                + " كل أسبوع ويتابعون حالة التربة والآفات ويقدمون النصح للمزارعين دون مقابل.</p>"
                + "<p>ورحب اتحاد المزارعين بالخطة، مطالباً بتسريع صرف التعويضات المتأخرة عن خسائر الموسم الماضي،"
                + " ومشيراً إلى أن كثيراً من الأسر باعت مواشيها لتسديد ديونها المتراكمة لدى المصارف.</p>"
                + "</article><footer>جميع الحقوق محفوظة</footer></body></html>";
    }

    private Path archive(String name) throws IOException {
        Path file = dir.resolve(name);
        try (WarcArchiveWriter w = new WarcArchiveWriter(file)) {
            // The charset is only in the HTTP header: windows-1256 bytes read as UTF-8 would be garbage.
            w.page("https://news.example/agri/1", FETCHED, "text/html; charset=windows-1256",
                    articlePage("خطة لزيادة زراعة القمح في حوران", "").getBytes(Charset.forName("windows-1256")));
            w.response("https://news.example/agri/2", FETCHED, 200, "text/html; charset=utf-8",
                    Instant.parse("2025-03-01T06:00:00Z"),
                    articlePage("مكاتب إرشاد زراعي في خمس بلدات", "").getBytes(StandardCharsets.UTF_8));
            w.page("https://news.example/img/wheat.jpg", FETCHED, "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1});
            w.response("https://news.example/old", FETCHED, 301, "text/html", null, new byte[0]);
        }
        return file;
    }

    @Test
    void responsesBecomePagesAndEverythingElseIsCountedByReason() throws IOException {
        for (String name : List.of("a.warc", "a.warc.gz")) {
            try (WarcPages pages = WarcPages.open(archive(name))) {
                List<WarcPage> all = pages.stream().toList();
                assertThat(all).extracting(WarcPage::url)
                        .containsExactly("https://news.example/agri/1", "https://news.example/agri/2");
                assertThat(all.get(0).source()).startsWith(dir.resolve(name) + "#");
                assertThat(all.get(0).source()).isNotEqualTo(all.get(1).source());
                assertThat(all.get(0).contentType()).contains("charset=windows-1256");
                // four request records, one image, one redirect
                assertThat(pages.skipped()).isEqualTo(Map.of("not-response", 4L, "http-status", 1L, "not-html", 1L));
            }
        }
    }

    @Test
    void theHeaderCharsetDecodesAndTheHeaderDatesAnchorThePage() throws IOException {
        try (WarcPages pages = WarcPages.open(archive("b.warc.gz"))) {
            WarcPage first = pages.next();
            assertThat(first.reference().toInstant()).isEqualTo(FETCHED);
            Analysis result = first.extract();
            assertThat(result).isInstanceOf(Article.class);
            Article a = (Article) result;
            assertThat(a.title()).isEqualTo("خطة لزيادة زراعة القمح في حوران");
            assertThat(a.body()).contains("سهول حوران");
            assertThat(a.url()).isEqualTo("https://news.example/agri/1");
            assertThat(a.published()).isNull();

            // No date on the page: the server's Last-Modified stands in.
            Article second = (Article) pages.next().extract();
            assertThat(second.published().iso()).isEqualTo("2025-03-01T06:00Z");
            assertThat(second.published().offset()).isEqualTo(ZoneOffset.UTC);
        }
    }

    @Test
    void aPageOfLinksIsRejectedByThePipelineNotByTheReader() throws IOException {
        Path file = dir.resolve("links.warc.gz");
        StringBuilder links = new StringBuilder("<html><body><ul>");
        for (int i = 0; i < 40; i++) links.append("<li><a href=\"/n/").append(i).append("\">خبر عاجل عن الطقس رقم ").append(i).append("</a></li>");
        try (WarcArchiveWriter w = new WarcArchiveWriter(file)) {
            w.page("https://news.example/", FETCHED, "text/html; charset=utf-8",
                    links.append("</ul></body></html>").toString().getBytes(StandardCharsets.UTF_8));
        }
        try (WarcPages pages = WarcPages.open(file)) {
            assertThat(pages.next().extract()).isInstanceOfSatisfying(Rejection.class,
                    r -> assertThat(r.code()).isEqualTo("not-article"));
        }
    }

    @Test
    void aBrokenArchiveSaysSoAfterThePagesBeforeTheBreak() throws IOException {
        Path good = archive("c.warc");
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.warc");
        // Keep the first request and response whole, then garbage where the next record should start.
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int third = text.indexOf("WARC/1.", text.indexOf("WARC/1.", text.indexOf("WARC/1.") + 1) + 1);
        Files.write(cut, (text.substring(0, third) + "this is not a record\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        try (WarcPages pages = WarcPages.open(cut)) {
            assertThat(pages.next().url()).isEqualTo("https://news.example/agri/1");
            assertThatThrownBy(pages::hasNext).isInstanceOf(UncheckedIOException.class).hasMessageContaining("corrupt");
        }
    }

    @Test
    void namesSayWhatIsAnArchive() {
        assertThat(WarcPages.isWarc("CC-NEWS-20250304091500-00001.warc.gz")).isTrue();
        assertThat(WarcPages.isWarc("x.WARC")).isTrue();
        assertThat(WarcPages.isWarc("page.html.gz")).isFalse();
        assertThat(WarcPages.isHtml("application/xhtml+xml; charset=utf-8")).isTrue();
        assertThat(WarcPages.isHtml(null)).isTrue();
        assertThat(WarcPages.isHtml("application/pdf")).isFalse();
    }
}
