package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ASCII-only case folding, as the (?i) regex flag does it. */
class AsciiTest {
    @Test
    void foldsAsciiLettersOnlyAndKeepsArabic() {
        assertThat(Ascii.containsIgnoreCase("post-BreadCrumb مسار", "breadcrumb")).isTrue();
        assertThat(Ascii.containsIgnoreCase("كاتب المقال", "كاتب")).isTrue();
        assertThat(Ascii.containsIgnoreCase("", "cap")).isFalse();
        // The Kelvin sign lower-cases to k in Unicode, but (?i) without UNICODE_CASE does not fold it.
        assertThat(Ascii.containsIgnoreCase("\u212Ateb", "kateb")).isFalse();
        assertThat(Ascii.containsAnyIgnoreCase("Author-Box محرر", "writ", "author")).isTrue();
        assertThat(Ascii.lower("Photo-CAPTION صورة")).isEqualTo("photo-caption صورة");
    }
}
