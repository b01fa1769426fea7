package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdTest {
    private static JsonLd ld(String... scripts) {
        StringBuilder html = new StringBuilder("<html><head>");
        for (String s : scripts) html.append("<script type=\"application/ld+json\">").append(s).append("</script>");
        return JsonLd.of(Jsoup.parse(html.append("</head><body></body></html>").toString()));
    }

    @Test
    void toleratesTrailingCommasAndRawNewlinesInStrings() {
        JsonLd ld = ld("{\"@type\":\"NewsArticle\",\"headline\":\"افتتاح\nالسوق الشعبي\",}");
        assertThat(ld.headline()).isEqualTo("افتتاح السوق الشعبي");
        assertThat(ld.mainType()).isEqualTo("newsarticle");
    }

    @Test
    void skipsABrokenScriptAndKeepsTheOthers() {
        JsonLd ld = ld("{\"@type\": \"NewsArticle\", \"headline\": ",
                "{\"@type\":\"WebSite\",\"name\":\"صحيفة النهر\"}");
        assertThat(ld.siteNames()).containsExactly("صحيفة النهر");
        assertThat(ld.headline()).isNull();
    }

    @Test
    void readsGraphsArraysCdataAndReferences() {
        JsonLd ld = ld("<![CDATA[{\"@graph\":[{\"@type\":\"Organization\",\"@id\":\"#org\",\"name\":\"صحيفة النهر\"},"
                + "{\"@type\":[\"ReportageNewsArticle\"],\"headline\":\"جفاف البحيرة\","
                + "\"publisher\":{\"@id\":\"#org\"},"
                + "\"articleSection\":[\"بيئة\",\"محليات\"]}]}]]>");
        assertThat(ld.mainType()).isEqualTo("reportagenewsarticle");
        assertThat(ld.publisherName()).isEqualTo("صحيفة النهر");
        assertThat(ld.section()).isEqualTo("بيئة");
    }

    @Test
    void findsTheArticleNestedAsAWebPageMainEntity() {
        JsonLd ld = ld("[{\"@type\":\"WebPage\",\"mainEntity\":{\"@type\":\"BlogPosting\","
                + "\"headline\":\"رحلة إلى الواحة\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"ليلى حسن\"},\"كريم سالم\","
                + "{\"@type\":\"Organization\",\"name\":\"صحيفة النهر\"}]}}]");
        assertThat(ld.headline()).isEqualTo("رحلة إلى الواحة");
        assertThat(ld.authorNames()).containsExactly("ليلى حسن", "كريم سالم");
    }

    @Test
    void readsBreadcrumbsInPositionOrderAndImageCaption() {
        JsonLd ld = ld("{\"@type\":\"BreadcrumbList\",\"itemListElement\":["
                        + "{\"@type\":\"ListItem\",\"position\":2,\"name\":\"رياضة\"},"
                        + "{\"@type\":\"ListItem\",\"position\":1,\"item\":{\"@id\":\"/\",\"name\":\"الرئيسية\"}}]}",
                "{\"@type\":\"NewsArticle\",\"image\":{\"@type\":\"ImageObject\",\"caption\":\"لاعبون في الملعب\","
                        + "\"creditText\":\"رويترز\"},\"inLanguage\":\"ar-EG\"}");
        assertThat(ld.breadcrumbs()).containsExactly("الرئيسية", "رياضة");
        assertThat(ld.imageCaption()).isEqualTo("لاعبون في الملعب");
        assertThat(ld.imageCredit()).isEqualTo("رويترز");
        assertThat(ld.language()).isEqualTo("ar-EG");
    }

    @Test
    void deeplyNestedJsonDoesNotThrow() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        JsonLd ld = ld(deep, "{\"@type\":\"NewsArticle\",\"headline\":\"خبر قصير\"}");
        assertThat(ld.headline()).isEqualTo("خبر قصير");
    }
}
