package org.marsad.date;

import java.time.ZonedDateTime;
import java.util.Optional;
import org.marsad.model.NewsDate;

/**
 * Reads dates as Arabic news pages write them, and the machine formats their metadata uses.
 *
 * <p>Text dates: Gregorian month names of the Egyptian/Gulf, Levantine/Iraqi and Maghrebi families, Hijri dates
 * (converted with ICU's Umm al-Qura calendar, see {@link Hijri}), numeric day-first dates, Eastern Arabic and
 * Persian digits, 12-hour times with ص/م, stated time zones, and relative expressions (منذ 3 ساعات, أمس). An
 * absolute date anywhere in the text wins over a relative one. Nothing here throws on bad input.
 */
public final class ArabicDateParser {
    private ArabicDateParser() {}

    /** A machine-readable date from metadata (ISO-8601, RFC 1123, {@code 2020-08-24 10:00:00}...). */
    public static Optional<NewsDate> parseMachine(String value) {
        try {
            return MachineDates.parse(value);
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    /** The first date expression inside {@code text} (a date line, a byline), relative ones anchored to reference. */
    public static Optional<DateMatch> find(String text, ZonedDateTime reference) {
        if (text == null || text.isEmpty()) return Optional.empty();
        try {
            return Optional.ofNullable(match(FoldedText.of(text), reference));
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    private static DateMatch match(FoldedText ft, ZonedDateTime reference) {
        String f = ft.text;
        AbsoluteDates.Day day = AbsoluteDates.first(f, 0, reference);
        if (day != null) {
            ClockTimes.Hit time = ClockTimes.after(f, day.end());
            if (time == null) time = ClockTimes.before(f, day.start());
            return withTime(ft, new NewsDate(day.date(), null, null), day.start(), day.end(), time);
        }
        RelativeDates.Hit rel = RelativeDates.first(f, reference);
        if (rel == null) return null;
        ClockTimes.Hit time = rel.dayOnly() ? ClockTimes.after(f, rel.end()) : null;
        return withTime(ft, rel.date(), rel.start(), rel.end(), time);
    }

    private static DateMatch withTime(FoldedText ft, NewsDate date, int start, int end, ClockTimes.Hit time) {
        if (time != null) {
            date = new NewsDate(date.date(), time.time(), time.offsetOn(date.date()));
            start = Math.min(start, time.start());
            end = Math.max(end, time.end());
        }
        return new DateMatch(date, ft.originalStart(start), ft.originalEnd(end));
    }
}
