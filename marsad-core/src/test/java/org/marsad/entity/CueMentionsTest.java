package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;

/** One sentence written for each cue of {@link CueMentions}. */
class CueMentionsTest {
    private final CueMentions source = new CueMentions(Gazetteer.shipped());

    private List<Mention> find(String text) {
        List<Mention> found = source.mentions(Texts.analyze(text));
        for (Mention m : found) assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        return found;
    }

    @Test
    void aPersonAfterATitleRun() {
        assertThat(find("استقبل الرئيس التونسي قيس بن علي الوفد")).extracting(Mention::text)
                .containsExactly("قيس بن علي");
        assertThat(find("وصل الأمير خالد بن سلطان إلى جدة")).extracting(Mention::text, Mention::type)
                .contains(Tuple.tuple("خالد بن سلطان", EntityType.PERSON));
    }

    @Test
    void aPersonAfterASpeechVerbEndsAtTheComma() {
        assertThat(find("وقال مازن حمدان، الباحث في الاقتصاد، إن الأسعار سترتفع")).extracting(Mention::text)
                .containsExactly("مازن حمدان");
    }

    @Test
    void aGivenNameAndANisbaMakeAName() {
        assertThat(find("سجل فهد الغامدي هدفين")).extracting(Mention::text).containsExactly("فهد الغامدي");
    }

    @Test
    void aNameStopsAtProcliticsFunctionWordsAndVerbs() {
        assertThat(find("غاب ماجد العتيبي لإصابته")).extracting(Mention::text).isEmpty(); // ماجد is also a noun
        assertThat(find("غاب ياسر العتيبي لإصابته")).extracting(Mention::text).containsExactly("ياسر العتيبي");
        assertThat(find("كان الملك فهد يقضي الصيف هناك")).extracting(Mention::text).containsExactly("فهد");
    }

    @Test
    void anOrganizationIsAHeadAndTheDefiniteWordsAfterIt() {
        assertThat(find("أعلنت وزارة التعليم العالي اليوم نتائج القبول")).extracting(Mention::text, Mention::type)
                .containsExactly(Tuple.tuple("وزارة التعليم العالي", EntityType.ORGANIZATION));
        assertThat(find("قدمت هيئة الطيران وتنظيم النقل تقريرها")).extracting(Mention::text)
                .containsExactly("هيئة الطيران وتنظيم النقل");
        assertThat(find("افتتح مركز الأمير سلطان للتدريب أبوابه")).extracting(Mention::text)
                .containsExactly("مركز الأمير سلطان للتدريب");
    }

    @Test
    void anOrganizationStopsBeforeAPrepositionalPhrase() {
        assertThat(find("أقر مجلس الشعب المصري لقانون جديد")).extracting(Mention::text)
                .containsExactly("مجلس الشعب المصري");
    }

    @Test
    void aBodyNamedAfterItsRegionTakesTheRegion() {
        assertThat(find("أعلنت شرطة منطقة نجران القبض على المتهم")).extracting(Mention::text, Mention::type)
                .contains(Tuple.tuple("شرطة منطقة نجران", EntityType.ORGANIZATION));
    }

    @Test
    void namedFacilitiesArePlaces() {
        assertThat(find("هبطت الطائرة في مطار القاهرة الدولي")).extracting(Mention::type)
                .containsExactly(EntityType.LOCATION);
    }
}
