package org.marsad.index;

import java.time.LocalDate;
import java.util.List;

/**
 * One search: a query and its filters, paging, collapsing and facets. Build one with {@link #of(String)} and the
 * {@code with…} methods; every list filter matches an article having ANY of its values, and different filters must
 * all hold.
 *
 * @param query the user's query (blank: every article, newest first). Arabic-aware: words match across hamza
 *     seats, ta marbuta, diacritics and the clitics و ف ب ل ك and ال; "double quotes" make a phrase; AND, OR,
 *     NOT/-, and {@code title:} work as in Lucene's classic syntax (words are ANDed by default)
 * @param sections keep articles of these sections (exact)
 * @param publishers keep articles of these publishers (exact)
 * @param entities keep articles naming one of these entities: an entity id, or any name or alias the entity
 *     stage merged into it (so one spelling finds the others)
 * @param speakers keep articles quoting one of these speakers: a name (folded) or an entity id or name
 * @param eventTypes keep articles with an event of one of these PLOVER types
 * @param from keep articles published on or after this day, or null
 * @param to keep articles published on or before this day, or null
 * @param offset hits to skip (paging)
 * @param limit hits to return
 * @param collapse keep only the best hit of each near-duplicate group
 * @param sort relevance, or newest first
 * @param facetLimit values per facet dimension (0: no facets; days are always all returned when facets are on)
 * @param snippets whether to cut highlighted snippets
 */
public record SearchRequest(String query, List<String> sections, List<String> publishers, List<String> entities,
        List<String> speakers, List<String> eventTypes, LocalDate from, LocalDate to, int offset, int limit,
        boolean collapse, Sort sort, int facetLimit, boolean snippets) {

    /** Hit order. */
    public enum Sort {
        RELEVANCE,
        NEWEST
    }

    public SearchRequest {
        query = query == null ? "" : query;
        sections = List.copyOf(sections);
        publishers = List.copyOf(publishers);
        entities = List.copyOf(entities);
        speakers = List.copyOf(speakers);
        eventTypes = List.copyOf(eventTypes);
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0: " + offset);
        if (limit < 0) throw new IllegalArgumentException("limit must be >= 0: " + limit);
        if (facetLimit < 0) throw new IllegalArgumentException("facetLimit must be >= 0: " + facetLimit);
        if (sort == null) sort = Sort.RELEVANCE;
    }

    /** The query alone: first 10 hits by relevance, with snippets and 10 values per facet. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, 0, 10,
                false, Sort.RELEVANCE, 10, true);
    }

    public SearchRequest withSections(List<String> v) {
        return new SearchRequest(query, v, publishers, entities, speakers, eventTypes, from, to, offset, limit, collapse,
                sort, facetLimit, snippets);
    }

    public SearchRequest withPublishers(List<String> v) {
        return new SearchRequest(query, sections, v, entities, speakers, eventTypes, from, to, offset, limit, collapse,
                sort, facetLimit, snippets);
    }

    public SearchRequest withEntities(List<String> v) {
        return new SearchRequest(query, sections, publishers, v, speakers, eventTypes, from, to, offset, limit, collapse,
                sort, facetLimit, snippets);
    }

    public SearchRequest withSpeakers(List<String> v) {
        return new SearchRequest(query, sections, publishers, entities, v, eventTypes, from, to, offset, limit, collapse,
                sort, facetLimit, snippets);
    }

    public SearchRequest withEventTypes(List<String> v) {
        return new SearchRequest(query, sections, publishers, entities, speakers, v, from, to, offset, limit, collapse,
                sort, facetLimit, snippets);
    }

    /** Published between {@code fromDay} and {@code toDay}, both included; either may be null (open). */
    public SearchRequest withDates(LocalDate fromDay, LocalDate toDay) {
        return new SearchRequest(query, sections, publishers, entities, speakers, eventTypes, fromDay, toDay, offset,
                limit, collapse, sort, facetLimit, snippets);
    }

    public SearchRequest withPage(int offsetHits, int limitHits) {
        return new SearchRequest(query, sections, publishers, entities, speakers, eventTypes, from, to, offsetHits,
                limitHits, collapse, sort, facetLimit, snippets);
    }

    public SearchRequest withCollapse(boolean v) {
        return new SearchRequest(query, sections, publishers, entities, speakers, eventTypes, from, to, offset, limit, v,
                sort, facetLimit, snippets);
    }

    public SearchRequest withSort(Sort v) {
        return new SearchRequest(query, sections, publishers, entities, speakers, eventTypes, from, to, offset, limit,
                collapse, v, facetLimit, snippets);
    }

    public SearchRequest withFacetLimit(int v) {
        return new SearchRequest(query, sections, publishers, entities, speakers, eventTypes, from, to, offset, limit,
                collapse, sort, v, snippets);
    }

    public SearchRequest withSnippets(boolean v) {
        return new SearchRequest(query, sections, publishers, entities, speakers, eventTypes, from, to, offset, limit,
                collapse, sort, facetLimit, v);
    }
}
