package org.marsad.model;

import java.util.List;

/**
 * What the stages after extraction found in an article's body: entities, quotes and events, each with offsets
 * into {@link Article#body()}.
 */
public record Annotations(List<Entity> entities, List<Quote> quotes, List<Event> events) {
    /** Nothing found, or the stages not run. */
    public static final Annotations NONE = new Annotations(List.of(), List.of(), List.of());

    public Annotations {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
    }
}
