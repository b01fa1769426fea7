package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.text.NormalizationProfile.DISPLAY;
import static org.marsad.text.NormalizationProfile.SEARCH;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** One test per normalization rule, each with a word written for it, and the two profiles. */
class ArabicNormalizerTest {
    private static String search(String s) {
        return ArabicNormalizer.normalize(s, SEARCH);
    }

    private static String display(String s) {
        return ArabicNormalizer.normalize(s, DISPLAY);
    }

    @Test
    void invisibleControlsAreDropped() {
        assertThat(search("مرصد\u200F")).isEqualTo("مرصد");
        assertThat(display("\u202Bنيوز\u202C\u200C")).isEqualTo("نيوز");
        assertThat(display("\uFEFFخبر\u061C")).isEqualTo("خبر");
    }

    @Test
    void spacesBecomeAsciiSpaces() {
        assertThat(display("الأمم\u00A0المتحدة\u202Fاليوم")).isEqualTo("الأمم المتحدة اليوم");
    }

    @Test
    void presentationFormsBecomeLetters() {
        assertThat(search("ﻻ")).isEqualTo("لا");
        assertThat(display("ﺑﻴﺖ")).isEqualTo("بيت");
        assertThat(search("ﷲ")).isEqualTo("الله"); // NFKC gives الله with shadda and superscript alef: dropped
    }

    @Test
    void diacriticsAreDropped() {
        assertThat(search("مُحَمَّدٌ")).isEqualTo("محمد");
        assertThat(search("هٰذا")).isEqualTo("هذا");
        assertThat(search("شُكْرًا")).isEqualTo("شكرا");
    }

    @Test
    void tatweelIsDropped() {
        assertThat(search("جـــديد")).isEqualTo("جديد");
    }

    @Test
    void alefFormsBecomeBareAlef() {
        assertThat(search("أحمد إبراهيم آمال ٱلحمد")).isEqualTo("احمد ابراهيم امال الحمد");
    }

    @Test
    void alefMaqsuraBecomesYa() {
        assertThat(search("مستشفى")).isEqualTo("مستشفي");
    }

    @Test
    void taMarbutaBecomesHa() {
        assertThat(search("مدرسة")).isEqualTo("مدرسه");
    }

    @Test
    void hamzaCarriersBecomeTheirLetters() {
        assertThat(search("مسؤول")).isEqualTo("مسوول");
        assertThat(search("رئيس")).isEqualTo("رييس");
    }

    @Test
    void easternAndPersianDigitsBecomeAscii() {
        assertThat(search("٢٠٢٥")).isEqualTo("2025");
        assertThat(search("۱۴۰۳")).isEqualTo("1403");
        assertThat(search("٣٫٥ و١٬٠٠٠")).isEqualTo("3.5 و1,000");
    }

    @Test
    void persianLettersBecomeArabic() {
        assertThat(search("کتاب")).isEqualTo("كتاب");
        assertThat(search("ایران")).isEqualTo("ايران");
        assertThat(search("خانە")).isEqualTo("خانه");
    }

    @Test
    void quoteVariantsBecomeAsciiQuotes() {
        assertThat(search("«مرصد» “نيوز” ‘خبر’")).isEqualTo("\"مرصد\" \"نيوز\" 'خبر'");
    }

    @Test
    void dashVariantsBecomeHyphenMinus() {
        assertThat(search("الرياض — جدة – مكة")).isEqualTo("الرياض - جده - مكه");
    }

    @Test
    void displayFixesOnlyInvisibleNoise() {
        String written = "«أَحْمَدُ» قالـــت: ٢٠ مستشفى — کتاب";
        assertThat(display(written)).isEqualTo(written);
        assertThat(display("أحمد\u200F\u00A0ﻻ")).isEqualTo("أحمد لا");
    }

    @Test
    void searchAppliesEveryRule() {
        assertThat(SEARCH.rules()).isEqualTo(EnumSet.allOf(NormalizationRule.class));
        assertThat(search("وَقَالَ الرَّئِيسُ «إنّ المُسْتَشْفَى جـديدٌ» ٢٠٢٥"))
                .isEqualTo("وقال الرييس \"ان المستشفي جديد\" 2025");
    }

    @Test
    void theInputIsNeverChangedAndNullIsEmpty() {
        String word = "مُدَرِّسَةٌ";
        String copy = new String(word.toCharArray());
        search(word);
        assertThat(word).isEqualTo(copy);
        assertThat(ArabicNormalizer.normalize(null, SEARCH)).isEmpty();
    }

    @Test
    void spansFoldWithoutCopyingWhenNothingChanges() {
        String text = "قال محمد";
        assertThat(ArabicNormalizer.normalizeSpan(text, 4, 8, SEARCH)).isEqualTo("محمد");
        assertThat(ArabicNormalizer.normalizeSpan("إنَّ", 0, 4, SEARCH, new char[1])).isEqualTo("ان");
    }
}
