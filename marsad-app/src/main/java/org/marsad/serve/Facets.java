package org.marsad.serve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.Article;
import org.marsad.model.Entity;

/** Facet counts over a set of matching articles: section, publisher, month and the entities mentioned. */
final class Facets {
    /** How many values of each facet are returned: enough for a sidebar. */
    static final int TOP = 12;

    private Facets() {}

    static Map<String, List<SearchPage.FacetCount>> count(List<Article> matched) {
        Map<String, Long> sections = new HashMap<>();
        Map<String, Long> publishers = new HashMap<>();
        Map<String, Long> months = new HashMap<>();
        Map<String, Long> entities = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Article a : matched) {
            if (a.section() != null) sections.merge(a.section(), 1L, Long::sum);
            if (a.publisher() != null) publishers.merge(a.publisher(), 1L, Long::sum);
            if (a.published() != null) months.merge(a.published().date().toString().substring(0, 7), 1L, Long::sum);
            Set<String> seen = new HashSet<>();
            for (Entity e : a.entities()) {
                if (seen.add(e.id())) {
                    entities.merge(e.id(), 1L, Long::sum);
                    names.putIfAbsent(e.id(), e.name());
                }
            }
        }
        Map<String, List<SearchPage.FacetCount>> out = new LinkedHashMap<>();
        out.put("section", top(sections, Map.of()));
        out.put("publisher", top(publishers, Map.of()));
        out.put("month", top(months, Map.of()));
        out.put("entity", top(entities, names));
        return out;
    }

    private static List<SearchPage.FacetCount> top(Map<String, Long> counts, Map<String, String> labels) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .map(e -> new SearchPage.FacetCount(e.getKey(), labels.getOrDefault(e.getKey(), e.getKey()),
                        e.getValue()))
                .toList();
    }

}
