package org.marsad.extract.html;

import java.util.List;
import org.marsad.model.Image;

/**
 * What an HTML page says about its article outside the body text.
 *
 * @param title the headline without the site name, or null
 * @param siteName the publisher or site name, or null
 * @param section the site section, or null
 * @param authors the named authors, possibly empty
 * @param canonicalUrl the canonical URL, or null
 * @param language the ISO 639-1 language code the page declares, or null
 * @param type the page's declared type (og:type, JSON-LD @type), lower case, or null
 * @param image the lead image's caption and credit, or null
 */
public record PageMetadata(
        String title,
        String siteName,
        String section,
        List<String> authors,
        String canonicalUrl,
        String language,
        String type,
        Image image) {
    public PageMetadata {
        authors = List.copyOf(authors);
    }
}
