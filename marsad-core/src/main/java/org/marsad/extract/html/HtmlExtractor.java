package org.marsad.extract.html;

import java.time.ZonedDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.marsad.extract.ArticleIds;
import org.marsad.extract.InputRejected;
import org.marsad.extract.LanguageGuess;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Block;
import org.marsad.model.Rejection;

/** An HTML page to its clean article: metadata, dates and main content. Thread-safe. */
public final class HtmlExtractor {
    private final MainContent mainContent = new MainContent();

    public Analysis extract(String html, String url, ZonedDateTime reference) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        PageMetadata meta = HtmlMetadata.read(doc);
        PageDates.Found dates = PageDates.find(doc, reference);
        List<Block> blocks = mainContent.blocks(doc, meta.type());
        if (blocks.isEmpty()) throw new InputRejected(Rejection.Reason.NO_CONTENT, "no article text found");
        String body = String.join("\n", blocks.stream().map(Block::text).toList());
        String language = meta.language() != null ? meta.language() : LanguageGuess.of(body);
        String canonical = meta.canonicalUrl();
        return new Article(
                ArticleIds.of(canonical != null ? canonical : url, body),
                url != null ? url : canonical,
                canonical,
                language,
                meta.title(),
                meta.section(),
                dates.published(),
                dates.modified(),
                meta.authors(),
                meta.siteName(),
                meta.image(),
                blocks);
    }
}
