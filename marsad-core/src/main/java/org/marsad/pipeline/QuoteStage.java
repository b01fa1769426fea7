package org.marsad.pipeline;

import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.Quote;
import org.marsad.text.AnalyzedText;

/** Finds who said what in an article's body. Implementations are thread-safe. */
@FunctionalInterface
public interface QuoteStage {
    /** Does nothing. */
    QuoteStage NONE = (article, text, entities) -> List.of();

    /** The quotes of {@code text}, speakers linked to {@code entities} where they can be. */
    List<Quote> quotes(Article article, AnalyzedText text, List<Entity> entities);
}
