package org.marsad;

import java.nio.charset.StandardCharsets;
import org.marsad.extract.ArticleExtractor;
import org.marsad.extract.Page;
import org.marsad.model.Analysis;
import org.marsad.pipeline.Pipeline;

/**
 * The front door: a raw news page in, the clean {@link org.marsad.model.Article} with its entities, quotes and events
 * (or a {@link org.marsad.model.Rejection} saying why there is none) out. Thread-safe; every method delegates.
 */
public final class Marsad {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(ArticleExtractor.DEFAULT_MAX_BYTES);

    private Marsad() {}

    /** Analyzes raw page bytes (HTML, a text dump, or gzip of either); {@code url} may be null. */
    public static Analysis analyze(byte[] bytes, String url) {
        return analyze(Page.of(bytes, url));
    }

    /** Analyzes one input with every option spelled out. */
    public static Analysis analyze(Page page) {
        return Stages.PIPELINE.annotate(extract(page));
    }

    /** Analyzes an HTML page already decoded to a string; {@code url} may be null. */
    public static Analysis analyzeHtml(String html, String url) {
        return analyze(Page.of(html.getBytes(StandardCharsets.UTF_8), url).withFormat(Page.Format.HTML));
    }

    /** Takes clean article text as it is, a paragraph per line: no boilerplate removal, no title line. */
    public static Analysis analyzePlain(String text) {
        return analyze(Page.of(text.getBytes(StandardCharsets.UTF_8), null).withFormat(Page.Format.PLAIN));
    }

    /** Extraction only: the clean article without entities, quotes or events. */
    public static Analysis extract(Page page) {
        return EXTRACTOR.extract(page);
    }

    /** The stages after extraction, shared by every call (loaded on first use, so extraction alone stays light). */
    public static Pipeline pipeline() {
        return Stages.PIPELINE;
    }

    private static final class Stages {
        static final Pipeline PIPELINE = Pipeline.standard();
    }
}
