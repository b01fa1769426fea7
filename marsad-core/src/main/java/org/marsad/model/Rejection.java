package org.marsad.model;

import java.util.Objects;

/**
 * An input that yields no article, with the reason. Expected failures are values, not exceptions.
 *
 * @param reason the kind of failure
 * @param detail one human-readable line saying what was seen
 */
public record Rejection(Reason reason, String detail) implements Analysis {
    /** Why an input yields no article. */
    public enum Reason {
        /** Nothing but whitespace, or no bytes at all. */
        EMPTY,
        /** Bytes that are not text (an image, an archive, a PDF...). */
        BINARY,
        /** A compressed input that ends early or is corrupt. */
        CORRUPT,
        /** Larger than the configured maximum. */
        TOO_LARGE,
        /** Text that is not a single article: a home page, a section front, a gallery, a video page. */
        NOT_ARTICLE,
        /** An article page whose main text could not be found. */
        NO_CONTENT
    }

    public Rejection {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    /** The machine-readable reason code, as JSON and the CLI print it: {@code not-article}. */
    public String code() {
        return reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return code() + ": " + detail;
    }
}
