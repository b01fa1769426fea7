package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence splitting on news Arabic written for the purpose. */
class SentenceSplitterTest {
    private static List<String> sentences(String text) {
        AnalyzedText a = ArabicText.analyze(text);
        TextContract.check(a);
        return a.sentences().stream().map(a::surface).toList();
    }

    @Test
    void terminatorsEndSentences() {
        assertThat(sentences("وصل الوفد. هل بدأ الاجتماع؟ نعم! وانتهى بسرعة? ثم… غادر الجميع."))
                .containsExactly("وصل الوفد.", "هل بدأ الاجتماع؟", "نعم!", "وانتهى بسرعة?", "ثم…",
                        "غادر الجميع.");
    }

    @Test
    void semicolonEndsAClauseButNotANumberList() {
        assertThat(sentences("ارتفعت الأسعار؛ لذلك غضب الناس.")).containsExactly("ارتفعت الأسعار؛", "لذلك غضب الناس.");
        assertThat(sentences("الفائزون 3؛ 4 و5.")).containsExactly("الفائزون 3؛ 4 و5.");
    }

    @Test
    void aLineBreakEndsAHeadlineWithoutPunctuation() {
        assertThat(sentences("عاجل: زلزال في المنطقة\nضرب زلزال المنطقة فجر اليوم.\n\nالتفاصيل لاحقا"))
                .containsExactly("عاجل: زلزال في المنطقة", "ضرب زلزال المنطقة فجر اليوم.", "التفاصيل لاحقا");
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertThat(sentences("قال الوزير \"انتهى الأمر.\" ثم غادر.")).containsExactly("قال الوزير \"انتهى الأمر.\"",
                "ثم غادر.");
        assertThat(sentences("وأكد: «لن نتراجع!» وغادر القاعة. ثم عاد")).containsExactly(
                "وأكد: «لن نتراجع!» وغادر القاعة.", "ثم عاد");
    }

    @Test
    void aQuotationClosedInItsParagraphStaysWhole() {
        assertThat(sentences("وقال: «لن نتراجع. سنواصل العمل». وأضاف أن الوفد وصل."))
                .containsExactly("وقال: «لن نتراجع. سنواصل العمل».", "وأضاف أن الوفد وصل.");
        assertThat(sentences("وقال: «لن نتراجع. سنواصل\nالعمل».")).hasSize(3); // unclosed in its paragraph
    }

    @Test
    void abbreviationsDecimalsDatesAndTimesDoNotSplit() {
        assertThat(sentences("التقى د. سامي بـ أ.د. ليلى في ص.ب. 12 عند الساعة 14:30 يوم 20.6.2025 والنمو 3.5 بالمئة."))
                .hasSize(1);
        assertThat(sentences("بلغ النمو ٣٫٥ بالمئة. وهذا جيد.")).containsExactly("بلغ النمو ٣٫٥ بالمئة.", "وهذا جيد.");
    }

    @Test
    void sentencesAreSpansIntoTheText() {
        String text = "  أولا.   ثانيا؟\n";
        AnalyzedText a = ArabicText.analyze(text);
        assertThat(a.sentences()).hasSize(2);
        assertThat(text.substring(a.sentences().get(1).start(), a.sentences().get(1).end())).isEqualTo("ثانيا؟");
        assertThat(a.tokens(a.sentences().get(0))).hasSize(2);
    }
}
