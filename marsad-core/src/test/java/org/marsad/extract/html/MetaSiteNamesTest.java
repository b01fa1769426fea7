package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetaSiteNamesTest {
    @Test
    void matchesUpToSpacingCaseAndDomainEnding() {
        MetaSiteNames s = new MetaSiteNames();
        s.add("NahrNews");
        assertThat(s.matches("NahrNews.com")).isTrue();
        assertThat(s.matches("nahr news")).isTrue();
        assertThat(s.matches("NahrNews تنشر تقريرا عن الفيضانات والسدود")).isFalse();
    }

    @Test
    void foldsArabicLetterVariants() {
        MetaSiteNames s = new MetaSiteNames();
        s.add("بوابة أخبار الصباح");
        assertThat(s.matches("بوابه اخبار الصباح")).isTrue();
        assertThat(s.matches("بوابة أخبار الصباح الإلكترونية")).isTrue();
    }

    @Test
    void shortNameInsideALongHeadlineIsNotTheSite() {
        MetaSiteNames s = new MetaSiteNames();
        s.addHost("https://www.nhr.com/x");
        assertThat(s.matches("nhr")).isTrue();
        assertThat(s.matches("NHR تعتذر عن الخطأ")).isFalse();
    }

    @Test
    void hostLabelSkipsWwwAndEndings() {
        assertThat(MetaSiteNames.hostLabel("http://www.alnahr.com.tn/a")).isEqualTo("alnahr");
        assertThat(MetaSiteNames.hostLabel("https://arabic.nahr.com/a")).isEqualTo("nahr");
        assertThat(MetaSiteNames.hostLabel("https://52.16.95.170/a")).isNull();
    }

    @Test
    void copyrightLineGivesTheName() {
        assertThat(MetaSiteNames.fromCopyright("© 2021 جميع الحقوق محفوظة لـ دار النهر")).isEqualTo("دار النهر");
    }
}
