package org.marsad.date;

import java.util.Optional;
import org.marsad.model.NewsDate;

/** Machine-readable dates from metadata. */
final class MachineDates {
    private MachineDates() {}

    static Optional<NewsDate> parse(String value) {
        return Optional.empty();
    }
}
