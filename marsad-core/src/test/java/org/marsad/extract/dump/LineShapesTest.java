package org.marsad.extract.dump;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineShapesTest {
    /** Harakat, tanween, hamza on alef and punctuation fold away for keyword matching. */
    @Test
    void foldMatchesSpellingVariants() {
        assertThat(LineShapes.fold("اقرأ أيضاً:")).isEqualTo("اقرا ايضا");
        assertThat(LineShapes.fold("مستشفى")).isEqualTo("مستشفي");
        assertThat(LineShapes.fold("  LOGO ")).isEqualTo("logo");
    }

    @Test
    void wordsIgnoreBareSymbols() {
        assertThat(LineShapes.words("وزير النقل - يفتتح | الجسر")).isEqualTo(4);
        assertThat(LineShapes.words("")).isZero();
    }

    @Test
    void chromeAndFooter() {
        assertThat(LineShapes.isChrome("logo")).isTrue();
        assertThat(LineShapes.isChrome("شارك")).isTrue();
        assertThat(LineShapes.isChrome("شارك الوزير في المؤتمر")).isFalse();
        assertThat(LineShapes.isFooter("تابعونا على")).isTrue();
        assertThat(LineShapes.isClosing("جميع الحقوق محفوظة © 2025 شركة المدى")).isTrue();
        assertThat(LineShapes.isFooter("سياسة الخصوصية")).isTrue();
        assertThat(LineShapes.isClosing("سياسة الخصوصية")).isFalse();
    }

    /** Subheadings are short and end bare; trailing no-break spaces are already cleaned away. */
    @Test
    void headingShape() {
        assertThat(LineShapes.isHeadingShaped("تراجع أسعار النفط")).isTrue();
        assertThat(LineShapes.isHeadingShaped("تراجعت أسعار النفط.")).isFalse();
        assertThat(LineShapes.isHeadingShaped("ماذا بعد؟")).isFalse();
        assertThat(LineShapes.isHeadingShaped("قال الوزير:")).isFalse();
    }

    /** A headline ending with ؟ is not a sure paragraph; a long statement is. */
    @Test
    void strongParagraph() {
        assertThat(LineShapes.isStrongParagraph(
                "هل تنجح الوساطة الإقليمية في إنهاء الخلاف الحدودي بين البلدين الجارين قبل نهاية العام؟")).isFalse();
        assertThat(LineShapes.isStrongParagraph("أعلنت وزارة الصحة اليوم عن افتتاح ثلاثة مراكز طبية جديدة في المناطق "
                + "الريفية، ضمن خطة لتوسيع الخدمات الصحية.")).isTrue();
    }

    @Test
    void sectionShape() {
        assertThat(LineShapes.isSectionShaped("العالم")).isTrue();
        assertThat(LineShapes.isSectionShaped("الشرق الأوسط")).isTrue();
        assertThat(LineShapes.isSectionShaped("كأس 2026")).isFalse();
        assertThat(LineShapes.isSectionShaped("وزير النقل يفتتح الجسر")).isFalse();
    }

    @Test
    void closingQuoteDoesNotHideFullStop() {
        assertThat(LineShapes.endsStatement("وقال: \"سنواصل العمل.\"")).isTrue();
        assertThat(LineShapes.lastMark("«نعم»")).isEqualTo('م');
    }

    /** Date lines in either digit set have several digit tokens. */
    @Test
    void digitTokensInBothDigitSets() {
        assertThat(LineShapes.digitTokens("20 يونيو 2025، 5:00 م")).isEqualTo(3);
        assertThat(LineShapes.digitTokens("٢٠ حزيران ٢٠٢٥، ٩:٣٠ صباحاً")).isEqualTo(3);
    }
}
