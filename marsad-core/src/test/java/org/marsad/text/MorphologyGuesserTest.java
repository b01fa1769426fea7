package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.text.Morphology.Gender;
import org.marsad.text.Morphology.GrammaticalNumber;
import org.marsad.text.Morphology.VerbHint;

/** The cheap hints, one rule at a time, on words written for the purpose. */
class MorphologyGuesserTest {
    private static Morphology hints(String word) {
        return ArabicText.analyze(word).tokens().get(0).morphology();
    }

    @Test
    void theArticleMakesAWordDefinite() {
        assertThat(hints("الرئيس").definite()).isTrue();
        assertThat(hints("للرئيس").definite()).isTrue();
        assertThat(hints("رئيس").definite()).isFalse();
    }

    @Test
    void taMarbutaIsFeminineSingular() {
        assertThat(hints("مدرسة")).isEqualTo(new Morphology(false, Gender.FEMININE, GrammaticalNumber.SINGULAR,
                VerbHint.NONE));
    }

    @Test
    void atIsFemininePlural() {
        assertThat(hints("السيارات")).isEqualTo(new Morphology(true, Gender.FEMININE, GrammaticalNumber.PLURAL,
                VerbHint.NONE));
    }

    @Test
    void unAndInAreMasculinePlural() {
        assertThat(hints("المهندسون").number()).isEqualTo(GrammaticalNumber.PLURAL);
        assertThat(hints("المهندسين").gender()).isEqualTo(Gender.MASCULINE);
    }

    @Test
    void anIsDual() {
        assertThat(hints("الطرفان").number()).isEqualTo(GrammaticalNumber.DUAL);
    }

    @Test
    void pastFeminineTaTellsQalatFromQala() {
        assertThat(hints("قالت").verb()).isEqualTo(VerbHint.PAST_FEMININE);
        assertThat(hints("قالت").gender()).isEqualTo(Gender.FEMININE);
        assertThat(hints("أعلنت").verb()).isEqualTo(VerbHint.PAST_FEMININE);
        assertThat(hints("قال").verb()).isEqualTo(VerbHint.NONE);
        assertThat(hints("بيت").verb()).isEqualTo(VerbHint.NONE);
        assertThat(hints("الشركات").verb()).isEqualTo(VerbHint.NONE);
    }

    @Test
    void imperfectPrefixesWithLengthGuards() {
        assertThat(hints("يقول")).isEqualTo(new Morphology(false, Gender.MASCULINE, GrammaticalNumber.UNKNOWN,
                VerbHint.IMPERFECT));
        assertThat(hints("تعلن").gender()).isEqualTo(Gender.FEMININE);
        assertThat(hints("سيزور").verb()).isEqualTo(VerbHint.IMPERFECT);
        assertThat(hints("نعم").verb()).isEqualTo(VerbHint.NONE);
        assertThat(hints("أضاف").verb()).isEqualTo(VerbHint.NONE);
        assertThat(hints("تجربة").verb()).isEqualTo(VerbHint.NONE);
    }

    @Test
    void nonWordsHaveNoHints() {
        assertThat(hints("2025")).isSameAs(Morphology.NONE);
    }

    @Test
    void lightStemDropsOneSuffix() {
        assertThat(MorphologyGuesser.lightStem("مدرسه")).isEqualTo("مدرس");
        assertThat(MorphologyGuesser.lightStem("معلمون")).isEqualTo("معلم");
        assertThat(MorphologyGuesser.lightStem("هو")).isEqualTo("هو");
        assertThat(ArabicText.analyze("وبالسيارات").tokens().get(0).stem()).isEqualTo("سيار");
    }
}
