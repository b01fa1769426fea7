package org.marsad.extract.html;

import java.time.ZonedDateTime;
import org.jsoup.nodes.Document;
import org.marsad.model.NewsDate;

/**
 * Finds a page's publication and modification dates: JSON-LD NewsArticle, OpenGraph and article:* meta, {@code
 * <time>}, then visible Arabic date lines.
 */
public final class PageDates {
    /** The published and modified dates; either may be null. */
    public record Found(NewsDate published, NewsDate modified) {}

    private PageDates() {}

    public static Found find(Document doc, ZonedDateTime reference) {
        return new Found(null, null); // TODO(dates helper)
    }
}
