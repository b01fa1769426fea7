package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthorNamesTest {
    private static MetaSiteNames sites() {
        MetaSiteNames s = new MetaSiteNames();
        s.add("صحيفة النهر");
        s.addHost("https://www.alnahr-news.com/a/1");
        return s;
    }

    @Test
    void stripsArabicBylinePrefixes() {
        assertThat(AuthorNames.parse("بقلم: سلمى الراشد", sites())).containsExactly("سلمى الراشد");
        assertThat(AuthorNames.parse("كتبت هالة منصور", sites())).containsExactly("هالة منصور");
        assertThat(AuthorNames.parse("By Rami Khalil", sites())).containsExactly("Rami Khalil");
    }

    @Test
    void splitsTwoFullNamesJoinedByAttachedWaw() {
        assertThat(AuthorNames.parse("سارة يوسف وهدى كمال", sites())).containsExactly("سارة يوسف", "هدى كمال");
    }

    @Test
    void keepsNamesThatStartWithWaw() {
        assertThat(AuthorNames.parse("محمد وليد سالم", sites())).containsExactly("محمد وليد سالم");
        assertThat(AuthorNames.parse("وائل عادل", sites())).containsExactly("وائل عادل");
        assertThat(AuthorNames.parse("أحمد ورد", sites())).containsExactly("أحمد ورد");
    }

    @Test
    void splitsOnArabicCommaAndStandaloneWaw() {
        assertThat(AuthorNames.parse("نادر علي، منى سعيد و فادي حداد", sites()))
                .containsExactly("نادر علي", "منى سعيد", "فادي حداد");
    }

    @Test
    void dropsEmailsUrlsAndDates() {
        assertThat(AuthorNames.parse("رنا فؤاد rana@alnahr-news.com ٠٣:١٥ ١٢/٠٥/٢٠٢٤", sites()))
                .containsExactly("رنا فؤاد");
        assertThat(AuthorNames.parse("https://www.facebook.com/alnahr", sites())).isEmpty();
    }

    @Test
    void dropsSiteNamesAgenciesAndDatelines() {
        assertThat(AuthorNames.parse("صحيفة النهر", sites())).isEmpty();
        assertThat(AuthorNames.parse("alnahr-news", sites())).isEmpty();
        assertThat(AuthorNames.parse("(عمّان - صحيفة النهر)", sites())).isEmpty();
        assertThat(AuthorNames.parse("القاهرة - أ ش أ", sites())).isEmpty();
    }

    @Test
    void dropsRolesCredentialsAndCopyrightLines() {
        assertThat(AuthorNames.parse("سامر حداد، مراسل الإذاعة", sites())).containsExactly("سامر حداد");
        assertThat(AuthorNames.parse("Lina Haddad, Staff Writer", sites())).containsExactly("Lina Haddad");
        assertThat(AuthorNames.parse("© حقوق النشر لدار النهر", sites())).isEmpty();
        assertThat(AuthorNames.parse("Developed By Web Team", sites())).isEmpty();
    }

    @Test
    void keepsTheNameBeforeAPlace() {
        assertThat(AuthorNames.parse("طارق عبد الله - بيروت", sites())).containsExactly("طارق عبد الله");
    }
}
