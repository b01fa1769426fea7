package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.entity.Texts.at;

import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.text.AnalyzedText;

/** Each repair of {@link MentionEdges} on a sentence written for it. */
class MentionEdgesTest {
    private static final EntityType P = EntityType.PERSON;

    private static Mention repair(String text, Mention m) {
        AnalyzedText t = Texts.analyze(text);
        Mention r = MentionEdges.repair(t, m, Gazetteer.shipped());
        if (r != null) assertThat(text.substring(r.start(), r.end())).isEqualTo(r.text());
        return r;
    }

    @Test
    void aFunctionWordOrANumberAtTheEndIsCutOff() {
        String s = "وردّ ماهر العطار على الأسئلة";
        assertThat(repair(s, at(s, "ماهر العطار على", 0, P)).text()).isEqualTo("ماهر العطار");
        String d = "الطائف 14 ذو القعدة: افتتح المحافظ المعرض";
        assertThat(repair(d, at(d, "الطائف 14", 0, EntityType.MISC)).text()).isEqualTo("الطائف");
        String year = "أعلن الأمن العام نتائج التحقيق";
        assertThat(repair(year, at(year, "الأمن العام", 0, EntityType.ORGANIZATION)).text()).isEqualTo("الأمن العام");
        String only = "جلس في الصف الأول";
        assertThat(repair(only, at(only, "في", 0, P))).isNull();
    }

    @Test
    void aGenericHeadBeforeTheNameIsLeftOut() {
        String s = "أعلنت شركة الواحة للأسمنت أرباحها ونشرت صحيفة المرصد الخبر";
        assertThat(repair(s, at(s, "شركة الواحة للأسمنت", 0, EntityType.ORGANIZATION)).text())
                .isEqualTo("الواحة للأسمنت");
        assertThat(repair(s, at(s, "صحيفة المرصد", 0, EntityType.ORGANIZATION)).text()).isEqualTo("المرصد");
        String alone = "زار الوفد مدينة";
        assertThat(repair(alone, at(alone, "مدينة", 0, EntityType.LOCATION)).text()).isEqualTo("مدينة");
    }

    @Test
    void aKafCutOffAForeignNameGoesBackOnIt() {
        String s = "وصرح كريستوفر هولمز للصحفيين";
        // the segmenter reads كريستوفر as ك + ريستوفر; a tagger's span then starts after the ك
        Mention cut = at(s, "ريستوفر هولمز", 0, P);
        assertThat(repair(s, cut).text()).isEqualTo("كريستوفر هولمز");
        String known = "تحدث الوزير كبوتين عن القوة";
        assertThat(repair(known, at(known, "بوتين", 0, P)).text()).as("a known name stays without ك")
                .isEqualTo("بوتين");
    }
}
