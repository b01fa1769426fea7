package org.marsad.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** Turns a {@link SearchRequest} into Lucene queries: the scored user query, and the filters beside it. Stateless. */
final class QueryBuilder {
    private static final String[] FIELDS = {IndexFields.TITLE, IndexFields.BODY, IndexFields.ENTITY_NAME};
    private static final Map<String, Float> BOOSTS =
            Map.of(IndexFields.TITLE, 2f, IndexFields.BODY, 1f, IndexFields.ENTITY_NAME, 1f);

    private QueryBuilder() {}

    /** The scored part: the user's words over title, body and entity names; blank matches everything. */
    static Query userQuery(String text, Analyzer analyzer) {
        if (text.isBlank() || text.strip().equals("*")) return new MatchAllDocsQuery();
        MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(true);
        Query q;
        try {
            q = parser.parse(text);
        } catch (ParseException | RuntimeException e) {
            try { // not valid query syntax (a stray quote or bracket): take the words as they are
                q = parser.parse(QueryParser.escape(text));
            } catch (ParseException again) {
                q = null;
            }
        }
        return q == null ? new MatchNoDocsQuery("no searchable words") : q; // null: only punctuation (؟ ،)
    }

    /** The user query with every filter of the request as a non-scoring clause. */
    static Query full(SearchRequest r, Query user, IndexReader reader, Analyzer analyzer) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(user, Occur.MUST);
        anyOf(b, IndexFields.SECTION, r.sections());
        anyOf(b, IndexFields.PUBLISHER, r.publishers());
        anyOf(b, IndexFields.EVENT, r.eventTypes());
        if (!r.entities().isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String e : r.entities()) any.add(entity(e, reader, analyzer), Occur.SHOULD);
            b.add(any.build(), Occur.FILTER);
        }
        if (!r.speakers().isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String s : r.speakers()) {
                any.add(new TermQuery(new Term(IndexFields.SPEAKER, IndexFields.fold(s))), Occur.SHOULD);
                any.add(new TermQuery(new Term(IndexFields.SPEAKER, s)), Occur.SHOULD);
                for (String id : entityIds(s, reader)) {
                    any.add(new TermQuery(new Term(IndexFields.SPEAKER, id)), Occur.SHOULD);
                }
            }
            b.add(any.build(), Occur.FILTER);
        }
        if (r.from() != null || r.to() != null) {
            int lo = r.from() == null ? Integer.MIN_VALUE : (int) r.from().toEpochDay();
            int hi = r.to() == null ? Integer.MAX_VALUE : (int) r.to().toEpochDay();
            b.add(IntPoint.newRangeQuery(IndexFields.DAY, lo, hi), Occur.FILTER);
        }
        return b.build();
    }

    /** Articles naming an entity given by id or by any spelling: its ids, or else the words among entity names. */
    static Query entity(String nameOrId, IndexReader reader, Analyzer analyzer) throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String id : entityIds(nameOrId, reader)) any.add(new TermQuery(new Term(IndexFields.ENTITY, id)), Occur.SHOULD);
        Query phrase = new org.apache.lucene.util.QueryBuilder(analyzer).createPhraseQuery(IndexFields.ENTITY_NAME, nameOrId);
        if (phrase != null) any.add(phrase, Occur.SHOULD);
        return any.build();
    }

    /** The ids of the entities called {@code nameOrId}: itself when it is an id, and every id that spelling was merged into. */
    static Set<String> entityIds(String nameOrId, IndexReader reader) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        if (reader.docFreq(new Term(IndexFields.ENTITY, nameOrId)) > 0) ids.add(nameOrId);
        String prefix = IndexFields.fold(nameOrId) + IndexFields.KEY_SEPARATOR;
        BytesRef p = new BytesRef(prefix);
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(IndexFields.ENTITY_KEY);
            if (terms == null) continue;
            TermsEnum te = terms.iterator();
            if (te.seekCeil(p) == TermsEnum.SeekStatus.END) continue;
            for (BytesRef t = te.term(); t != null && startsWith(t, p); t = te.next()) {
                ids.add(t.utf8ToString().substring(prefix.length()));
            }
        }
        return ids;
    }

    private static boolean startsWith(BytesRef t, BytesRef p) {
        if (t.length < p.length) return false;
        for (int i = 0; i < p.length; i++) if (t.bytes[t.offset + i] != p.bytes[p.offset + i]) return false;
        return true;
    }

    private static void anyOf(BooleanQuery.Builder b, String field, List<String> values) {
        if (values.isEmpty()) return;
        List<Query> qs = new ArrayList<>();
        for (String v : values) qs.add(new TermQuery(new Term(field, v)));
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Query q : qs) any.add(q, Occur.SHOULD);
        b.add(any.build(), Occur.FILTER);
    }
}
