package org.marsad.entity.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.entity.Gazetteer;
import org.marsad.entity.GazetteerEntry.Kind;

/** What the written name lists tell the tagger about each token (sentences written for this test). */
class NameListMarksTest {
    private final NameListMarks marks = new NameListMarks(Gazetteer.shipped());

    @Test
    void cliticsAreStrippedButTheArticleIsKept() {
        assertThat(NameListMarks.bare(NerWords.of(List.of("وبالقاهرة"))[0])).isEqualTo("القاهره");
        assertThat(NameListMarks.bare(NerWords.of(List.of("للكرملين"))[0])).isEqualTo("الكرملين");
        assertThat(NameListMarks.bare(NerWords.of(List.of("الرئيس"))[0])).isEqualTo("الرييس"); // SEARCH folds ئ to ي
    }

    @Test
    void theLongestKnownNameIsMarkedFirstMiddleAndLast() {
        NameListMarks.Marks m = marks.of(NerWords.of(List.of("ودعت", "منظمة", "الأمم", "المتحدة", "إلى", "الهدوء")));
        int org = 4 * (Kind.ORGANIZATION.ordinal() + 1);
        assertThat(m.names()).containsExactly(0, org + NameListMarks.FIRST, org + NameListMarks.MIDDLE,
                org + NameListMarks.LAST, 0, 0);
    }

    @Test
    void aCapitalAfterAPrepositionIsOneWordName() {
        NameListMarks.Marks m = marks.of(NerWords.of(List.of("وصل", "الوفد", "إلى", "وواشنطن")));
        assertThat(m.names()[3]).isEqualTo(4 * (Kind.CAPITAL.ordinal() + 1) + NameListMarks.ALONE);
        assertThat(m.names()[1]).isZero();
    }

    @Test
    void titlesGivenNamesAndOrganizationHeadsAreCues() {
        NameListMarks.Marks m = marks.of(NerWords.of(List.of("وقال", "الرئيس", "محمد", "إن", "وزارة", "الزراعة")));
        assertThat(m.cues()).containsExactly(0, NameListMarks.TITLE, NameListMarks.GIVEN_NAME, 0,
                NameListMarks.ORG_HEAD, 0);
    }
}
