package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicText;

/** The word-level rules: clitic readings, verb spreading, and the actor lexicon's states and kinds. */
class LexiconRulesTest {
    /** Readings peel و/ف, then س or ب/ل/ك, then ال, then a pronoun, fewest letters first. */
    @Test
    void readingsPeelCliticsFewestFirst() {
        List<WordForms.Reading> r = WordForms.readings("وبالهجوم");
        assertThat(r.get(0).form()).isEqualTo("وبالهجوم");
        assertThat(r).anySatisfy(x -> {
            assertThat(x.form()).isEqualTo("هجوم");
            assertThat(x.article()).isTrue();
            assertThat(x.preposition()).isTrue();
        });
        assertThat(WordForms.readings("وسيزور")).anySatisfy(x -> {
            assertThat(x.form()).isEqualTo("يزور");
            assertThat(x.future()).isTrue();
        });
        assertThat(WordForms.readings("للمتظاهرين")).extracting(WordForms.Reading::form).contains("متظاهرين");
        assertThat(WordForms.readings("سلام")).noneMatch(WordForms.Reading::future); // س only before ي ت ن ا
    }

    /** A perfect/imperfect pair spreads to the persons news uses. */
    @Test
    void verbSpreading() {
        assertThat(Inflections.verb("اعتقل/يعتقل")).contains("اعتقل", "اعتقلت", "اعتقلوا", "يعتقل", "تعتقل",
                "يعتقلون", "نعتقل");
        assertThat(Inflections.verb("التقى")).containsExactly("التقي");
        assertThat(Inflections.noun("هجوم")).containsExactly("هجوم", "هجوما");
        assertThat(Inflections.noun("غارة")).containsExactly("غاره");
    }

    /** State names from the JDK's Arabic locale data, demonyms spread, capitals as governments, kinds. */
    @Test
    void actorLexicon() {
        assertThat(describe("حكومة نيبال")).containsExactly("-/government", "NPL/-");
        assertThat(describe("الجنود الأوكرانيون")).containsExactly("-/military", "UKR/-");
        assertThat(describe("الشرطة الكويتية")).containsExactly("-/police", "KWT/-");
        assertThat(describe("وأعلنت طهران")).containsExactly("IRN/government");
        assertThat(describe("الزعيم الكوري الشمالي")).containsExactly("-/government", "PRK/-");
        assertThat(describe("مسؤول كوري")).containsExactly("-/government"); // كوري alone names no state
        assertThat(describe("قوات الأمن")).containsExactly("-/police"); // the longest name wins
    }

    private static List<String> describe(String phrase) {
        AnalyzedText t = ArabicText.analyze(phrase);
        List<Word> words = Word.withKeys(Word.of(t, t.sentences().get(0)));
        return ActorLexicon.standard().find(words, 0, words.size()).stream()
                .map(h -> (h.name().country() == null ? "-" : h.name().country()) + "/"
                        + (h.name().kind() == null ? "-" : h.name().kind()))
                .toList();
    }
}
