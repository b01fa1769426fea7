package org.marsad.extract.html;

import java.time.ZonedDateTime;
import org.jsoup.nodes.Document;
import org.marsad.date.DocumentDates;
import org.marsad.model.NewsDate;

/**
 * Finds a page's publication and modification dates: JSON-LD NewsArticle, OpenGraph and article:* meta, {@code
 * <time>}, then visible Arabic date lines (see {@link DocumentDates} for the order of trust and the guards).
 */
public final class PageDates {
    /** The published and modified dates; either may be null. */
    public record Found(NewsDate published, NewsDate modified) {}

    private PageDates() {}

    /** The page's dates; relative expressions (منذ ساعتين) are anchored to {@code reference}. Never throws. */
    public static Found find(Document doc, ZonedDateTime reference) {
        DocumentDates.Dates dates = DocumentDates.find(doc, reference);
        return new Found(dates.published(), dates.modified());
    }
}
