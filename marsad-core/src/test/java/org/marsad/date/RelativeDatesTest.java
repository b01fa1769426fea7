package org.marsad.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Relative dates anchored to a reference moment. All sentences are our own. */
class RelativeDatesTest {
    static final ZonedDateTime REF = ZonedDateTime.parse("2026-11-25T12:00:00+03:00");

    static String iso(String text) {
        return ArabicDateParser.find(text, REF).map(m -> m.date().iso()).orElse(null);
    }

    /** Hours and minutes ago keep the time of day, in the reference's offset. */
    @Test
    void hoursAndMinutesKeepTheTime() {
        assertThat(iso("منذ ساعة")).isEqualTo("2026-11-25T11:00+03:00");
        assertThat(iso("منذ ساعتين")).isEqualTo("2026-11-25T10:00+03:00");
        assertThat(iso("نشر منذ 3 ساعات")).isEqualTo("2026-11-25T09:00+03:00");
        assertThat(iso("منذ ١٤ ساعة")).isEqualTo("2026-11-24T22:00+03:00");
        assertThat(iso("منذ دقيقة")).isEqualTo("2026-11-25T11:59+03:00");
        assertThat(iso("منذ خمس دقائق")).isEqualTo("2026-11-25T11:55+03:00");
        assertThat(iso("قبل 20 دقيقة")).isEqualTo("2026-11-25T11:40+03:00");
        assertThat(iso("قبل ثلاث ساعات")).isEqualTo("2026-11-25T09:00+03:00");
        assertThat(iso("منذ دقائق")).isEqualTo("2026-11-25T12:00+03:00");
    }

    /** Days and weeks ago give a day without a time. */
    @Test
    void daysAndWeeksGiveADay() {
        assertThat(iso("منذ يوم")).isEqualTo("2026-11-24");
        assertThat(iso("منذ يومين")).isEqualTo("2026-11-23");
        assertThat(iso("منذ 4 أيام")).isEqualTo("2026-11-21");
        assertThat(iso("قبل أسبوع")).isEqualTo("2026-11-18");
        assertThat(iso("قبل أسبوعين")).isEqualTo("2026-11-11");
    }

    /** أمس, أمس الأول and أول أمس give a day without a time; اليوم counts in a short line or before a time. */
    @Test
    void dayWords() {
        assertThat(iso("أمس")).isEqualTo("2026-11-24");
        assertThat(iso("نُشر أمس الأول")).isEqualTo("2026-11-23");
        assertThat(iso("أول أمس")).isEqualTo("2026-11-23");
        assertThat(iso("اليوم")).isEqualTo("2026-11-25");
        assertThat(iso("اليوم 10:30 ص")).isEqualTo("2026-11-25T10:30");
        assertThat(iso("أمس الساعة 9:00 مساءً")).isEqualTo("2026-11-24T21:00");
    }

    /** "اليوم" in running prose is a word, not a date. */
    @Test
    void todayInProseIsNotADate() {
        assertThat(iso("يحتفل الأطفال في المدرسة اليوم بعيد الشجرة مع معلميهم وأهاليهم")).isNull();
    }

    /** A vague plural (منذ ساعات) is no date; "قبل عام 2020" is an absolute year, not a year ago. */
    @Test
    void vagueOrAbsoluteIsNotRelative() {
        assertThat(iso("منذ ساعات")).isNull();
        assertThat(iso("قبل عام 2020")).isNull();
    }

    /** An absolute date anywhere in the text wins over a relative one. */
    @Test
    void absoluteWins() {
        assertThat(iso("أمس، الموافق 24 نوفمبر 2026")).isEqualTo("2026-11-24");
        assertThat(iso("منذ يومين | 22 نوفمبر 2026")).isEqualTo("2026-11-22");
    }
}
