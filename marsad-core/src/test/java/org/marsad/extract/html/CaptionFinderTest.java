package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.marsad.model.Image;

class CaptionFinderTest {
    private static Image image(String head, String body) {
        String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
        return HtmlMetadata.read(Jsoup.parse(html)).image();
    }

    @Test
    void firstFigureOfTheArticleWithCreditMarkupRemovedFromCaption() {
        Image img = image("", "<article><h1>حريق في غابة الأرز</h1><figure><img src='a.jpg'>"
                + "<figcaption>رجال الإطفاء يكافحون النيران <span class='photo-credit'>تصوير: نبيل شاهين</span>"
                + "</figcaption></figure><p>نص الخبر</p><figure><img src='b.jpg'><figcaption>صورة ثانية</figcaption>"
                + "</figure></article>");
        assertThat(img).isEqualTo(new Image("رجال الإطفاء يكافحون النيران", "نبيل شاهين"));
    }

    @Test
    void creditLineOutsideTheFigcaption() {
        Image img = image("", "<div><div><h1>مهرجان الزيتون في القرية</h1>"
                + "<figure><img src='a.jpg'><p>مصدر الصورة، وكالة الأناضول</p>"
                + "<figcaption>مزارعون يعرضون الزيت</figcaption></figure></div></div>");
        assertThat(img).isEqualTo(new Image("مزارعون يعرضون الزيت", "وكالة الأناضول"));
    }

    @Test
    void creditWrittenIntoTheCaptionText() {
        Image img = image("", "<article><h1>عودة الطيور المهاجرة</h1><figure><img src='a.jpg'>"
                + "<figcaption>طيور اللقلق فوق البحيرة (رويترز)</figcaption></figure></article>");
        assertThat(img).isEqualTo(new Image("طيور اللقلق فوق البحيرة", "رويترز"));
    }

    @Test
    void captionClassNextToTheLeadImageWithoutFigure() {
        Image img = image("", "<div class='story'><h1>افتتاح الطريق الصحراوي</h1><div class='img-box'>"
                + "<img src='a.jpg'><span class='img-cap'>سيارات على الطريق الجديد</span></div></div>");
        assertThat(img).isEqualTo(new Image("سيارات على الطريق الجديد", null));
    }

    @Test
    void relatedArticleTeasersAreNotTheLeadImage() {
        Image img = image("", "<article><h1>انتخابات البلدية</h1><a href='/other'><figure><img src='t.jpg'>"
                + "<figcaption>خبر آخر تماما</figcaption></figure></a></article>");
        assertThat(img).isNull();
    }

    @Test
    void jsonLdImageCaptionIsTheFallback() {
        Image img = image("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"سد جديد\","
                + "\"image\":{\"@type\":\"ImageObject\",\"caption\":\"بحيرة السد بعد الامتلاء\","
                + "\"creditText\":\"واس\"}}"
                + "</script>", "<h1>سد جديد</h1>");
        assertThat(img).isEqualTo(new Image("بحيرة السد بعد الامتلاء", "واس"));
    }

    @Test
    void pageWithoutCaptionOrCreditGivesNull() {
        assertThat(image("", "<article><h1>خبر بلا صور</h1><p>نص</p></article>")).isNull();
    }
}
