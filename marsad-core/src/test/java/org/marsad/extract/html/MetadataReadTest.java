package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** HtmlMetadata.read end to end on small pages: site name, canonical URL, type, authors from markup, robustness. */
class MetadataReadTest {
    private static PageMetadata read(String head, String body) {
        return HtmlMetadata.read(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>",
                "https://www.alnahr.com/news/5"));
    }

    @Test
    void siteNameFromOgThenPublisherThenApplicationNameThenTwitter() {
        assertThat(read("<meta property='og:site_name' content='صحيفة النهر'>", "").siteName())
                .isEqualTo("صحيفة النهر");
        assertThat(read("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"publisher\":"
                        + "{\"@type\":\"Organization\",\"name\":\"دار النهر\"}}</script>", "").siteName())
                .isEqualTo("دار النهر");
        assertThat(read("<meta name='application-name' content='النهر'>", "").siteName()).isEqualTo("النهر");
        assertThat(read("<meta name='twitter:site' content='@AlNahr'>", "").siteName()).isEqualTo("AlNahr");
        assertThat(read("<meta property='og:site_name' content='https://alnahr.com/'>", "").siteName()).isNull();
        String tagline = "<meta property='og:site_name' content='صحيفة النهر | أخبار العالم لحظة بلحظة'>";
        assertThat(read(tagline, "").siteName())
                .isEqualTo("صحيفة النهر");
        assertThat(read("<meta property='og:site_name' content='|'><meta name='application-name' content='النهر'>", "")
                        .siteName())
                .isEqualTo("النهر");
    }

    @Test
    void canonicalLinkThenOgUrlMadeAbsolute() {
        assertThat(read("<link rel='canonical' href='/news/5-قصة'>", "").canonicalUrl())
                .isEqualTo("https://www.alnahr.com/news/5-قصة");
        assertThat(read("<meta property='og:url' content='https://www.alnahr.com/n/5'>", "").canonicalUrl())
                .isEqualTo("https://www.alnahr.com/n/5");
    }

    @Test
    void typePrefersAnArticleDeclaration() {
        assertThat(read("<meta property='og:type' content='website'>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\"}</script>", "").type())
                .isEqualTo("newsarticle");
        assertThat(read("<meta property='og:type' content='Website'>", "").type()).isEqualTo("website");
        assertThat(read("<meta property='og:type' content='text/html'>", "").type()).isNull();
        assertThat(read("<script type='application/ld+json'>{\"@type\":\"VideoObject\"}</script>", "").type())
                .isEqualTo("videoobject");
    }

    @Test
    void authorsFromJsonLdBeforeMetaBeforeMarkup() {
        PageMetadata m = read("<meta name='author' content='صحيفة النهر'>"
                        + "<meta property='og:site_name' content='صحيفة النهر'>",
                "<article><h1>ارتفاع منسوب النهر</h1><span class='writeBy'>كتب ماهر عزيز</span></article>");
        assertThat(m.authors()).containsExactly("ماهر عزيز");
        PageMetadata json = read("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":"
                + "{\"@type\":\"Person\",\"name\":\"جميلة حداد وفراس نعيم\"}}</script>"
                + "<meta name='author' content='زياد عمر'>", "");
        assertThat(json.authors()).containsExactly("جميلة حداد", "فراس نعيم");
        assertThat(read("<meta property='article:author' content='https://facebook.com/nahr'>"
                + "<meta name='author' content='زياد عمر'>", "").authors()).containsExactly("زياد عمر");
    }

    @Test
    void bylineMarkupAwayFromTheArticleIsIgnored() {
        PageMetadata m = read("", "<aside><ul><li><span class='post-author'>كاتب عمود</span></li></ul></aside>"
                + "<main><div><h1>جولة في الأسواق القديمة</h1><p>نص</p></div></main>");
        assertThat(m.authors()).isEmpty();
        PageMetadata rel = read("", "<article><h1>جولة في الأسواق القديمة</h1>"
                + "<a rel='author' href='/author/n'>نوال بكر</a></article>");
        assertThat(rel.authors()).containsExactly("نوال بكر");
    }

    @Test
    void separatorOnlyValuesDoNotDefeatTheReader() {
        // The site name comes only from the full reader: its safety fallback would return null.
        PageMetadata m = read("<meta property='og:site_name' content='صحيفة النهر'><meta name='author' content=' | '>",
                "<html lang=','><meta name='twitter:site' content='|'><article><h1>&nbsp;</h1>"
                        + "<span class='byline'> | </span></article>");
        assertThat(m.siteName()).isEqualTo("صحيفة النهر");
        assertThat(m.authors()).isEmpty();
        assertThat(m.language()).isNull();
    }

    @Test
    void emptyAndHostileDocumentsDoNotThrow() {
        assertThat(HtmlMetadata.read(new Document("")).title()).isNull();
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 10_000; i++) deep.append("<div>");
        // Without a <title>, only the full reader (not its fallback) can find this headline.
        PageMetadata m = HtmlMetadata.read(Jsoup.parse(deep + "<article><h1>عنوان في صفحة عميقة</h1><figure><img>"
                + "<figcaption>صورة (رويترز)</figcaption></figure>"
                + "<span class='byline'>بقلم سعاد نجم</span></article>"));
        assertThat(m.title()).isEqualTo("عنوان في صفحة عميقة");
        assertThat(m.authors()).containsExactly("سعاد نجم");
        assertThat(m.image()).isNotNull();
    }
}
