package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.entity.GazetteerEntry.Kind;
import org.marsad.model.EntityType;

class GazetteerTest {
    private final Gazetteer g = Gazetteer.shipped();

    @Test
    void statesComeFromCldrWithTheirAlpha3Code() {
        assertThat(Gazetteer.arabicName("RU")).isEqualTo("روسيا");
        assertThat(Gazetteer.alpha3("KP")).isEqualTo("PRK");
        GazetteerEntry korea = g.lookup("كوريا الشمالية");
        assertThat(korea.kind()).isEqualTo(Kind.COUNTRY);
        assertThat(korea.country()).isEqualTo("PRK");
        assertThat(g.lookup("النمسا").country()).isEqualTo("AUT"); // only in CLDR, not in the written list
    }

    @Test
    void writtenSpellingsOfStatesJoinCldrs() {
        assertThat(g.lookup("أمريكا").country()).isEqualTo("USA");
        assertThat(g.lookup("أمريكا").name()).isEqualTo("الولايات المتحدة");
        assertThat(g.lookup("فلسطين").country()).isEqualTo("PSE");
    }

    @Test
    void capitalsAndSeatsStandForTheirState() {
        assertThat(g.lookup("موسكو")).extracting(GazetteerEntry::kind, GazetteerEntry::country)
                .containsExactly(Kind.CAPITAL, "RUS");
        assertThat(g.lookup("البيت الأبيض")).extracting(GazetteerEntry::kind, GazetteerEntry::country)
                .containsExactly(Kind.SEAT, "USA");
        assertThat(g.lookup("الكرملين").kind().canStandForState()).isTrue();
        assertThat(g.lookup("كورسك").kind().canStandForState()).isFalse();
    }

    @Test
    void leadersOrganizationsAndAgencies() {
        assertThat(g.lookup("بوتين")).extracting(GazetteerEntry::type, GazetteerEntry::name, GazetteerEntry::country)
                .containsExactly(EntityType.PERSON, "فلاديمير بوتين", "RUS");
        assertThat(g.lookup("الناتو").name()).isEqualTo("حلف شمال الأطلسي");
        assertThat(g.lookup("وكالة الأنباء السعودية").kind()).isEqualTo(Kind.AGENCY);
        assertThat(g.lookup("إرم نيوز").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void namesOfTwoWordsAlsoMatchByTheirTransliterationKey() {
        assertThat(g.lookup("بيونج يانغ").country()).isEqualTo("PRK");
    }

    @Test
    void aSingleWordNeverMatchesByItsKeyAlone() {
        assertThat(g.lookup("المقرب")).isNull(); // its key is المغرب's, but it is an ordinary word
    }

    @Test
    void languagesComeFromCldr() {
        assertThat(g.languageOf("الروسية")).isEqualTo("ru");
        assertThat(g.languageOf("اللغة العبرية")).isEqualTo("he");
        assertThat(g.languageOf("موسكو")).isNull();
    }

    @Test
    void nisbaAdjectivesNameTheirState() {
        assertThat(g.countryOfAdjective("الروسية")).isEqualTo("RUS");
        assertThat(g.countryOfAdjective("الكوري الشمالي")).isEqualTo("PRK");
    }
}
