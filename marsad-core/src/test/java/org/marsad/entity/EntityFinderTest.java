package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.entity.Texts.all;
import static org.marsad.entity.Texts.at;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;

/** Grouping, given hand-made mentions (as a tagger would give them) over sentences written for these tests. */
class EntityFinderTest {
    private static final EntityType P = EntityType.PERSON;

    private static List<Entity> group(String text, List<Mention> mentions) {
        List<Entity> found = new EntityFinder(t -> mentions).entities(Texts.analyze(text));
        for (Entity e : found) {
            for (Mention m : e.mentions()) assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        return found;
    }

    private static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError(name + " not among " + entities.stream().map(Entity::name).toList()));
    }

    @Test
    void transliterationVariantsAndTheSurnameAreOneEntity() {
        String s = "التقى سيرجي شويغو نظيره. وقال سيرغي شويغو إن اللقاء مثمر. وأضاف شويغو أن التعاون مستمر.";
        List<Entity> found = group(s, List.of(at(s, "سيرجي شويغو", 0, P), at(s, "سيرغي شويغو", 0, P),
                at(s, "شويغو", 2, P)));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).aliases()).containsExactlyInAnyOrder("سيرغي شويغو", "شويغو");
        assertThat(found.get(0).mentions()).hasSize(3);
    }

    @Test
    void theCanonicalNameIsTheFullestSpellingWithTheTitleAsRole() {
        String s = "قال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة. وأكد بوتين أن الحوار ممكن.";
        List<Entity> found = group(s, List.of(at(s, "الرئيس الروسي فلاديمير بوتين", 0, P), at(s, "بوتين", 1, P)));
        Entity putin = named(found, "فلاديمير بوتين");
        assertThat(putin.roles()).containsExactly("الرئيس الروسي");
        assertThat(putin.aliases()).containsExactly("بوتين");
        assertThat(putin.country()).isEqualTo("RUS"); // a head of state in the written list
    }

    @Test
    void aSurnameNeverLinksToADifferentPerson() {
        String s = "قال المحلل نزار بوش إن العقوبات فشلت. وأضاف بوش أن الحل سياسي.";
        List<Entity> found = group(s, List.of(at(s, "نزار بوش", 0, P), at(s, "بوش", 1, P)));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).name()).isEqualTo("نزار بوش");
        assertThat(found.get(0).country()).isNull();
    }

    @Test
    void aSurnameSharedByTwoPersonsStaysAlone() {
        String s = "حضر اللواء فهد الحربي والعقيد سعد الحربي. وقال الحربي إن الأمن مستتب.";
        List<Entity> found = group(s, List.of(at(s, "فهد الحربي", 0, P), at(s, "سعد الحربي", 0, P),
                at(s, "الحربي", 2, P)));
        assertThat(found).hasSize(3);
        assertThat(named(found, "الحربي").mentions()).hasSize(1);
    }

    @Test
    void theFinderAddsBareSurnamesOfTheSoleBearer() {
        String s = "قال مازن حمدان، الباحث في الاقتصاد، إن الأسعار سترتفع. وأكد حمدان أن الطلب قوي.";
        List<Entity> found = group(s, List.of(at(s, "مازن حمدان", 0, P)));
        assertThat(named(found, "مازن حمدان").aliases()).containsExactly("حمدان");
        assertThat(named(found, "مازن حمدان").roles()).containsExactly("الباحث");
    }

    @Test
    void gazetteerNamesTheTaggerMissedAreAdded() {
        String s = "وأكد سامي العمري أن موسكو أرسلت وفدا إلى بيونغ يانغ.";
        List<Entity> found = group(s, List.of(at(s, "سامي العمري", 0, P)));
        assertThat(found).extracting(Entity::name).containsExactly("سامي العمري", "موسكو", "بيونغ يانغ");
    }

    @Test
    void capitalsThatActStandForTheirStateWithItsCode() {
        String s = "وأعلنت موسكو دعمها، فيما عقد الاجتماع في بيونغ يانغ. وزار الوفد كوريا الشمالية.";
        List<Entity> found = group(s, List.of());
        assertThat(named(found, "موسكو")).extracting(Entity::country, Entity::metonym).containsExactly("RUS", true);
        assertThat(named(found, "بيونغ يانغ")).extracting(Entity::country, Entity::metonym)
                .containsExactly("PRK", false);
        assertThat(named(found, "كوريا الشمالية")).extracting(Entity::country, Entity::metonym)
                .containsExactly("PRK", false);
    }

    @Test
    void placesJoinTheirSpellingVariants() {
        String s = "لجأ آلاف من أفريقيا الوسطى إلى الكاميرون، وعاد بعضهم إلى إفريقيا الوسطي.";
        List<Entity> found = group(s, new ArrayList<>());
        assertThat(named(found, "أفريقيا الوسطى").mentions()).hasSize(2);
        assertThat(named(found, "أفريقيا الوسطى").country()).isEqualTo("CAF");
    }

    @Test
    void aShorterOrganizationNameJoinsTheFullOne() {
        String s = "نظمت رابطة الكتاب العرب المستقلين ندوة. وقالت رابطة الكتاب إن الحضور كبير.";
        List<Entity> found = group(s, List.of(at(s, "رابطة الكتاب العرب المستقلين", 0, EntityType.ORGANIZATION),
                at(s, "رابطة الكتاب", 1, EntityType.ORGANIZATION)));
        assertThat(found).hasSize(1);
    }

    @Test
    void idsAreStableAcrossArticlesAndDifferByType() {
        String a = "وصل فلاديمير بوتين إلى بكين.";
        String b = "قال بوتين في مؤتمر صحفي إن الاقتصاد ينمو.";
        String idA = named(group(a, List.of(at(a, "فلاديمير بوتين", 0, P))), "فلاديمير بوتين").id();
        String idB = named(group(b, List.of(at(b, "بوتين", 0, P))), "بوتين").id();
        assertThat(idA).isEqualTo(idB); // both the gazetteer's فلاديمير بوتين
        assertThat(EntityGrouper.id(EntityType.PERSON, "x")).isNotEqualTo(EntityGrouper.id(EntityType.LOCATION, "x"));
    }

    @Test
    void overlapsKeepTheLongerSpanAndBadSpansAreDropped() {
        String s = "أعلنت كوريا الشمالية ذلك";
        List<Mention> given = new ArrayList<>(all(s, "كوريا", EntityType.LOCATION));
        given.add(new Mention("ليس هنا", 0, 7, EntityType.PERSON)); // text differs from the body: dropped
        List<Entity> found = group(s, given);
        assertThat(found).extracting(Entity::name).containsExactly("كوريا الشمالية");
    }

    @Test
    void aShortBodyNameThatIsAPersonsNameJoinsThePerson() {
        String s = "رحب الملك منصور بن راشد بالضيوف. وكان منصور قد دعا إلى المؤتمر.";
        List<Entity> found = group(s, List.of(at(s, "منصور بن راشد", 0, P),
                at(s, "منصور", 1, EntityType.ORGANIZATION)));
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(P);
            assertThat(e.mentions()).hasSize(2);
        });
        List<Entity> place = group(s, List.of(at(s, "منصور بن راشد", 0, P), at(s, "منصور", 1, EntityType.LOCATION)));
        assertThat(place).as("a place keeps its type").hasSize(2);
    }

    @Test
    void aTaggersSpanOverAFunctionWordIsTrimmedAndJoinsTheFullName() {
        String s = "قال رامي الحداد إن السوق تتعافى. وعلّق الحداد على الأرقام.";
        List<Entity> found = group(s, List.of(at(s, "رامي الحداد", 0, P), at(s, "الحداد على", 0, P)));
        assertThat(found).singleElement().satisfies(e -> assertThat(e.mentions()).extracting(Mention::text)
                .containsExactly("رامي الحداد", "الحداد"));
    }
}
