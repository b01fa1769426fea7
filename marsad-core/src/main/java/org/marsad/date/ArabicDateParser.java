package org.marsad.date;

import java.time.ZonedDateTime;
import java.util.Optional;
import org.marsad.model.NewsDate;

/** Reads dates as Arabic news pages write them, and the machine formats their metadata uses. */
public final class ArabicDateParser {
    private ArabicDateParser() {}

    /** A machine-readable date from metadata (ISO-8601, RFC 1123, {@code 2020-08-24 10:00:00}...). */
    public static Optional<NewsDate> parseMachine(String value) {
        return Optional.empty(); // TODO(dates helper)
    }

    /** The first date expression inside {@code text} (a date line, a byline), relative ones anchored to {@code reference}. */
    public static Optional<DateMatch> find(String text, ZonedDateTime reference) {
        return Optional.empty(); // TODO(dates helper)
    }
}
