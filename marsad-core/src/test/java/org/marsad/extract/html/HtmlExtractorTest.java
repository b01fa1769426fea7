package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.marsad.extract.InputRejected;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Rejection;

class HtmlExtractorTest {
    private static final ZonedDateTime NOW = ZonedDateTime.parse("2025-11-12T12:00:00+03:00");
    private final HtmlExtractor extractor = new HtmlExtractor();

    static String resource(String name) {
        try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/html/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Analysis extract(String html) {
        try {
            return extractor.extract(html, "https://example.org/a", NOW);
        } catch (InputRejected e) {
            return e.rejection();
        }
    }

    @Test
    void keepsTheParagraphsAndSubheadingsOfTheArticleInPageOrder() {
        Article a = (Article) extract(resource("article-with-chrome.html"));
        assertThat(a.paragraphs()).hasSize(5);
        assertThat(a.paragraphs().get(0)).startsWith("افتتحت بلدية مدينة الساحل");
        assertThat(a.paragraphs().get(4)).startsWith("وأضافت أن الأرصفة");
        assertThat(a.subheadings()).containsExactly("كلفة المشروع");
        assertThat(a.body().split("\n")[2]).isEqualTo("كلفة المشروع");
    }

    @Test
    void leavesTickerMenuShareBarRelatedNewsletterCommentsAndFooterOut() {
        String body = ((Article) extract(resource("article-with-chrome.html"))).body();
        assertThat(body)
                .doesNotContain("عاجل")
                .doesNotContain("الرئيسية")
                .doesNotContain("واتساب")
                .doesNotContain("إعلان")
                .doesNotContain("اقرأ أيضا")
                .doesNotContain("توسعة الشارع")
                .doesNotContain("نشرتنا البريدية")
                .doesNotContain("تعليق من قارئ")
                .doesNotContain("جميع الحقوق محفوظة")
                .doesNotContain("تابعونا")
                .doesNotContain("لا يظهر هذا النص");
    }

    @Test
    void neitherTheHeadlineNorTheCaptionIsPartOfTheBody() {
        String body = ((Article) extract(resource("article-with-chrome.html"))).body();
        assertThat(body).doesNotContain("افتتاح جسر جديد").doesNotContain("تصوير");
    }

    @Test
    void rejectsASectionFrontOfLinkedHeadlines() {
        Analysis r = extract(resource("section-front.html"));
        assertThat(r).isInstanceOf(Rejection.class);
        assertThat(((Rejection) r).reason()).isEqualTo(Rejection.Reason.NOT_ARTICLE);
    }

    @Test
    void rejectsAVideoPageWithoutProse() {
        Analysis r = extract(resource("video-page.html"));
        assertThat(r).isInstanceOf(Rejection.class);
        assertThat(((Rejection) r).reason()).isEqualTo(Rejection.Reason.NOT_ARTICLE);
    }

    @Test
    void survivesSixtyThousandNestedElements() {
        String para = "<p>هذه فقرة طويلة كتبت للاختبار، وهي تصف حديقة عامة جديدة افتتحت في وسط المدينة بعد سنوات من الانتظار"
                + " وتضم ممرات للمشي وملعبا صغيرا للأطفال ومكتبة مفتوحة للقراءة.</p>";
        String html = "<html><body>" + "<div>".repeat(60_000) + para + para + "</div>".repeat(60_000) + "</body></html>";
        Article a = (Article) extract(html);
        assertThat(a.paragraphs()).hasSize(2);
    }

    @Test
    void splitsParagraphsWrittenWithLineBreaks() {
        String html = "<html><body><div class='text'>السطر الأول من الخبر يروي ما حدث في السوق القديم صباح السبت الماضي بالتفصيل، حين تجمع الباعة مبكرا."
                + "<br><br>السطر الثاني يكمل الرواية ويذكر أن التجار أغلقوا محالهم مبكرا بسبب الأمطار الغزيرة التي هطلت على المدينة.</div></body></html>";
        Article a = (Article) extract(html);
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.paragraphs().get(1)).startsWith("السطر الثاني");
    }

    @Test
    void storiesListedAboveTheHeadlineAreNotBody() {
        StringBuilder html = new StringBuilder("<html><head><title>المطر يعود إلى السهول بعد جفاف طويل | صحيفة الساحل</title>"
                + "</head><body><div class='wrap'><ul>");
        for (int i = 0; i < 6; i++) {
            html.append("<li><a href='/s").append(i).append("'>خبر آخر رقم ").append(i).append(" عن السوق</a> قال تجار في السوق")
                    .append(" إن الأسعار ارتفعت هذا الأسبوع بسبب قلة المعروض من الخضار والفواكه في المدينة.</li>");
        }
        html.append("</ul><h2>المطر يعود إلى السهول بعد جفاف طويل</h2>")
                .append("<p>عاد المطر إلى السهول الشرقية بعد ثمانية أشهر من الجفاف، وقال مزارعون إن الموسم قد ينقذ ما تبقى من")
                .append(" محاصيل القمح التي زرعت في الخريف الماضي.</p>")
                .append("<p>وتوقعت دائرة الأرصاد استمرار الهطول حتى نهاية الأسبوع، مع انخفاض ملموس في درجات الحرارة ليلا")
                .append(" في المناطق المرتفعة.</p></div></body></html>");
        Article a = (Article) extract(html.toString());
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.body()).doesNotContain("خبر آخر").doesNotContain("تجار في السوق");
    }

    @Test
    void lineBreaksInTheSourceDoNotSplitAParagraph() {
        String html = "<html><body><p>كتب المراسل هذا الخبر في سطور\nقصيرة داخل الملف، لكن القارئ\r\nيراه فقرة واحدة متصلة لا"
                + " تنقطع، كما تعرضها المتصفحات دائما عند فتح الصفحة على أي شاشة كانت كبيرة أو صغيرة.</p><pre>سطر أول\nسطر ثان</pre></body></html>";
        Article a = (Article) extract(html);
        assertThat(a.paragraphs().get(0)).startsWith("كتب المراسل هذا الخبر في سطور قصيرة داخل الملف، لكن القارئ يراه");
    }

    @Test
    void dropsMarkupLeakedAsText() {
        assertThat(Boilerplate.isLeakedMarkup("<img src=\"x.gif\" style=\"display:none\">")).isTrue();
        assertThat(Boilerplate.isLeakedMarkup("قال إن السعر < 5 دنانير")).isFalse();
    }

    @Test
    void recognisesArabicCommentPoliciesAndDisclaimers() {
        assertThat(Boilerplate.isDisclaimer("نرحب بالتعليقات البناءة، ونرجو مراجعة إرشادات النشر قبل الكتابة.")).isTrue();
        assertThat(Boilerplate.isDisclaimer("الآراء الواردة في التعليقات لا تعبر عن رأي الصحيفة.")).isTrue();
        assertThat(Boilerplate.isDisclaimer("قال الوزير إن التعليقات على القرار كانت إيجابية.")).isFalse();
    }

    @Test
    void recognisesChromeLines() {
        assertThat(Boilerplate.isChromeLine("تابعونا على")).isTrue();
        assertThat(Boilerplate.isChromeLine("اقرأ أيضاً")).isTrue();
        assertThat(Boilerplate.isChromeLine("جميع الحقوق محفوظة © 2025 صحيفة الساحل")).isTrue();
        assertThat(Boilerplate.isChromeLine("تابع الوزير حديثه عن الميزانية")).isFalse();
    }
}
