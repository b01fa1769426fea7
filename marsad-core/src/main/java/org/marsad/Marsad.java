package org.marsad;

import java.nio.charset.StandardCharsets;
import org.marsad.extract.ArticleExtractor;
import org.marsad.extract.Page;
import org.marsad.model.Analysis;

/**
 * The front door: a raw news page in, the clean {@link org.marsad.model.Article} (or a {@link
 * org.marsad.model.Rejection} saying why there is none) out. Thread-safe; every method delegates.
 */
public final class Marsad {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(ArticleExtractor.DEFAULT_MAX_BYTES);

    private Marsad() {}

    /** Analyzes raw page bytes (HTML, a text dump, or gzip of either); {@code url} may be null. */
    public static Analysis analyze(byte[] bytes, String url) {
        return EXTRACTOR.extract(Page.of(bytes, url));
    }

    /** Analyzes one input with every option spelled out. */
    public static Analysis analyze(Page page) {
        return EXTRACTOR.extract(page);
    }

    /** Analyzes an HTML page already decoded to a string; {@code url} may be null. */
    public static Analysis analyzeHtml(String html, String url) {
        return EXTRACTOR.extract(Page.of(html.getBytes(StandardCharsets.UTF_8), url).withFormat(Page.Format.HTML));
    }

    /** Takes clean article text as it is, a paragraph per line: no boilerplate removal, no title line. */
    public static Analysis analyzePlain(String text) {
        return EXTRACTOR.extract(Page.of(text.getBytes(StandardCharsets.UTF_8), null).withFormat(Page.Format.PLAIN));
    }
}
