package org.marsad.entity.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicText;

/** The shipped tagger on sentences written for these tests. */
class NerTaggerTest {
    private static final NerTagger TAGGER = NerTagger.shipped();

    private static List<Mention> mentions(String text) {
        AnalyzedText a = ArabicText.analyze(text);
        List<Mention> m = TAGGER.mentions(a);
        for (Mention x : m) assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text());
        return m;
    }

    @Test
    void findsAPersonAndPlacesWithExactOffsets() {
        String text = "وصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة أمس في زيارة رسمية إلى مصر تستمر يومين.";
        List<Mention> m = mentions(text);
        assertThat(m).extracting(Mention::text, Mention::type).contains(
                org.assertj.core.groups.Tuple.tuple("إيمانويل ماكرون", EntityType.PERSON),
                org.assertj.core.groups.Tuple.tuple("القاهرة", EntityType.LOCATION),
                org.assertj.core.groups.Tuple.tuple("مصر", EntityType.LOCATION));
    }

    @Test
    void aLeadingConjunctionOrPrepositionIsLeftOutOfTheMention() {
        String text = "وأعلنت الحكومة أن الوفد سيتوجه إلى لندن وباريس وبرلين الأسبوع المقبل.";
        List<Mention> m = mentions(text);
        assertThat(m).extracting(Mention::text).contains("لندن", "باريس", "برلين");
        Mention paris = m.stream().filter(x -> x.text().equals("باريس")).findFirst().orElseThrow();
        assertThat(text.charAt(paris.start() - 1)).isEqualTo('و');
    }

    @Test
    void anOutletAfterAPrepositionAndAQuoteMarkIsTaggedWithoutThem() {
        String text = "وقال المتحدث في تصريح لـ\"رويترز\" إن المحادثات ستستأنف في جنيف.";
        List<Mention> m = mentions(text);
        assertThat(m).extracting(Mention::text).doesNotContain("لـ\"رويترز\"").contains("جنيف");
        m.forEach(x -> assertThat(x.text()).doesNotStartWith("لـ").doesNotStartWith("\""));
    }

    @Test
    void tagsPreTokenizedSentencesWithBioLabels() {
        List<String> tags = TAGGER.tag(List.of("التقى", "وزير", "الخارجية", "الأردني", "أيمن", "الصفدي", "في", "عمان"));
        assertThat(tags).hasSize(8);
        assertThat(tags).allMatch(t -> t.equals("O") || t.matches("[BI]-(PERS|LOC|ORG|MISC)"));
        assertThat(tags.get(4)).isEqualTo("B-PERS");
        assertThat(tags.get(7)).isEqualTo("B-LOC");
    }

    @Test
    void emptyTextHasNoMentions() {
        assertThat(TAGGER.mentions(ArabicText.analyze(""))).isEmpty();
        assertThat(TAGGER.tagDocument(List.of())).isEmpty();
    }

    @Test
    void theModelRoundTripsToTheSameBytes() {
        byte[] bytes = TAGGER.modelBytes();
        assertThat(NerTagger.fromBytes(bytes).modelBytes()).isEqualTo(bytes);
        assertThat(bytes.length).isLessThan(8_000_000);
    }
}
