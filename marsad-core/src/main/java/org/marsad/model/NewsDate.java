package org.marsad.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A date as a news page states it: the day always, the time of day and the UTC offset only when known.
 *
 * @param date the calendar day (Gregorian)
 * @param time the time of day, or null when the page gives only the day
 * @param offset the UTC offset, or null when the page does not state one
 */
public record NewsDate(LocalDate date, LocalTime time, ZoneOffset offset) {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");

    public NewsDate {
        Objects.requireNonNull(date, "date");
        if (offset != null && time == null) throw new IllegalArgumentException("an offset needs a time of day");
    }

    public static NewsDate of(LocalDate date) {
        return new NewsDate(date, null, null);
    }

    public static NewsDate of(LocalDateTime dateTime, ZoneOffset offset) {
        return new NewsDate(dateTime.toLocalDate(), dateTime.toLocalTime(), offset);
    }

    /** ISO-8601: {@code 2025-06-20}, {@code 2025-06-20T17:00} or {@code 2025-06-20T17:00+03:00}. */
    public String iso() {
        if (time == null) return date.toString();
        String t = (time.getSecond() == 0 && time.getNano() == 0 ? HH_MM : HH_MM_SS).format(time);
        String zone = offset == null ? "" : offset.getId().equals("Z") ? "Z" : offset.getId();
        return date + "T" + t + zone;
    }

    @Override
    public String toString() {
        return iso();
    }
}
