package org.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicText;

class MinHashTest {
    private static long[] sig(String text) {
        return MinHash.signature(ArabicText.analyze(text));
    }

    @Test
    void aReprintWithItsOwnDatelineIsANearDuplicate() {
        String wire = Fixtures.VISIT_BODY;
        String reprint = "الرياض - الصباح\n" + wire.replace("صباح اليوم", "صباح الأحد");
        assertThat(MinHash.similarity(sig(wire), sig(reprint))).isGreaterThanOrEqualTo(DuplicateGroups.THRESHOLD);
    }

    @Test
    void spellingVariantsMakeTheSameSignature() {
        assertThat(sig("وصل وزير الخارجية الإماراتي إلى الرياض في زيارة رسمية"))
                .isEqualTo(sig("وصل وزير الخارجيه الاماراتي الى الرياض في زياره رسميه"));
    }

    @Test
    void differentStoriesAreFarApart() {
        double sim = MinHash.similarity(sig(Fixtures.VISIT_BODY), sig(Fixtures.school().body()));
        assertThat(sim).isLessThan(0.1);
    }

    @Test
    void tooShortForAShingleHasNoSignature() {
        assertThat(sig("عاجل")).isEmpty();
        assertThat(MinHash.bands(sig("عاجل"))).isEmpty();
        assertThat(MinHash.bands(sig(Fixtures.VISIT_BODY))).hasSize(MinHash.BANDS);
    }
}
