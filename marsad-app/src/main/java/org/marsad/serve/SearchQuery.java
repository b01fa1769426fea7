package org.marsad.serve;

import java.time.LocalDate;

/**
 * A search: free text plus filters, one page of results.
 *
 * @param text the words to look for (all must occur), or blank for every article
 * @param section only this section, or null
 * @param publisher only this publisher, or null
 * @param entity only articles naming this entity (its id, name or an alias), or null
 * @param speaker only articles quoting this speaker (a name or an entity id), or null
 * @param event only articles with an event of this PLOVER type, or null
 * @param from only articles published on or after this day, or null
 * @param to only articles published on or before this day, or null
 * @param page the page, from 1
 * @param size results per page, 1 to {@link #MAX_SIZE}
 */
public record SearchQuery(String text, String section, String publisher, String entity, String speaker,
        String event, LocalDate from, LocalDate to, int page, int size) {
    public static final int MAX_SIZE = 100;

    public SearchQuery {
        if (text == null) text = "";
        if (page < 1) throw new IllegalArgumentException("page must be 1 or more");
        if (size < 1 || size > MAX_SIZE) throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE);
    }

    /** Every article, newest first, first page of ten. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, null, 1, 10);
    }
}
