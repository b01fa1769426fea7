package org.marsad.date;

import java.time.ZonedDateTime;
import org.jsoup.nodes.Document;
import org.marsad.model.NewsDate;

/**
 * A web page's publication and modification dates, in order of trust: JSON-LD, meta tags and itemprop, then what
 * the reader sees ({@code <time>}, date lines near the headline). Dates after the reference day plus one are
 * dropped as suspect. Never throws.
 */
public final class DocumentDates {
    private DocumentDates() {}

    /**
     * The dates found; either may be null.
     *
     * @param published when the article was first published
     * @param modified when it was last updated, if the page says so
     */
    public record Dates(NewsDate published, NewsDate modified) {}

    /** Finds the dates of {@code doc}; relative dates in visible text are anchored to {@code reference}. */
    public static Dates find(Document doc, ZonedDateTime reference) {
        if (doc == null) return new Dates(null, null);
        try {
            return search(doc, reference);
        } catch (RuntimeException | StackOverflowError e) {
            return new Dates(null, null);
        }
    }

    private static Dates search(Document doc, ZonedDateTime reference) {
        DatePolicy policy = new DatePolicy(reference);
        PageElements page = PageElements.of(doc);
        JsonLdDates.Found ld = JsonLdDates.find(page, policy);
        MetaDates.Found meta = MetaDates.find(page, policy);
        NewsDate published = pick(ld.published(), meta.published());
        NewsDate modified = pick(ld.modified(), meta.modified());
        if (published == null || published.time() == null || modified == null) {
            VisibleDates.Found seen = VisibleDates.find(page, policy, reference);
            published = pick(published, seen.published());
            modified = pick(modified, seen.modified());
        }
        if (published != null && modified != null && modified.date().isBefore(published.date())) modified = null;
        return new Dates(published, modified);
    }

    /** The trusted date, or the fallback when there is none or the fallback adds a time to the same day. */
    private static NewsDate pick(NewsDate trusted, NewsDate fallback) {
        if (trusted == null) return fallback;
        if (fallback != null && trusted.time() == null && fallback.time() != null
                && fallback.date().equals(trusted.date())) {
            return fallback;
        }
        return trusted;
    }
}
