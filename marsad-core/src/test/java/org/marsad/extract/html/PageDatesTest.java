package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Page dates from synthetic pages written for these tests, one rule each. */
class PageDatesTest {
    static final ZonedDateTime REF = ZonedDateTime.parse("2026-11-25T00:00Z");

    static PageDates.Found find(String html) {
        return PageDates.find(Jsoup.parse(html), REF);
    }

    static String published(String html) {
        PageDates.Found f = find(html);
        return f.published() == null ? null : f.published().iso();
    }

    static String ld(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    static String article(String head, String body) {
        return "<html><head>" + head + "</head><body><article><h1>افتتاح مكتبة جديدة في وسط المدينة</h1>" + body
                + "<p>افتتحت البلدية مكتبة عامة تضم آلاف الكتب للأطفال والكبار.</p></article></body></html>";
    }

    /** JSON-LD NewsArticle gives both dates, with their offsets. */
    @Test
    void jsonLdNewsArticle() {
        PageDates.Found f = find(article(ld("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2024-02-10T08:30:00+03:00\",\"dateModified\":\"2024-02-10T11:00:00+03:00\"}"),
                ""));
        assertThat(f.published().iso()).isEqualTo("2024-02-10T08:30+03:00");
        assertThat(f.modified().iso()).isEqualTo("2024-02-10T11:00+03:00");
    }

    /** Inside @graph the article beats a WebPage listed before it. */
    @Test
    void jsonLdGraphPrefersArticle() {
        String json = "{\"@graph\":[{\"@type\":\"WebPage\",\"datePublished\":\"2023-01-01T00:00:00Z\"},"
                + "{\"@type\":[\"ReportageNewsArticle\"],\"datePublished\":\"2024-02-10T08:30:00Z\"}]}";
        assertThat(published(article(ld(json), ""))).isEqualTo("2024-02-10T08:30Z");
    }

    /** A top-level array of objects, and BlogPosting. */
    @Test
    void jsonLdArray() {
        String json = "[{\"@type\":\"Organization\",\"name\":\"صحيفة\"},"
                + "{\"@type\":\"BlogPosting\",\"datePublished\":\"2022-07-01\"}]";
        assertThat(published(article(ld(json), ""))).isEqualTo("2022-07-01");
    }

    /** Broken JSON-LD still yields its datePublished. */
    @Test
    void brokenJsonLd() {
        String json = "{\"@type\":\"NewsArticle\",\"headline\":\"عنوان \"مقتبس\" خاطئ\","
                + "\"datePublished\":\"2021-05-05T10:00:00Z\"";
        assertThat(published(article(ld(json), ""))).isEqualTo("2021-05-05T10:00Z");
    }

    /** JSON-LD is trusted over meta tags. */
    @Test
    void jsonLdBeatsMeta() {
        String head = "<meta property=\"article:published_time\" content=\"2024-02-09T23:30:00Z\">"
                + ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-02-10T01:30:00+02:00\"}");
        assertThat(published(article(head, ""))).isEqualTo("2024-02-10T01:30+02:00");
    }

    /** Meta tags: article:published_time and og:updated_time. */
    @Test
    void openGraphMeta() {
        String head = "<meta property=\"article:published_time\" content=\"2020-08-24T09:23:13Z\">"
                + "<meta property=\"og:updated_time\" content=\"2020-08-25T10:00:00Z\">";
        PageDates.Found f = find(article(head, ""));
        assertThat(f.published().iso()).isEqualTo("2020-08-24T09:23:13Z");
        assertThat(f.modified().iso()).isEqualTo("2020-08-25T10:00Z");
    }

    /** Other meta names: pubdate, DC.date.issued, sailthru.date, parsely-pub-date, prefixed publishDate. */
    @Test
    void otherMetaNames() {
        assertThat(published(article("<meta name=\"pubdate\" content=\"2019-03-01\">", ""))).isEqualTo("2019-03-01");
        assertThat(published(article("<meta name=\"DC.date.issued\" content=\"2019-03-02\">", "")))
                .isEqualTo("2019-03-02");
        assertThat(published(article("<meta name=\"sailthru.date\" content=\"2019-03-03 08:00:00\">", "")))
                .isEqualTo("2019-03-03T08:00");
        assertThat(published(article("<meta name=\"parsely-pub-date\" content=\"2019-03-04T08:00:00Z\">", "")))
                .isEqualTo("2019-03-04T08:00Z");
        assertThat(published(article("<meta property=\"site:publishDate\" content=\"2019-03-05\">", "")))
                .isEqualTo("2019-03-05");
    }

    /** An Arabic date written into a meta tag is read too. */
    @Test
    void arabicTextInMeta() {
        String head = "<meta property=\"article:published_time\" content=\"الأربعاء، 07 أكتوبر 2020 - 12:09 م\">";
        assertThat(published(article(head, ""))).isEqualTo("2020-10-07T12:09");
    }

    /** itemprop datePublished on any element, from datetime or content. */
    @Test
    void itempropOnAnyElement() {
        assertThat(published(article("", "<span itemprop=\"datePublished\" content=\"2018-11-11\">أمس</span>")))
                .isEqualTo("2018-11-11");
        assertThat(published(article("", "<time itemprop=\"datePublished\" datetime=\"2018-11-12T07:00\">"
                + "الأحد</time>"))).isEqualTo("2018-11-12T07:00");
    }

    /** The article's own time element wins over one in a related-articles list. */
    @Test
    void timeInArticleBeatsRelatedList() {
        String html = "<html><body><div class=\"related-news\"><h3>اقرأ أيضا</h3>"
                + "<time datetime=\"2023-03-03\">3 مارس</time></div><article><h1>مهرجان الزيتون يعود إلى القرية</h1>"
                + "<time datetime=\"2023-05-05T09:00\">5 مايو</time><p>يعود المهرجان بعد غياب طويل.</p></article>"
                + "<aside><time datetime=\"2023-06-06\">6 يونيو</time></aside></body></html>";
        assertThat(published(html)).isEqualTo("2023-05-05T09:00");
    }

    /** A time element marked pubdate beats a plain one. */
    @Test
    void pubdateAttribute() {
        String html = article("", "<time datetime=\"2023-05-04\">4 مايو</time><p>نص قصير.</p>"
                + "<time pubdate datetime=\"2023-05-05T09:00\">5 مايو</time>");
        assertThat(published(html)).isEqualTo("2023-05-05T09:00");
    }

    /** A visible Arabic date line in an element whose class says date. */
    @Test
    void visibleDateClass() {
        String html = article("", "<div class=\"post-date\">نُشر في: الجمعة 24 نيسان / أبريل 2020 09:22 مساءً</div>");
        assertThat(published(html)).isEqualTo("2020-04-24T21:22");
    }

    /** A line that says "آخر تحديث" gives the modification date, not the publication date. */
    @Test
    void updateLineIsModified() {
        String html = article("", "<div class=\"meta\">نُشر في 3 مارس 2024، 9:15 ص</div>"
                + "<div class=\"meta\">آخر تحديث: 4 مارس 2024، 8:00 م</div>");
        PageDates.Found f = find(html);
        assertThat(f.published().iso()).isEqualTo("2024-03-03T09:15");
        assertThat(f.modified().iso()).isEqualTo("2024-03-04T20:00");
    }

    /** A date line near the headline without any telling class. */
    @Test
    void lineNearHeadline() {
        String html = "<html><body><h1>الشعار</h1><div><h1>أمطار غزيرة تغمر شوارع المدينة الساحلية</h1>"
                + "<div>الثلاثاء، 12 كانون الثاني 2021 - 17:30</div><p>غمرت الأمطار الشوارع.</p></div></body></html>";
        assertThat(published(html)).isEqualTo("2021-01-12T17:30");
    }

    /** Related lists, footers and a copyright line are not the page's date. */
    @Test
    void relatedAndCopyrightIgnored() {
        String html = "<html><body><h1>سوق الكتب المستعملة يجذب الطلاب</h1><p>يقصد الطلاب السوق كل أسبوع.</p>"
                + "<ul class=\"most-read\"><li><span class=\"date\">1 مارس 2024</span></li></ul>"
                + "<footer><span class=\"date\">© 2024 جميع الحقوق محفوظة - 2 مارس 2024</span></footer></body></html>";
        assertThat(published(html)).isNull();
    }

    /** A date after the reference day plus one is suspect; the visible line is used instead. */
    @Test
    void futureDateIsSuspect() {
        String head = "<meta property=\"article:published_time\" content=\"2030-01-01T00:00:00Z\">";
        String html = article(head, "<span class=\"date\">23 نوفمبر 2026</span>");
        assertThat(published(html)).isEqualTo("2026-11-23");
    }

    /** A relative date line is anchored to the reference. */
    @Test
    void relativeDateLine() {
        assertThat(published(article("", "<span class=\"time-ago\">منذ 3 ساعات</span>")))
                .isEqualTo("2026-11-24T21:00Z");
    }

    /** A day-only JSON-LD date gains the time a meta tag gives for the same day. */
    @Test
    void sameDayGainsTime() {
        String head = ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-11-09\"}")
                + "<meta property=\"article:published_time\" content=\"2020-11-09T18:34:47+00:00\">";
        assertThat(published(article(head, ""))).isEqualTo("2020-11-09T18:34:47Z");
    }

    /** A modification before the publication is dropped. */
    @Test
    void modifiedBeforePublishedDropped() {
        String head = "<meta property=\"article:published_time\" content=\"2020-06-03T03:01+0400\">"
                + "<meta property=\"article:modified_time\" content=\"2020-03-15T20:18+0400\">";
        assertThat(find(article(head, "")).modified()).isNull();
    }

    /** Empty, null and absurdly deep documents give nothing and never throw. */
    @Test
    void emptyAndDeepDocuments() {
        assertThat(PageDates.find(null, REF)).isEqualTo(new PageDates.Found(null, null));
        assertThat(find("")).isEqualTo(new PageDates.Found(null, null));
        Document deep = Jsoup.parse("<div>".repeat(30_000) + "<span class=\"date\">5 مايو 2021</span>");
        assertThat(PageDates.find(deep, REF)).isNotNull();
    }
}
