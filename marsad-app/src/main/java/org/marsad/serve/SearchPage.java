package org.marsad.serve;

import java.util.List;
import java.util.Map;

/**
 * One page of search results.
 *
 * @param total how many articles match in all
 * @param page the page number, from 1
 * @param size the page size asked for
 * @param hits this page's articles, best first
 * @param facets for each facet (section, publisher, entity, speaker, event, month), its values over all matching articles, most first
 */
public record SearchPage(long total, int page, int size, List<Hit> hits, Map<String, List<FacetCount>> facets) {
    public SearchPage {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /**
     * One matching article.
     *
     * @param id the article's id
     * @param title its title, or null
     * @param published its publication date (ISO), or null
     * @param section its section, or null
     * @param publisher its publisher, or null
     * @param snippet a passage of the body where the words occur
     * @param marks [start, end) pairs of the matched words inside {@code snippet}
     */
    public record Hit(String id, String title, String published, String section, String publisher, String snippet,
            List<int[]> marks) {}

    /**
     * A facet value and how many matching articles have it.
     *
     * @param value what to filter by (an entity id for the entity facet)
     * @param label what to show (the entity's name), equal to value for the others
     * @param count matching articles with this value
     */
    public record FacetCount(String value, String label, long count) {}
}
