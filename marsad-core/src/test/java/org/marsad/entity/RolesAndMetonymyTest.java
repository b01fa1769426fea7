package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.text.AnalyzedText;

class RolesAndMetonymyTest {
    @Test
    void aRoleBeforeTheNameIsTheTitleRun() {
        String s = "وصرح وزير الخارجية الفرنسي جان بارو للصحفيين";
        assertThat(Roles.roleOf(Texts.analyze(s), Texts.at(s, "جان بارو", 0, EntityType.PERSON)))
                .isEqualTo("وزير الخارجية الفرنسي");
    }

    @Test
    void aRoleAfterACommaOrRightAfterTheName() {
        String s = "قال هشام الزيدي، المحلل الاقتصادي، إن السوق هادئة";
        assertThat(Roles.roleOf(Texts.analyze(s), Texts.at(s, "هشام الزيدي", 0, EntityType.PERSON)))
                .isEqualTo("المحلل الاقتصادي");
        String t = "وأوضح سامي العمري مدير الفرع أن العمل مستمر";
        assertThat(Roles.roleOf(Texts.analyze(t), Texts.at(t, "سامي العمري", 0, EntityType.PERSON)))
                .isEqualTo("مدير الفرع");
    }

    @Test
    void titlesAreTrimmedOffAMention() {
        String s = "التقى الرئيس الروسي فلاديمير بوتين نظيره";
        Mention m = Texts.at(s, "الرئيس الروسي فلاديمير بوتين", 0, EntityType.PERSON);
        Mention trimmed = EntityFinder.trimTitles(Texts.analyze(s), m);
        assertThat(trimmed.text()).isEqualTo("فلاديمير بوتين");
        assertThat(s.substring(trimmed.start(), trimmed.end())).isEqualTo("فلاديمير بوتين");
    }

    @Test
    void aPlaceNextToASpeechOrActionVerbActs() {
        assertThat(acts("أعلنت موسكو رفضها للمقترح", "موسكو")).isTrue();
        assertThat(acts("قالت مصادر إن واشنطن هددت بفرض رسوم", "واشنطن")).isTrue();
        assertThat(acts("في وقت تسعى فيه طهران إلى التهدئة", "طهران")).isTrue();
    }

    @Test
    void aPlaceAsAgentOfAVerbalNounActs() {
        assertThat(acts("يعكس ذلك سعي الكرملين لتوسيع نفوذه", "الكرملين")).isTrue();
    }

    @Test
    void aPlaceWhereSomethingHappensDoesNotAct() {
        assertThat(acts("عقد المؤتمر في موسكو الأسبوع الماضي", "موسكو")).isFalse();
        assertThat(acts("سافر الوفد بين تل أبيب وعمان", "تل أبيب")).isFalse();
        assertThat(acts("وفي مؤتمر ببغداد قال الوزير إن الحوار مستمر", "بغداد")).isFalse();
        assertThat(acts("عقد اللقاء في طهران أعلن بعده الطرفان اتفاقا", "طهران")).isFalse();
    }

    @Test
    void aDatelineDoesNotAct() {
        assertThat(acts("وكالات – القاهرة\nأعلن الوزير خطة جديدة", "القاهرة")).isFalse();
        assertThat(acts("القاهرة – أعلن الوزير خطة جديدة", "القاهرة")).isFalse();
        assertThat(acts("وقالت إن القاهرة أعلنت خطة جديدة", "القاهرة")).isTrue();
    }

    private static boolean acts(String s, String place) {
        AnalyzedText text = Texts.analyze(s);
        return Metonymy.acts(text, Texts.at(s, place, 0, EntityType.LOCATION));
    }
}
