package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaptionCreditsTest {
    private static CaptionCredits.Split split(String s) {
        return CaptionCredits.split(s);
    }

    @Test
    void labelledSourceAtTheEnd() {
        assertThat(split("صيادون على شاطئ البحر عند الفجر. المصدر: رويترز"))
                .isEqualTo(new CaptionCredits.Split("صيادون على شاطئ البحر عند الفجر", "رويترز"));
    }

    @Test
    void imageSourceLabelAlone() {
        assertThat(split("مصدر الصورة، Getty Images")).isEqualTo(new CaptionCredits.Split(null, "Getty Images"));
    }

    @Test
    void parenthesisedAgency() {
        assertThat(split("متطوعون يوزعون الطعام في المخيم (أ ف ب)"))
                .isEqualTo(new CaptionCredits.Split("متطوعون يوزعون الطعام في المخيم", "أ ف ب"));
    }

    @Test
    void photographerLabel() {
        assertThat(split("سوق الخضار في الصباح - تصوير: مازن جابر"))
                .isEqualTo(new CaptionCredits.Split("سوق الخضار في الصباح", "مازن جابر"));
    }

    @Test
    void agencyAfterADash() {
        assertThat(split("جنود على الحدود - Reuters"))
                .isEqualTo(new CaptionCredits.Split("جنود على الحدود", "Reuters"));
        assertThat(split("أطفال في المدرسة - 5 مايو 2024"))
                .isEqualTo(new CaptionCredits.Split("أطفال في المدرسة - 5 مايو 2024", null));
    }

    @Test
    void screenReaderCaptionLabelIsDropped() {
        assertThat(split("التعليق على الصورة، حديقة عامة بعد المطر"))
                .isEqualTo(new CaptionCredits.Split("حديقة عامة بعد المطر", null));
    }

    @Test
    void recognisesAgenciesAlone() {
        assertThat(CaptionCredits.isAgency("EPA-EFE/REX/Shutterstock")).isTrue();
        assertThat(CaptionCredits.isAgency("AFP via Getty Images")).isTrue();
        assertThat(CaptionCredits.isAgency("رويترز")).isTrue();
        assertThat(CaptionCredits.isAgency("سامي يوسف")).isFalse();
    }
}
