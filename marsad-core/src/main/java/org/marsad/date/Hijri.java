package org.marsad.date;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.time.temporal.JulianFields;
import java.util.Optional;

/**
 * Hijri to Gregorian with ICU4J. We use the Umm al-Qura variant (the official calendar of Saudi Arabia, which most
 * Gulf news sites print); ICU itself falls back to the arithmetic (civil) calendar outside Umm al-Qura's table
 * (1300-1600 AH). Sighting-based dates in other countries may differ by a day.
 */
final class Hijri {
    private Hijri() {}

    /** The Gregorian day of a Hijri date, or empty when it does not exist (day 30 of a 29-day month, say). */
    static Optional<LocalDate> toGregorian(int year, int month, int day) {
        if (year < 1 || year > 2000 || month < 1 || month > 12 || day < 1 || day > 30) return Optional.empty();
        IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE);
        cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        return gregorian(cal, year, month, day);
    }

    /** The Gregorian day of a Persian Solar Hijri date (۲۹ بهمن ۱۳۹۸), with ICU's Persian calendar. */
    static Optional<LocalDate> solarToGregorian(int year, int month, int day) {
        if (year < 1300 || year > 1500 || month < 1 || month > 12 || day < 1 || day > 31) return Optional.empty();
        return gregorian(new PersianCalendar(TimeZone.GMT_ZONE), year, month, day);
    }

    /** The Gregorian day of {@code day.month.year} in an ICU calendar, empty when the month has no such day. */
    private static Optional<LocalDate> gregorian(Calendar cal, int year, int month, int day) {
        cal.clear();
        cal.set(Calendar.EXTENDED_YEAR, year);
        cal.set(Calendar.MONTH, month - 1);
        cal.set(Calendar.DAY_OF_MONTH, 1);
        if (day > cal.getActualMaximum(Calendar.DAY_OF_MONTH)) return Optional.empty();
        cal.set(Calendar.DAY_OF_MONTH, day);
        return Optional.of(LocalDate.MIN.with(JulianFields.JULIAN_DAY, (long) cal.get(Calendar.JULIAN_DAY)));
    }
}
