package org.marsad.model;

import java.util.Objects;

/**
 * One block of an article's text in page order: a subheading or a paragraph.
 *
 * @param kind whether the block is a subheading or a paragraph
 * @param text the block's clean text, never blank
 */
public record Block(Kind kind, String text) {
    /** The two kinds of body block. */
    public enum Kind {
        HEADING,
        PARAGRAPH
    }

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) throw new IllegalArgumentException("text must not be blank");
    }

    public static Block heading(String text) {
        return new Block(Kind.HEADING, text);
    }

    public static Block paragraph(String text) {
        return new Block(Kind.PARAGRAPH, text);
    }
}
