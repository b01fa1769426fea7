package org.marsad.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Times of day next to Arabic dates, 12-hour marks and stated time zones. All sentences are our own. */
class TimesAndZonesTest {
    static final ZonedDateTime REF = ZonedDateTime.parse("2026-11-25T12:00:00Z");

    static String iso(String text) {
        return ArabicDateParser.find(text, REF).map(m -> m.date().iso()).orElse(null);
    }

    /** ص and م: 5:00 م is 17:00, 12:30 ص is 00:30, 12:15 م is noon. */
    @Test
    void shortAmPmMarks() {
        assertThat(iso("4 مايو 2025 5:00 م")).isEqualTo("2025-05-04T17:00");
        assertThat(iso("4 مايو 2025 12:30 ص")).isEqualTo("2025-05-04T00:30");
        assertThat(iso("4 مايو 2025 12:15 م")).isEqualTo("2025-05-04T12:15");
        assertThat(iso("4 مايو 2025 11:59 ص")).isEqualTo("2025-05-04T11:59");
    }

    /** صباحاً/مساءً with or without tanween, صباحا, ظهراً. */
    @Test
    void wordMarks() {
        assertThat(iso("الأحد، ١٥ شباط ٢٠٢٠ - ٨:٠٠ مساءً")).isEqualTo("2020-02-15T20:00");
        assertThat(iso("15 شباط 2020 8:00 مساء")).isEqualTo("2020-02-15T20:00");
        assertThat(iso("15 شباط 2020 9:40 صباحاً")).isEqualTo("2020-02-15T09:40");
        assertThat(iso("15 شباط 2020 9:40 صباحا")).isEqualTo("2020-02-15T09:40");
        assertThat(iso("15 شباط 2020 12:00 ظهراً")).isEqualTo("2020-02-15T12:00");
        assertThat(iso("15 شباط 2020 1:30 ظهرا")).isEqualTo("2020-02-15T13:30");
    }

    /** "الساعة" before the time, even without minutes; "على الساعة" as Maghrebi pages write it. */
    @Test
    void saaWord() {
        assertThat(iso("نشر يوم الخميس 3 تشرين الأول 2024 الساعة 10:15 صباحاً")).isEqualTo("2024-10-03T10:15");
        assertThat(iso("3 تشرين الأول 2024 الساعة 7 مساءً")).isEqualTo("2024-10-03T19:00");
        assertThat(iso("الثلاثاء 7 جويلية 2020 على الساعة 14:45")).isEqualTo("2020-07-07T14:45");
    }

    /** A 24-hour time stays as written, even with a stray م. */
    @Test
    void twentyFourHour() {
        assertThat(iso("12 كانون الثاني 2023 - 17:30")).isEqualTo("2023-01-12T17:30");
        assertThat(iso("12 كانون الثاني 2023 - 17:30 م")).isEqualTo("2023-01-12T17:30");
        assertThat(iso("12 كانون الثاني 2023 - 08:05:09")).isEqualTo("2023-01-12T08:05:09");
    }

    /** A time written before the date joins it. */
    @Test
    void timeBeforeDate() {
        String line = "٠٢:٠٠ | الثلاثاء ١ / ١٢ / ٢٠٢٠";
        var m = ArabicDateParser.find(line, REF).orElseThrow();
        assertThat(m.date().iso()).isEqualTo("2020-12-01T02:00");
        assertThat(m.start()).isZero();
    }

    /** بتوقيت مكة and بتوقيت السعودية mean +03:00. */
    @Test
    void meccaTime() {
        assertThat(iso("3 أكتوبر 2024 الساعة 10:15 صباحاً بتوقيت مكة المكرمة")).isEqualTo("2024-10-03T10:15+03:00");
        assertThat(iso("3 أكتوبر 2024 - 22:15 (بتوقيت السعودية)")).isEqualTo("2024-10-03T22:15+03:00");
    }

    /** بتوقيت القاهرة follows Egypt's own rules on that day: +02:00 in winter, +03:00 in summer since 2023. */
    @Test
    void cairoTimeUsesTheDaysOffset() {
        assertThat(iso("10 يناير 2025 3:00 م بتوقيت القاهرة")).isEqualTo("2025-01-10T15:00+02:00");
        assertThat(iso("20 يونيو 2025 12:30 ص بتوقيت القاهرة")).isEqualTo("2025-06-20T00:30+03:00");
    }

    /** Greenwich, GMT, UTC and numeric offsets. */
    @Test
    void greenwichAndOffsets() {
        assertThat(iso("20 يونيو 2025 3:00 م بتوقيت غرينتش")).isEqualTo("2025-06-20T15:00Z");
        assertThat(iso("20 يونيو 2025 15:00 GMT")).isEqualTo("2025-06-20T15:00Z");
        assertThat(iso("20 يونيو 2025 15:00 UTC")).isEqualTo("2025-06-20T15:00Z");
        assertThat(iso("20 يونيو 2025 15:00 GMT+3")).isEqualTo("2025-06-20T15:00+03:00");
        assertThat(iso("20 يونيو 2025 15:00 +03:00")).isEqualTo("2025-06-20T15:00+03:00");
        assertThat(iso("20 يونيو 2025 15:00 (GMT+0400)")).isEqualTo("2025-06-20T15:00+04:00");
    }

    /** Regional capitals by their own rules, and the ت.غ abbreviation of Greenwich time. */
    @Test
    void capitalsAndAbbreviation() {
        assertThat(iso("5 تموز 2024 - 10:00 بتوقيت بيروت")).isEqualTo("2024-07-05T10:00+03:00");
        assertThat(iso("5 كانون الثاني 2024 - 10:00 بتوقيت بيروت")).isEqualTo("2024-01-05T10:00+02:00");
        assertThat(iso("5 يناير 2024 - 10:00 بتوقيت الإمارات")).isEqualTo("2024-01-05T10:00+04:00");
        assertThat(iso("5 يناير 2024 - 10:00 ت.غ")).isEqualTo("2024-01-05T10:00Z");
    }

    /** No zone named, no offset invented. */
    @Test
    void noZoneNoOffset() {
        var d = ArabicDateParser.find("20 يونيو 2025 15:00", REF).orElseThrow().date();
        assertThat(d.offset()).isNull();
    }
}
