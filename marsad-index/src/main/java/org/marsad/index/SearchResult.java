package org.marsad.index;

import java.util.List;
import java.util.Map;

/**
 * What a search found.
 *
 * @param total how many articles match (before collapsing)
 * @param hits the requested page of hits
 * @param facets facet dimension (publisher, section, entity, event, speaker, day) → values by count, days by date;
 *     empty when facets were not asked for
 * @param tookMicros wall time of the search in microseconds
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets, long tookMicros) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }
}
