package org.marsad.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.marsad.model.Article;
import org.apache.lucene.util.BytesRef;

/** Runs one {@link SearchRequest} against one searcher: hits, collapsing, snippets and facets. */
final class ArticleSearch {
    private static final String[] DIMENSIONS = {IndexFields.FACET_PUBLISHER, IndexFields.FACET_SECTION,
            IndexFields.FACET_ENTITY, IndexFields.FACET_EVENT, IndexFields.FACET_SPEAKER, IndexFields.FACET_DAY};
    private static final Sort NEWEST = new Sort(new SortField(IndexFields.TIME, SortField.Type.LONG, true));
    private static final int SNIPPET_CHARS = 160;

    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final FacetStates facetStates;

    ArticleSearch(IndexSearcher searcher, Analyzer analyzer, FacetStates facetStates) {
        this.searcher = searcher;
        this.analyzer = analyzer;
        this.facetStates = facetStates;
    }

    SearchResult run(SearchRequest r) throws IOException {
        long t0 = System.nanoTime();
        IndexReader reader = searcher.getIndexReader();
        Query user = QueryBuilder.userQuery(r.query(), analyzer);
        Query full = QueryBuilder.full(r, user, reader, analyzer);
        boolean newest = r.sort() == SearchRequest.Sort.NEWEST || r.query().isBlank();
        int want = r.offset() + r.limit();
        int fetch = Math.max(1, r.collapse() ? want * 4 + 20 : want);
        FacetsCollector fc = new FacetsCollector();
        TopDocs top = newest ? FacetsCollector.search(searcher, full, fetch, NEWEST, fc)
                : FacetsCollector.search(searcher, full, fetch, fc);
        long total = 0;
        for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) total += m.totalHits;
        List<ScoreDoc> page = page(r, full, top, fetch, newest);
        List<SearchHit> hits = new ArrayList<>(page.size());
        Highlighter highlighter = r.snippets() ? highlighter(user) : null;
        for (ScoreDoc sd : page) hits.add(hit(sd, highlighter, newest));
        Map<String, List<FacetCount>> facets = r.facetLimit() > 0 ? facets(fc, r.facetLimit()) : Map.of();
        return new SearchResult(total, hits, facets, (System.nanoTime() - t0) / 1000);
    }

    /** The requested page, after keeping only each group's best hit when collapsing (fetching deeper as needed). */
    private List<ScoreDoc> page(SearchRequest r, Query full, TopDocs top, int fetch, boolean newest) throws IOException {
        int want = r.offset() + r.limit();
        if (!r.collapse()) return slice(List.of(top.scoreDocs), r.offset(), want);
        while (true) {
            List<ScoreDoc> kept = new ArrayList<>();
            Set<String> groups = new HashSet<>();
            for (ScoreDoc sd : top.scoreDocs) {
                if (groups.add(group(sd.doc)) && kept.size() < want) kept.add(sd);
            }
            if (kept.size() >= want || top.scoreDocs.length < fetch) return slice(kept, r.offset(), want);
            fetch *= 4;
            top = newest ? searcher.search(full, fetch, NEWEST) : searcher.search(full, fetch);
        }
    }

    private static List<ScoreDoc> slice(List<ScoreDoc> docs, int from, int to) {
        if (from >= docs.size()) return List.of();
        return docs.subList(from, Math.min(to, docs.size()));
    }

    /** The group of a hit, from doc values (no stored-field decompression per hit). */
    private String group(int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues groups = DocValues.getSorted(leaf.reader(), IndexFields.GROUP);
        if (!groups.advanceExact(doc - leaf.docBase)) return "";
        return groups.lookupOrd(groups.ordValue()).utf8ToString();
    }

    private SearchHit hit(ScoreDoc sd, Highlighter highlighter, boolean newest) throws IOException {
        Document d = searcher.storedFields().document(sd.doc);
        BytesRef stored = d.getBinaryValue(IndexFields.ARTICLE);
        Article a = ArticleCodec.read(stored.bytes, stored.offset, stored.length);
        String group = d.get(IndexFields.GROUP);
        int size = searcher.getIndexReader().docFreq(new Term(IndexFields.GROUP, group));
        String snippet = highlighter == null ? "" : snippet(highlighter, a.body());
        return new SearchHit(a.id(), newest ? Float.NaN : sd.score, snippet, group, Math.max(1, size), a);
    }

    private Highlighter highlighter(Query user) {
        QueryScorer scorer = new QueryScorer(user, IndexFields.BODY);
        Highlighter h = new Highlighter(new SimpleHTMLFormatter("<b>", "</b>"), new SimpleHTMLEncoder(), scorer);
        h.setTextFragmenter(new SimpleFragmenter(SNIPPET_CHARS));
        h.setMaxDocCharsToAnalyze(Integer.MAX_VALUE);
        return h;
    }

    private String snippet(Highlighter h, String body) throws IOException {
        try {
            String best = h.getBestFragments(analyzer.tokenStream(IndexFields.BODY, body), body, 2, " … ");
            if (best != null && !best.isBlank()) return best.strip().replace('\n', ' ');
        } catch (InvalidTokenOffsetsException e) {
            // offsets are the text layer's own spans into this very body: cannot happen; fall through to the lead
        }
        String lead = (body.length() <= SNIPPET_CHARS ? body : body.substring(0, SNIPPET_CHARS) + "…").replace('\n', ' ');
        return new SimpleHTMLEncoder().encodeText(lead);
    }

    private Map<String, List<FacetCount>> facets(FacetsCollector fc, int limit) throws IOException {
        SortedSetDocValuesReaderState state = facetStates.state(searcher.getIndexReader());
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        if (state == null) return out;
        Facets counts = new SortedSetDocValuesFacetCounts(state, fc);
        for (String dim : DIMENSIONS) {
            boolean days = dim.equals(IndexFields.FACET_DAY);
            FacetResult res;
            try {
                res = days ? counts.getAllChildren(dim) : counts.getTopChildren(limit, dim);
            } catch (IllegalArgumentException e) {
                res = null; // no article has this dimension yet
            }
            List<FacetCount> values = new ArrayList<>();
            if (res != null) for (LabelAndValue lv : res.labelValues) values.add(new FacetCount(lv.label, lv.value.intValue()));
            if (days) values.sort(Comparator.comparing(FacetCount::value));
            out.put(dim, values);
        }
        return out;
    }

    /** The facet ordinal state of the current reader, built once per reader (readers change on refresh). */
    static final class FacetStates {
        private IndexReader reader;
        private SortedSetDocValuesReaderState state;

        synchronized SortedSetDocValuesReaderState state(IndexReader current) throws IOException {
            if (current != reader) {
                reader = current;
                try {
                    state = new DefaultSortedSetDocValuesReaderState(current, IndexFields.FACETS);
                } catch (IllegalArgumentException e) {
                    state = null; // an empty index has no facet field yet
                }
            }
            return state;
        }
    }
}
