package org.marsad.extract.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublishersTest {
    /** The company word شركة and the Latin legal form go; the Arabic name stays. */
    @Test
    void arabicNameWithoutCompanyWordAndLegalTail() {
        assertThat(Publishers.fromCopyright("جميع الحقوق محفوظة © 2023 شركة الأفق للإعلام - Al Ofoq Media FZ LLC"))
                .isEqualTo("الأفق للإعلام");
    }

    /** محفوظة لـ names the owner after the reservation; موقع goes like شركة. */
    @Test
    void reservedForSite() {
        assertThat(Publishers.fromCopyright("© 2010 - 2024 جميع الحقوق محفوظة لموقع صدى الجنوب"))
                .isEqualTo("صدى الجنوب");
        assertThat(Publishers.fromCopyright("حقوق النشر محفوظة لـ جريدة المساء ٢٠٢٤")).isEqualTo("جريدة المساء");
    }

    @Test
    void latinOnlyName() {
        assertThat(Publishers.fromCopyright("Copyright © 2025 Desert Wire Ltd. All rights reserved."))
                .isEqualTo("Desert Wire");
    }

    @Test
    void formulaAloneNamesNobody() {
        assertThat(Publishers.fromCopyright("جميع الحقوق محفوظة © 2025")).isNull();
    }

    /** The footer wins over the host; the host, without www., is the fallback. */
    @Test
    void footerFirstThenHost() {
        List<String> withFooter = List.of("نص", "تابعونا على", "© 2024 شركة نبض المدينة");
        assertThat(Publishers.of(withFooter, "https://www.nabd.example/a")).isEqualTo("نبض المدينة");
        assertThat(Publishers.of(List.of("نص"), "https://www.nabd.example/a")).isEqualTo("nabd.example");
        assertThat(Publishers.of(List.of("نص"), "not a url at all")).isNull();
        assertThat(Publishers.of(List.of("نص"), null)).isNull();
    }

    /** A paragraph that mentions copyright is not a copyright line. */
    @Test
    void longSentenceIsNoCopyrightLine() {
        String sentence = "وناقش المؤتمر قوانين حقوق النشر في العالم العربي وأثرها على الصحافة الرقمية "
                + "والمؤلفين الشباب "
                + "ودور النشر الصغيرة التي تعاني من القرصنة منذ سنوات طويلة دون حماية كافية.";
        assertThat(Publishers.of(List.of(sentence), null)).isNull();
    }
}
