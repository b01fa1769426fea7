package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class SectionFinderTest {
    private static String section(String head, String body) {
        return HtmlMetadata.read(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>"))
                .section();
    }

    @Test
    void articleSectionMetaComesFirst() {
        assertThat(section("<meta property='article:section' content='اقتصاد'>"
                        + "<script type='application/ld+json'>"
                        + "{\"@type\":\"NewsArticle\",\"articleSection\":\"رياضة\"}</script>",
                "")).isEqualTo("اقتصاد");
    }

    @Test
    void firstJsonLdArticleSection() {
        assertThat(section("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"articleSection\":[\"ثقافة\",\"كتب\"]}</script>", "")).isEqualTo("ثقافة");
    }

    @Test
    void placeholderSectionsAreSkipped() {
        assertThat(section("<meta property='article:section' content='featured'>"
                + "<meta name='category' content='صحة'>", "")).isEqualTo("صحة");
    }

    @Test
    void lastCrumbBeforeTheArticle() {
        assertThat(SectionFinder.fromCrumbs(List.of("الرئيسية", "أخبار", "سياسة", "البرلمان يقر الموازنة"),
                        "البرلمان يقر الموازنة"))
                .isEqualTo("سياسة");
        assertThat(SectionFinder.fromCrumbs(List.of("الرئيسية"), "عنوان")).isNull();
    }

    @Test
    void breadcrumbMarkup() {
        assertThat(section("<title>مباراة القمة تنتهي بالتعادل</title>",
                        "<ul class='breadcrumb'><li><a href='/'>الرئيسية</a></li><li><a href='/sport'>رياضة</a></li>"
                                + "<li>مباراة القمة تنتهي بالتعادل</li></ul><h1>مباراة القمة تنتهي بالتعادل</h1>"))
                .isEqualTo("رياضة");
    }

    @Test
    void categoryLinkNextToTheHeadline() {
        assertThat(section("", "<div><div class='head'><a href='/news/category/7/منوعات'>منوعات</a>"
                        + "<h1>قطة تعود إلى بيتها بعد عام</h1></div></div>"))
                .isEqualTo("منوعات");
    }

    @Test
    void pathValueGivesItsLastPart() {
        assertThat(section("<meta property='article:section' content='سياسة &gt; انتخابات'>", ""))
                .isEqualTo("انتخابات");
    }
}
