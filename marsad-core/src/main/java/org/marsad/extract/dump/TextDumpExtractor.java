package org.marsad.extract.dump;

import java.time.ZonedDateTime;
import org.marsad.model.Analysis;
import org.marsad.model.Rejection;

/** Reads a scraped text dump (a page's visible text, a block per line) by classifying its lines. */
public final class TextDumpExtractor {
    public Analysis extract(String text, String url, ZonedDateTime reference) {
        return new Rejection(Rejection.Reason.NO_CONTENT, "text dumps are not read yet"); // TODO(dump helper)
    }
}
