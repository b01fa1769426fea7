package org.marsad.source.warc;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** HTTP header dates (RFC 7231 IMF-fixdate, {@code Sun, 06 Nov 1994 08:49:37 GMT}). */
final class HttpDates {
    private HttpDates() {}

    /** The header's moment in UTC, or null when it is absent or not an RFC 1123 date (servers send junk). */
    static ZonedDateTime parse(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .withZoneSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
