package org.marsad.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicText;
import org.marsad.text.Token;

/** The cue lexicon and the role matcher, one real word per rule. */
class QuoteLexiconTest {
    private static final QuoteLexicon LEX = QuoteLexicon.INSTANCE;

    private static Token token(String word) {
        return ArabicText.analyze(word).tokens().get(0);
    }

    @Test
    void cuesInEveryPersonAndWithTheirConjunction() {
        assertThat(LEX.cue(token("قالت")).agreement()).isEqualTo(Agreement.FEMININE);
        assertThat(LEX.cue(token("وأضاف")).agreement()).isEqualTo(Agreement.MASCULINE);
        assertThat(LEX.cue(token("فأكدوا")).agreement()).isEqualTo(Agreement.PLURAL);
        assertThat(LEX.cue(token("يقولون")).kind()).isEqualTo(CueKind.VERB);
        assertThat(LEX.cue(token("تؤكد")).agreement()).isEqualTo(Agreement.FEMININE);
        assertThat(LEX.cue(token("وأشار")).preposition()).isEqualTo("الي");
    }

    @Test
    void participlesWithTanweenAndAttributions() {
        assertThat(LEX.cue(token("مشيراً")).kind()).isEqualTo(CueKind.PARTICIPLE);
        assertThat(LEX.cue(token("مؤكدةً")).agreement()).isEqualTo(Agreement.FEMININE);
        assertThat(LEX.cue(token("بحسب")).kind()).isEqualTo(CueKind.ATTRIBUTION);
        assertThat(LEX.cue(token("ووفقاً")).kind()).isEqualTo(CueKind.ATTRIBUTION);
    }

    @Test
    void ordinaryWordsAreNoCues() {
        assertThat(LEX.cue(token("المدرسة"))).isNull();
        assertThat(LEX.cue(token("قالب"))).isNull();
        assertThat(LEX.cue(token("بين")).ambiguous()).isTrue(); // also "between": needs و or a following أن
    }

    @Test
    void sectionsReadTheWordWithoutItsConjunction() {
        assertThat(LEX.is("role", token("والخبير"))).isTrue();
        assertThat(LEX.is("institution", token("وزارة"))).isTrue();
        assertThat(LEX.is("group", token("الخبراء"))).isTrue();
        assertThat(LEX.is("title", token("الدكتور"))).isTrue();
        assertThat(LEX.is("role", token("الحديقة"))).isFalse();
    }

    @Test
    void roleMatchForgivesOneLetterAndAShortenedRole() {
        List<String> role = List.of("استاذ", "هندسه", "مدنيه", "بجامعه", "الواحه");
        assertThat(RoleMatch.matches(List.of("استاذ", "هندسه", "مدنيه"), role)).isTrue();
        assertThat(RoleMatch.matches(List.of("استاذ", "هندسه", "مدني"), role)).isTrue(); // مدنيه / مدني
        assertThat(RoleMatch.matches(List.of("مدير", "هندسه"), role)).isFalse();
        assertThat(RoleMatch.key("والخبير")).isEqualTo("خبير");
        assertThat(RoleMatch.close("سياسيه", "سياسه")).isTrue();
        assertThat(RoleMatch.close("سياسيه", "رياضه")).isFalse();
    }
}
