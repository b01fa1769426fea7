package org.marsad.serve;

import java.time.ZonedDateTime;
import java.util.Locale;
import org.marsad.Marsad;
import org.marsad.extract.Page;
import org.marsad.model.Analysis;
import org.marsad.model.Article;

/** Raw pages into articles, and articles into the store: what POST /api/analyze and /api/ingest share. */
public final class Ingester {
    private final NewsStore store;

    public Ingester(NewsStore store) {
        this.store = store;
    }

    /**
     * Analyzes one page: the format from {@code format} (auto, html, dump, plain) if given, else from the
     * Content-Type (text/html means HTML), else detected.
     */
    static Analysis analyze(byte[] bytes, String url, String contentType, String format) {
        Page.Format f = format(format, contentType);
        return Marsad.analyze(new Page(bytes, url, contentType, f, ZonedDateTime.now()));
    }

    /** Analyzes the page and stores the article; a rejection is returned and nothing is stored. */
    public Analysis ingest(byte[] bytes, String url, String contentType, String format) {
        Analysis result = analyze(bytes, url, contentType, format);
        if (result instanceof Article a) store.add(a);
        return result;
    }

    private static Page.Format format(String format, String contentType) {
        if (format != null && !format.isBlank()) {
            switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "auto": return Page.Format.AUTO;
                case "html": return Page.Format.HTML;
                case "dump": return Page.Format.TEXT_DUMP;
                case "plain": return Page.Format.PLAIN;
                default: throw ApiError.badRequest("format must be auto, html, dump or plain");
            }
        }
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/html")) return Page.Format.HTML;
        return Page.Format.AUTO;
    }
}
