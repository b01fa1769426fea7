package org.marsad.extract.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.model.Image;

/** One real Arabic caption per credit form. */
class PhotoCreditsTest {
    private static Image split(String line) {
        Optional<Image> image = PhotoCredits.split(line);
        assertThat(image).as(line).isPresent();
        return image.get();
    }

    @Test
    void cutCaptionGluedToSourceLabel() {
        Image i = split("رئيس الوزراء يصافح السفير الياباني في مقر الحكو...المصدر: رويترز");
        assertThat(i.caption()).isEqualTo("رئيس الوزراء يصافح السفير الياباني في مقر الحكو");
        assertThat(i.credit()).isEqualTo("رويترز");
    }

    @Test
    void unicodeEllipsisAndDottedAgency() {
        Image i = split("حريق في غابة قرب الحدود…المصدر: أ.ف.ب");
        assertThat(i.caption()).isEqualTo("حريق في غابة قرب الحدود");
        assertThat(i.credit()).isEqualTo("أ.ف.ب");
    }

    @Test
    void agencyInBrackets() {
        Image i = split("متظاهرون أمام مبنى البرلمان (رويترز)");
        assertThat(i.caption()).isEqualTo("متظاهرون أمام مبنى البرلمان");
        assertThat(i.credit()).isEqualTo("رويترز");
    }

    @Test
    void photographerLabel() {
        Image i = split("سفن الصيد في الميناء عند الفجر - تصوير: سامر خليل");
        assertThat(i.caption()).isEqualTo("سفن الصيد في الميناء عند الفجر");
        assertThat(i.credit()).isEqualTo("سامر خليل");
    }

    @Test
    void imageSourceLabelAlone() {
        Image i = split("مصدر الصورة: Getty Images");
        assertThat(i.caption()).isNull();
        assertThat(i.credit()).isEqualTo("Getty Images");
    }

    /** After a picture label the credit may follow an Arabic comma instead of a colon. */
    @Test
    void imageSourceLabelWithArabicComma() {
        Image i = split("مصدر الصورة، EPA-EFE");
        assertThat(i.caption()).isNull();
        assertThat(i.credit()).isEqualTo("EPA-EFE");
        assertThat(PhotoCredits.split("وقال المصدر، وهو مسؤول رفيع")).isEmpty();
    }

    @Test
    void agencyAfterSeparatorAndGluedAgency() {
        assertThat(split("صورة أرشيفية لمحطة القطارات - أ ف ب").credit()).isEqualTo("أ ف ب");
        Image glued = split("لاعبو المنتخب يحتفلون بالهدف الثاني Getty");
        assertThat(glued.caption()).isEqualTo("لاعبو المنتخب يحتفلون بالهدف الثاني");
        assertThat(glued.credit()).isEqualTo("Getty");
        assertThat(split("جسر المدينة القديم © Getty").credit()).isEqualTo("Getty");
    }

    @Test
    void creditAlone() {
        Image i = split("رويترز");
        assertThat(i.caption()).isNull();
        assertThat(i.credit()).isEqualTo("رويترز");
    }

    /** A source quoted in a sentence is no credit: the label follows a verb, and what follows is a clause. */
    @Test
    void sourceInSentenceIsNoCredit() {
        assertThat(PhotoCredits.split("وقال المصدر: إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة.")).isEmpty();
        assertThat(PhotoCredits.split("وأوضح المصدر: لا تعليق")).isEmpty();
        assertThat(PhotoCredits.split("المصدر: إن الحكومة ستعلن قرارها")).isEmpty();
    }

    @Test
    void plainLinesHaveNoCredit() {
        assertThat(PhotoCredits.split("تصاعد التوتر على الحدود الشمالية")).isEmpty();
        assertThat(PhotoCredits.split("مسؤول أمريكي يتحدث إلى الصحفيين (صورة)")).isEmpty();
        assertThat(PhotoCredits.split("")).isEmpty();
    }
}
