package org.marsad.source.warc;

import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.marsad.Marsad;
import org.marsad.extract.Page;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.NewsDate;

/**
 * One HTTP response from a web archive, ready for the pipeline. Serializable, so a Spark job can move it between
 * tasks before analysing it.
 *
 * @param source where it came from: the archive's name, {@code #}, the record's byte offset in the archive
 * @param url the WARC-Target-URI
 * @param body the HTTP payload, content and transfer encodings undone
 * @param contentType the HTTP Content-Type header (its charset goes to the decoder), or null
 * @param reference when the page was fetched (the HTTP Date header, else WARC-Date): relative dates anchor here
 * @param lastModified the HTTP Last-Modified header, or null: the publication date when the page states none
 */
public record WarcPage(String source, String url, byte[] body, String contentType, ZonedDateTime reference,
        ZonedDateTime lastModified) implements Serializable {
    public WarcPage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(reference, "reference");
    }

    /** The page as the extractor takes it (format recognised from the bytes, as for a file). */
    public Page page() {
        return new Page(body, url, contentType, Page.Format.AUTO, reference);
    }

    /** The full analysis: {@link Marsad#analyze(Page)}, with Last-Modified as the fallback publication date. */
    public Analysis analyze() {
        return withHeaderDate(Marsad.analyze(page()));
    }

    /** Extraction only, with the same date fallback. */
    public Analysis extract() {
        return withHeaderDate(Marsad.extract(page()));
    }

    /** A page that states no date of its own gets the server's Last-Modified, in the server's UTC offset. */
    private Analysis withHeaderDate(Analysis result) {
        if (!(result instanceof Article a) || a.published() != null || lastModified == null) return result;
        NewsDate date = NewsDate.of(lastModified.toLocalDateTime(), lastModified.getOffset());
        return new Article(a.id(), a.url(), a.canonicalUrl(), a.language(), a.title(), a.section(), date, a.modified(),
                a.authors(), a.publisher(), a.image(), a.blocks(), a.annotations());
    }
}
