package org.marsad.date;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.marsad.model.NewsDate;

/** Which page dates are believable: not before the web's news era, not after the reference day plus one. */
record DatePolicy(ZonedDateTime reference) {
    private static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

    boolean plausible(NewsDate d) {
        if (d.date().isBefore(EARLIEST)) return false;
        return reference == null || !d.date().isAfter(reference.toLocalDate().plusDays(1));
    }
}
