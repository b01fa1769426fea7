package org.marsad.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.index.ArticleIndex;
import org.marsad.index.FacetCount;
import org.marsad.index.SearchHit;
import org.marsad.index.SearchRequest;
import org.marsad.index.SearchResult;
import org.marsad.index.ingest.Ingest;
import org.marsad.index.ingest.IngestOptions;
import org.marsad.index.ingest.IngestReport;
import org.marsad.model.Article;
import org.marsad.model.NewsDate;

/**
 * What the server reads and writes: the {@link ArticleIndex}, translated to the API's shapes. Thread-safe, as the
 * index is. Keeps a version number that moves on every addition, so views built from every article can cache.
 */
public final class NewsStore {
    /** Values per facet: enough for a sidebar. */
    static final int FACET_VALUES = 12;

    private final ArticleIndex index;
    private final AtomicLong version = new AtomicLong();
    private final SnippetCutter snippets = new SnippetCutter();

    public NewsStore(ArticleIndex index) {
        this.index = index;
    }

    /** Adds one article and makes it durable and searchable at once (an ingest request waits for both). */
    public void add(Article article) {
        index.add(article);
        index.commit();
        index.refresh();
        version.incrementAndGet();
    }

    /** Analyzes and adds every page, record file or archive under {@code paths} (the index's own bulk ingest). */
    public IngestReport ingest(List<String> paths) {
        IngestReport r = Ingest.run(index, paths, IngestOptions.defaults());
        index.refresh();
        version.incrementAndGet();
        return r;
    }

    public Optional<Article> article(String id) {
        return index.get(id);
    }

    /** Every stored article, for the entity, quote and event views. */
    List<Article> articles() {
        return index.all();
    }

    long version() {
        return version.get();
    }

    /** One page of hits for {@code q}; blank words list every article, newest first. */
    public SearchPage search(SearchQuery q) {
        SearchRequest r = SearchRequest.of(q.text())
                .withSections(listOf(q.section()))
                .withPublishers(listOf(q.publisher()))
                .withEntities(listOf(q.entity()))
                .withSpeakers(listOf(q.speaker()))
                .withEventTypes(listOf(q.event()))
                .withDates(q.from(), q.to())
                .withPage((q.page() - 1) * q.size(), q.size())
                .withSort(q.text().isBlank() ? SearchRequest.Sort.NEWEST : SearchRequest.Sort.RELEVANCE)
                .withFacetLimit(FACET_VALUES)
                .withSnippets(false); // cut here from words read once per article: see SnippetCutter
        SearchResult found = index.search(r);
        Set<String> terms = SnippetCutter.queryTerms(q.text());
        List<SearchPage.Hit> hits = new ArrayList<>();
        for (SearchHit h : found.hits()) {
            Article a = h.article();
            Snippet s = snippets.cut(a, terms);
            NewsDate d = a.published();
            hits.add(new SearchPage.Hit(a.id(), a.title(), d == null ? null : d.iso(), a.section(), a.publisher(),
                    s.text(), s.marks()));
        }
        return new SearchPage(found.total(), q.page(), q.size(), hits, facets(found.facets()));
    }

    /** The index's facets as the API names them; days are summed into months for the sidebar. */
    private static Map<String, List<SearchPage.FacetCount>> facets(Map<String, List<FacetCount>> in) {
        Map<String, List<SearchPage.FacetCount>> out = new LinkedHashMap<>();
        for (String dim : List.of("section", "publisher", "entity", "speaker", "event")) {
            out.put(dim, in.getOrDefault(dim, List.of()).stream()
                    .map(f -> new SearchPage.FacetCount(f.value(), f.value(), f.count())).toList());
        }
        Map<String, Long> months = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (FacetCount day : in.getOrDefault("day", List.of())) {
            if (day.value().length() >= 7) months.merge(day.value().substring(0, 7), (long) day.count(), Long::sum);
        }
        out.put("month", months.entrySet().stream()
                .map(m -> new SearchPage.FacetCount(m.getKey(), m.getKey(), m.getValue())).toList());
        return out;
    }

    private static List<String> listOf(String value) {
        return value == null ? List.of() : List.of(value);
    }
}
