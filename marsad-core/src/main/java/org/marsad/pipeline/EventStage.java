package org.marsad.pipeline;

import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Quote;
import org.marsad.text.AnalyzedText;

/** Codes the events of an article's body. Implementations are thread-safe. */
@FunctionalInterface
public interface EventStage {
    /** Does nothing. */
    EventStage NONE = (article, text, entities, quotes) -> List.of();

    /** The events of {@code text}; relative dates are anchored to {@link Article#published()}. */
    List<Event> events(Article article, AnalyzedText text, List<Entity> entities, List<Quote> quotes);
}
