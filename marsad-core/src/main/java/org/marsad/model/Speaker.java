package org.marsad.model;

import java.util.Objects;

/**
 * Who a quote is attributed to.
 *
 * @param name the speaker's name as the article gives it (canonical when linked), or a description (مصدر مطلع)
 * @param entity the id of the speaker's {@link Entity}, or null when not linked
 * @param role the role or title the article gives the speaker (أستاذ العلوم السياسية بجامعة موسكو), or null
 * @param kind a named person, a group, an institution, an anonymous source, or unknown
 */
public record Speaker(String name, String entity, String role, Kind kind) {
    public Speaker {
        Objects.requireNonNull(kind, "kind");
    }

    /** What kind of source speaks. */
    public enum Kind {
        PERSON,
        GROUP,
        INSTITUTION,
        ANONYMOUS,
        UNKNOWN
    }
}
