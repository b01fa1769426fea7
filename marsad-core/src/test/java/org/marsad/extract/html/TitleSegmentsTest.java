package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleSegmentsTest {
    @Test
    void cutsAtSpacedDashesPipesAndColons() {
        assertThat(TitleSegments.split("الموقع | عاجل: حريق في المصنع - محليات").texts())
                .containsExactly("الموقع", "عاجل", "حريق في المصنع", "محليات");
    }

    @Test
    void neverCutsInsideWordsOrAtAnUnspacedColon() {
        assertThat(TitleSegments.split("لقاء مع «الوادي»: الماء-الحياة").texts())
                .containsExactly("لقاء مع «الوادي»: الماء-الحياة".split(": ")[0], "الماء-الحياة");
        assertThat(TitleSegments.split("أميركا :50 إصابة").size()).isEqualTo(1);
    }

    @Test
    void stripsOnlyKnownNamesFromTheEnds() {
        TitleSegments s = TitleSegments.split("الوادي :: حريق في المصنع - الوادي");
        assertThat(s.stripEnds("الوادي"::equals, p -> false)).isEqualTo("حريق في المصنع");
        assertThat(TitleSegments.split("الوادي").stripEnds("الوادي"::equals, p -> false)).isEqualTo("الوادي");
    }

    @Test
    void findsAHeadlineHeldAsWholePieces() {
        TitleSegments s = TitleSegments.split("موقع الغد - سقوط أمطار غزيرة");
        assertThat(s.runEqualTo("سقوط أمطار  غزيرة")).isEqualTo("سقوط أمطار غزيرة");
        assertThat(s.runEqualTo("أمطار غزيرة")).isNull();
        assertThat(s.piecesOutside("سقوط أمطار غزيرة")).containsExactly("موقع الغد");
    }
}
