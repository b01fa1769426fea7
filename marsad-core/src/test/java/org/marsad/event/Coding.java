package org.marsad.event;

import java.time.LocalDate;
import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.Block;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.NewsDate;
import org.marsad.model.Quote;
import org.marsad.text.ArabicText;

/** Test helpers: code a text of our own with the shipped coder, without entities unless given. */
final class Coding {
    static final EventCoder CODER = new EventCoder();

    private Coding() {}

    /** An article whose body is {@code text}, published on {@code published} (may be null). */
    static Article article(String text, LocalDate published) {
        return new Article("t", null, null, "ar", null, null, published == null ? null : NewsDate.of(published), null,
                List.of(), null, null, List.of(Block.paragraph(text)));
    }

    /** The events of {@code text}, no entities, no quotes, no publication date. */
    static List<Event> events(String text) {
        return events(CODER, article(text, null), List.of(), List.of());
    }

    /** The events of {@code article} with the given entities and quotes. */
    static List<Event> events(EventCoder coder, Article article, List<Entity> entities, List<Quote> quotes) {
        return coder.events(article, ArabicText.analyze(article.body()), entities, quotes);
    }

    /** The only event of {@code type} in {@code text}; fails when there is none or several. */
    static Event only(String text, String type) {
        List<Event> of = events(text).stream().filter(e -> e.type().equals(type)).toList();
        if (of.size() != 1) throw new AssertionError("want one " + type + " in «" + text + "», got " + events(text));
        return of.get(0);
    }

    /** The types coded in {@code text}. */
    static List<String> types(String text) {
        return events(text).stream().map(Event::type).toList();
    }
}
