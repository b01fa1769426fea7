package org.marsad.extract.html;

import java.util.List;
import org.jsoup.nodes.Document;

/** Reads title, site name, section, authors, canonical URL, language, type and lead image from a parsed page. */
public final class HtmlMetadata {
    private HtmlMetadata() {}

    public static PageMetadata read(Document doc) {
        // TODO(metadata helper): JSON-LD, OpenGraph, meta, visible markup.
        String title = doc.title().isBlank() ? null : doc.title().trim();
        return new PageMetadata(title, null, null, List.of(), null, null, null, null);
    }
}
