package org.marsad.model;

import java.util.Objects;

/**
 * One place where an entity is named: its exact span in the article's body ({@code body.substring(start, end)}
 * equals {@code text}), without a leading clitic such as و or ل.
 *
 * @param text the mention as written
 * @param start first char in the body (UTF-16 index)
 * @param end one past the last char
 * @param type what the tagger says it is
 */
public record Mention(String text, int start, int end, EntityType type) {
    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
}
