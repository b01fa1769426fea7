package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextBasicsTest {
    @Test
    void cleanLineCollapsesEveryKindOfSpaceButKeepsLettersAndMarks() {
        // no-break space inside a phrase, a tab and a line break; the tanween on حاملًا must survive
        assertThat(TextClean.line("  جاء\u00A0حاملًا\tرسالة\nواضحة  ")).isEqualTo("جاء حاملًا رسالة واضحة");
    }

    @Test
    void languageGuessTellsArabicPersianAndEnglish() {
        assertThat(LanguageGuess.of("أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة")).isEqualTo("ar");
        assertThat(LanguageGuess.of("پژوهشگران گفتند که این پروژه در چند ماه گذشته پیشرفت کرده است و گزارش")).isEqualTo("fa");
        assertThat(LanguageGuess.of("The ministry opened a new hospital in the city today")).isEqualTo("en");
        assertThat(LanguageGuess.of("123 ...")).isNull();
    }

    @Test
    void sniffTellsMarkupFromATextDump() {
        assertThat(ArticleExtractor.sniff("  <!doctype html><html>")).isEqualTo(Page.Format.HTML);
        assertThat(ArticleExtractor.sniff("<?php include(\"x\"); ?>\n<html>")).isEqualTo(Page.Format.HTML);
        assertThat(ArticleExtractor.sniff("العالم\nعنوان الخبر\n")).isEqualTo(Page.Format.TEXT_DUMP);
    }

    @Test
    void idsAreStableAndPreferTheUrl() {
        assertThat(ArticleIds.of("https://example.org/a", "نص")).isEqualTo(ArticleIds.of("https://example.org/a", "آخر"));
        assertThat(ArticleIds.of(null, "نص")).isNotEqualTo(ArticleIds.of(null, "آخر")).hasSize(16);
    }
}
