package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetaLanguageTest {
    private static String language(String html) {
        return HtmlMetadata.read(Jsoup.parse(html)).language();
    }

    @Test
    void normalisesCodesLocalesAndNames() {
        assertThat(MetaLanguage.normalise("ar_AR")).isEqualTo("ar");
        assertThat(MetaLanguage.normalise("AR-eg")).isEqualTo("ar");
        assertThat(MetaLanguage.normalise("Arabic")).isEqualTo("ar");
        assertThat(MetaLanguage.normalise("fa-IR")).isEqualTo("fa");
        assertThat(MetaLanguage.normalise("x")).isNull();
    }

    @Test
    void htmlLangThenContentLanguageThenOgLocale() {
        assertThat(language("<html lang='ar'><head><title>خبر</title></head></html>")).isEqualTo("ar");
        assertThat(language("<html><head><meta http-equiv='content-language' content='ar-SA'><title>خبر</title>"
                + "</head></html>")).isEqualTo("ar");
        assertThat(language("<html><head><meta property='og:locale' content='ar_AR'><title>خبر</title></head></html>"))
                .isEqualTo("ar");
    }

    @Test
    void templateDefaultContradictedByAnArabicTitleIsPassedOver() {
        assertThat(language("<html lang='en-US'><head><meta property='og:locale' content='en_US'>"
                + "<title>سرقة لوحة نادرة من متحف المدينة</title></head></html>")).isNull();
        assertThat(language("<html lang='en-US'><head><meta property='og:locale' content='ar_AR'>"
                + "<title>سرقة لوحة نادرة من متحف المدينة</title></head></html>")).isEqualTo("ar");
    }
}
