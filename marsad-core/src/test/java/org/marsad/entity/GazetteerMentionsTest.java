package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;

class GazetteerMentionsTest {
    private final GazetteerMentions source = new GazetteerMentions(Gazetteer.shipped());

    private List<Mention> find(String text) {
        List<Mention> found = source.mentions(Texts.analyze(text));
        for (Mention m : found) assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        return found;
    }

    @Test
    void spansLeaveProcliticsOut() {
        List<Mention> found = find("وصل الوفد إلى طهران وموسكو ثم توجه لكوريا الشمالية.");
        assertThat(found).extracting(Mention::text).containsExactly("طهران", "موسكو", "كوريا الشمالية");
        assertThat(found).extracting(Mention::type).containsOnly(EntityType.LOCATION);
    }

    @Test
    void theArticleAfterLamStaysInTheSpan() {
        assertThat(find("نقلت الرسالة للكرملين مساء أمس.")).extracting(Mention::text).containsExactly("لكرملين");
    }

    @Test
    void theLongestKnownNameWins() {
        assertThat(find("وقال مجلس الأمن القومي الروسي في بيان"))
                .extracting(Mention::text).containsExactly("مجلس الأمن القومي الروسي");
    }

    @Test
    void platformsAndAPaperAreBodiesAndTheMarketNamedAfterItIsAPlace() {
        List<Mention> found = find("نشرت عكاظ المقطع على يوتيوب وفيسبوك قبل افتتاح سوق عكاظ");
        assertThat(found).extracting(Mention::text).containsExactly("عكاظ", "يوتيوب", "فيسبوك", "سوق عكاظ");
        assertThat(found).extracting(Mention::type).containsExactly(EntityType.ORGANIZATION,
                EntityType.ORGANIZATION, EntityType.ORGANIZATION, EntityType.LOCATION);
    }

    @Test
    void namesDoNotRunOverPunctuation() {
        assertThat(find("زار تل، أبيب")).extracting(Mention::text).doesNotContain("تل، أبيب");
    }

    @Test
    void agenciesAndLeaders() {
        assertThat(find("ذكرت رويترز أن ماكرون سيزور بيونج يانج"))
                .extracting(Mention::text, Mention::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("رويترز", EntityType.ORGANIZATION),
                        org.assertj.core.groups.Tuple.tuple("ماكرون", EntityType.PERSON),
                        org.assertj.core.groups.Tuple.tuple("بيونج يانج", EntityType.LOCATION));
    }
}
