package org.marsad.extract;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One raw input to extract an article from.
 *
 * @param bytes the raw bytes as read (HTML, a text dump or plain text; gzip is recognised by its magic bytes)
 * @param url the page's URL if known, or null
 * @param contentType the HTTP Content-Type header if known (its charset wins over the page's own), or null
 * @param format how to read the input
 * @param reference the moment relative dates (أمس، منذ ساعتين) are anchored to
 */
public record Page(byte[] bytes, String url, String contentType, Format format, ZonedDateTime reference) {
    /** How an input is to be read. */
    public enum Format {
        /** HTML when it looks like markup, otherwise a scraped text dump. */
        AUTO,
        /** An HTML page. */
        HTML,
        /** A scraped text dump: the page's visible text, a block per line, boilerplate included. */
        TEXT_DUMP,
        /** Clean article text, a paragraph per line: no boilerplate removal, no title line. */
        PLAIN
    }

    public Page {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(reference, "reference");
    }

    /** An input read as {@link Format#AUTO}, relative dates anchored to now. */
    public static Page of(byte[] bytes, String url) {
        return new Page(bytes, url, null, Format.AUTO, ZonedDateTime.now());
    }

    public Page withFormat(Format newFormat) {
        return new Page(bytes, url, contentType, newFormat, reference);
    }
}
