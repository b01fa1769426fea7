package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Per-page shingle matching; expected values are score_aeb.py's on the same texts. */
class ShingleMatchTest {
    private static final String GOLD = "افتتحت البلدية حديقة عامة جديدة في وسط المدينة صباح الأحد";
    private static final String WITH_BOILERPLATE =
            "افتتحت البلدية حديقة عامة جديدة في وسط المدينة. اقرأ أيضا: أخبار الطقس";

    @Test
    void sharedExtraAndMissingShinglesAreNormalisedBySum() {
        // gold: 10 tokens = 7 shingles; predicted: 12 tokens = 9 shingles; 5 shared
        ShingleMatch m = ShingleMatch.of(GOLD, WITH_BOILERPLATE);
        assertThat(m.tp()).isCloseTo(5 / 11.0, within(1e-12));
        assertThat(m.fp()).isCloseTo(4 / 11.0, within(1e-12));
        assertThat(m.fn()).isCloseTo(2 / 11.0, within(1e-12));
        assertThat(m.precision()).isCloseTo(5 / 9.0, within(1e-12));
        assertThat(m.recall()).isCloseTo(5 / 7.0, within(1e-12));
    }

    @Test
    void identicalTextsArePerfect() {
        ShingleMatch m = ShingleMatch.of(GOLD, "  " + GOLD.replace(" ", "\n") + "!");
        assertThat(m).isEqualTo(new ShingleMatch(1, 0, 0));
        assertThat(m.f1()).isEqualTo(1.0);
    }

    @Test
    void anEmptyPredictionCountsForRecallOnly() {
        ShingleMatch m = ShingleMatch.of(GOLD, "");
        assertThat(m).isEqualTo(new ShingleMatch(0, 0, 1));
        assertThat(m.countsForPrecision()).isFalse();
        assertThat(m.countsForRecall()).isTrue();
        assertThat(m.recall()).isZero();
    }

    @Test
    void twoEmptyTextsCountForNeither() {
        ShingleMatch m = ShingleMatch.of(null, "");
        assertThat(m.countsForPrecision()).isFalse();
        assertThat(m.countsForRecall()).isFalse();
    }

    @Test
    void aTextShorterThanFourTokensIsOneShingle() {
        assertThat(ShingleMatch.shingles("خبر عاجل")).containsExactlyEntriesOf(java.util.Map.of("خبر عاجل", 1));
        assertThat(ShingleMatch.of("خبر عاجل", "خبر عاجل جدا").tp()).isZero();
    }

    @Test
    void shinglesAreAMultiset() {
        String twice = "عاد المطر إلى المدينة عاد المطر إلى المدينة";
        assertThat(ShingleMatch.shingles(twice)).containsEntry("عاد المطر إلى المدينة", 2);
        ShingleMatch m = ShingleMatch.of(twice, "عاد المطر إلى المدينة");
        assertThat(m.tp()).isCloseTo(1 / 5.0, within(1e-12)); // 5 gold shingles, 1 predicted, 1 shared
        assertThat(m.fp()).isZero();
    }
}
