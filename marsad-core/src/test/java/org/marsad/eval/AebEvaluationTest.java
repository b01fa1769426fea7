package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Means over pages, skipping rules, accuracy and the bootstrap; expected values are score_aeb.py's. */
class AebEvaluationTest {
    private static final String GOLD = "افتتحت البلدية حديقة عامة جديدة في وسط المدينة صباح الأحد";

    @Test
    void precisionAndRecallAreMeansOverPagesAndF1IsTheirHarmonicMean() {
        Map<String, String> gold = new LinkedHashMap<>();
        gold.put("a", GOLD);
        gold.put("b", GOLD);
        gold.put("c", "");
        gold.put("d", GOLD);
        Map<String, String> predicted = Map.of(
                "a", "افتتحت البلدية حديقة عامة جديدة في وسط المدينة. اقرأ أيضا: أخبار الطقس",
                "c", "",
                "d", GOLD); // b is missing: it predicts ""
        AebEvaluation e = AebEvaluation.score(gold, predicted);
        // P over a, d (b and c have tp + fp = 0); R over a, b, d (c has tp + fn = 0)
        assertThat(e.precision()).isCloseTo(0.7777777777777778, within(1e-12));
        assertThat(e.recall()).isCloseTo(0.5714285714285715, within(1e-12));
        assertThat(e.f1()).isCloseTo(0.6588235294117648, within(1e-12));
        assertThat(e.accuracy()).isEqualTo(0.5); // c ([] = []) and d
        assertThat(e.byId()).containsOnlyKeys("a", "b", "c", "d");
    }

    @Test
    void theBootstrapIsDeterministicAndZeroWhenEveryPageIsTheSame() {
        Map<String, String> gold = Map.of("a", GOLD, "b", GOLD, "c", GOLD);
        AebEvaluation perfect = AebEvaluation.score(gold, gold);
        assertThat(perfect.f1()).isEqualTo(1.0);
        assertThat(perfect.spread().f1()).isZero();
        assertThat(perfect.spread().resamples()).isEqualTo(AebEvaluation.RESAMPLES);

        Map<String, String> half = Map.of("a", GOLD, "b", "");
        AebEvaluation once = AebEvaluation.score(new java.util.TreeMap<>(gold), half);
        AebEvaluation again = AebEvaluation.score(new java.util.TreeMap<>(gold), half);
        assertThat(once.spread()).isEqualTo(again.spread());
        assertThat(once.spread().recall()).isPositive();
    }

    @Test
    void noPagesGiveZeros() {
        AebEvaluation e = AebEvaluation.score(Map.of(), Map.of());
        assertThat(e.f1()).isZero();
        assertThat(e.summary()).contains("n=0");
    }
}
