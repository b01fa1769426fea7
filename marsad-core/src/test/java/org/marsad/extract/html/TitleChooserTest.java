package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TitleChooserTest {
    private static String title(String head, String body) {
        return HtmlMetadata.read(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>",
                        "https://www.akhbar-alwadi.com/news/1"))
                .title();
    }

    @Test
    void ogTitleIsPreferredAndItsSiteSuffixCut() {
        String t = title("<title>ارتفاع أسعار القمح في الأسواق - أخبار الوادي</title>"
                        + "<meta property='og:site_name' content='أخبار الوادي'>"
                        + "<meta property='og:title' content='ارتفاع أسعار القمح في الأسواق - أخبار الوادي'>",
                "<h1>ارتفاع أسعار القمح في الأسواق</h1>");
        assertThat(t).isEqualTo("ارتفاع أسعار القمح في الأسواق");
    }

    @Test
    void siteNameWithDomainEndingIsCutFromTitle() {
        String t = title("<title>افتتاح معرض الكتاب في المدينة - WadiNews.com</title>"
                + "<meta property='og:site_name' content='WadiNews'>", "");
        assertThat(t).isEqualTo("افتتاح معرض الكتاب في المدينة");
    }

    @Test
    void siteNamePrefixIsCut() {
        String t = title("<title>أخبار الوادي | هطول أمطار غزيرة على الساحل</title>"
                + "<meta name='application-name' content='أخبار الوادي'>", "");
        assertThat(t).isEqualTo("هطول أمطار غزيرة على الساحل");
    }

    @Test
    void colonInsideHeadlineIsKept() {
        String t = title("<title>وزير الزراعة: لا نقص في الخبز هذا العام - أخبار الوادي</title>"
                        + "<meta property='og:site_name' content='أخبار الوادي'>",
                "<h1>وزير الزراعة: لا نقص في الخبز هذا العام</h1>");
        assertThat(t).isEqualTo("وزير الزراعة: لا نقص في الخبز هذا العام");
    }

    @Test
    void quotedSiteNameInsideHeadlineIsKept() {
        String t = title("<title>الروائي سامي نور لـ«الوادي»: كتبت روايتي في السجن - الوادي</title>"
                + "<meta property='og:site_name' content='الوادي'>", "");
        assertThat(t).isEqualTo("الروائي سامي نور لـ«الوادي»: كتبت روايتي في السجن");
    }

    @Test
    void unknownPrefixIsCutWhenTheVisibleHeadlineConfirmsTheRest() {
        String t = title("<title>سقوط أمطار :30 ملم في يوم واحد - موقع الغد</title>"
                        + "<meta property='og:title' content='موقع الغد - سقوط أمطار :30 ملم في يوم واحد'>",
                "<h1>سقوط أمطار :30 ملم في يوم واحد</h1>");
        assertThat(t).isEqualTo("سقوط أمطار :30 ملم في يوم واحد");
    }

    @Test
    void sectionPiecesNextToTheSiteNameAreCut() {
        String t = title("<title>تدشين جسر جديد فوق النهر - محليات - أخبار الوادي</title>"
                + "<meta property='og:site_name' content='أخبار الوادي'>"
                + "<meta property='article:section' content='محليات'>", "");
        assertThat(t).isEqualTo("تدشين جسر جديد فوق النهر");
    }

    @Test
    void hostNameIsASiteName() {
        String t = title("<title>انطلاق موسم قطف الزيتون | Akhbar-Alwadi</title>", "");
        assertThat(t).isEqualTo("انطلاق موسم قطف الزيتون");
    }

    @Test
    void aloneTitleLosesAShortUnknownSuffixAfterADash() {
        assertThat(TitleChooser.stripUnknownSuffix("انطلاق موسم قطف الزيتون في القرى الجبلية - جريدة النهار"))
                .isEqualTo("انطلاق موسم قطف الزيتون في القرى الجبلية");
        assertThat(TitleChooser.stripUnknownSuffix("الحكومة: الميزانية الجديدة جاهزة"))
                .isEqualTo("الحكومة: الميزانية الجديدة جاهزة");
    }

    @Test
    void jsonLdHeadlineIsUsedWithEntitiesDecodedAndSpacesNormalised() {
        String t = title("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"headline\":\"&quot;قمة&quot;   المياه  تبدأ اليوم\"}</script>", "");
        assertThat(t).isEqualTo("\"قمة\" المياه تبدأ اليوم");
    }

    @Test
    void ogTitleThatIsOnlyTheSiteNameIsPassedOver() {
        String t = title("<title>افتتاح مستشفى الأطفال الجديد - أخبار الوادي</title>"
                        + "<meta property='og:site_name' content='أخبار الوادي'>"
                        + "<meta property='og:title' content='أخبار الوادي'>",
                "<h1>افتتاح مستشفى الأطفال الجديد</h1>");
        assertThat(t).isEqualTo("افتتاح مستشفى الأطفال الجديد");
    }

    @Test
    void confirmedCandidateBeatsAStaleOgTitle() {
        String t = title("<title>عودة القطارات إلى العمل بعد الإضراب - أخبار الوادي</title>"
                        + "<meta property='og:site_name' content='أخبار الوادي'>"
                        + "<meta property='og:title' content='الصفحة الرئيسية للموقع'>",
                "<h1>عودة القطارات إلى العمل بعد الإضراب</h1>");
        assertThat(t).isEqualTo("عودة القطارات إلى العمل بعد الإضراب");
    }

    @Test
    void unconfirmedShortLogoHeadlineLosesToTheTitleTag() {
        String t = title("<title>تكريم الفائزين بجائزة الرواية العربية - Wadi</title>",
                "<h1><img alt='logo'></h1><h1>قناة الوادي</h1>");
        assertThat(t).isEqualTo("تكريم الفائزين بجائزة الرواية العربية");
    }

    @Test
    void headlineMisplacedInApplicationNameIsNotTakenForTheSiteName() {
        String t = title("<title>الطقس غدا: أمطار خفيفة على المرتفعات الشمالية والساحل</title>"
                + "<meta name='application-name' content='الطقس غدا: أمطار خفيفة على المرتفعات الشمالية والساحل'>", "");
        assertThat(t).isEqualTo("الطقس غدا: أمطار خفيفة على المرتفعات الشمالية والساحل");
    }

    @Test
    void pageWithoutAnyTitleGivesNull() {
        assertThat(title("", "<p>نص بلا عنوان</p>")).isNull();
    }
}
