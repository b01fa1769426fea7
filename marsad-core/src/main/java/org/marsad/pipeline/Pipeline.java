package org.marsad.pipeline;

import java.util.List;
import java.util.Objects;
import org.marsad.entity.EntityFinder;
import org.marsad.event.EventCoder;
import org.marsad.model.Analysis;
import org.marsad.model.Annotations;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Quote;
import org.marsad.quote.QuoteFinder;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicText;

/**
 * The stages after extraction: the body through the text layer, then entities, quotes and events, each stage
 * seeing what the earlier ones found. Immutable and thread-safe; build one and share it.
 */
public final class Pipeline {
    /**
     * The longest body the stages after extraction read: a book-length page. Real articles are far shorter; a body
     * beyond it (a hostile or broken page) keeps all its text but gets no entities, quotes or events, so one page
     * cannot hold a worker for minutes. Entities, quotes and events grow near-linearly with the body up to it.
     */
    public static final int MAX_ANNOTATED_CHARS = 2_000_000;

    private final EntityStage entities;
    private final QuoteStage quotes;
    private final EventStage events;

    public Pipeline(EntityStage entities, QuoteStage quotes, EventStage events) {
        this.entities = Objects.requireNonNull(entities, "entities");
        this.quotes = Objects.requireNonNull(quotes, "quotes");
        this.events = Objects.requireNonNull(events, "events");
    }

    /** Every stage Marsad has, with its shipped resources. */
    public static Pipeline standard() {
        return new Pipeline(EntityFinder.standard(), new QuoteFinder(), new EventCoder());
    }

    /** The article with its annotations; a rejection passes through unchanged. */
    public Analysis annotate(Analysis analysis) {
        return analysis instanceof Article a ? annotate(a) : analysis;
    }

    /** The article with the entities, quotes and events of its body. */
    public Article annotate(Article article) {
        String body = article.body();
        if (body.length() > MAX_ANNOTATED_CHARS) return article;
        AnalyzedText text = ArabicText.analyze(body);
        List<Entity> found = entities.entities(article, text);
        List<Quote> said = quotes.quotes(article, text, found);
        List<Event> coded = events.events(article, text, found, said);
        return article.withAnnotations(new Annotations(found, said, coded));
    }
}
