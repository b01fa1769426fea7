package org.marsad.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Decides, article by article, whether an article is new and which near-duplicate group it joins. Candidates come
 * from MinHash LSH bands, both among the articles already committed (looked up in the index as it was when the
 * writer opened) and among those added since (kept in memory); a candidate whose signature agrees in at least
 * {@link #THRESHOLD} of positions lends the article its group. Not thread-safe: the index calls it under a lock.
 */
final class DuplicateGroups {
    /** Estimated shingle Jaccard similarity from which two articles are copies of one story. */
    static final double THRESHOLD = 0.5;
    private static final int MAX_CANDIDATES = 16;

    private final IndexSearcher committed;
    private final Set<String> sessionIds = new HashSet<>();
    private final Map<String, String> bandOwner = new HashMap<>(); // band key → an article id holding it
    private final Map<String, long[]> signatures = new HashMap<>(); // session article id → signature
    private final Map<String, String> groups = new HashMap<>(); // session article id → group

    DuplicateGroups(IndexSearcher committed) {
        this.committed = committed;
    }

    /** True when an article with this id is already in the index or was added since it opened. */
    boolean known(String id) throws IOException {
        return sessionIds.contains(id)
                || (committed != null && committed.count(new TermQuery(new Term(IndexFields.ID, id))) > 0);
    }

    /** Records a new article and returns its group: a near-duplicate's group, else its own id. */
    String assign(String id, long[] signature) throws IOException {
        List<String> bands = MinHash.bands(signature);
        String group = id;
        double best = THRESHOLD;
        Set<String> seen = new HashSet<>();
        for (String band : bands) {
            String other = bandOwner.get(band);
            if (other != null && seen.add(other)) {
                double sim = MinHash.similarity(signature, signatures.get(other));
                if (sim >= best) {
                    best = sim;
                    group = groups.get(other);
                }
            }
        }
        if (committed != null && !bands.isEmpty()) {
            for (Candidate c : committedCandidates(bands)) {
                double sim = MinHash.similarity(signature, c.signature);
                if (sim > best || (sim >= best && group.equals(id))) {
                    best = sim;
                    group = c.group;
                }
            }
        }
        sessionIds.add(id);
        if (!bands.isEmpty()) {
            signatures.put(id, signature);
            groups.put(id, group);
            for (String band : bands) bandOwner.putIfAbsent(band, id);
        }
        return group;
    }

    private record Candidate(String group, long[] signature) {}

    private List<Candidate> committedCandidates(List<String> bands) throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String band : bands) q.add(new TermQuery(new Term(IndexFields.LSH, band)), BooleanClause.Occur.SHOULD);
        List<Candidate> out = new ArrayList<>();
        for (ScoreDoc sd : committed.search(q.build(), MAX_CANDIDATES).scoreDocs) {
            Document doc = committed.storedFields().document(sd.doc, Set.of(IndexFields.GROUP, IndexFields.SIGNATURE));
            BytesRef sig = doc.getBinaryValue(IndexFields.SIGNATURE);
            if (sig == null) continue;
            out.add(new Candidate(doc.get(IndexFields.GROUP), MinHash.fromBytes(sig.bytes, sig.offset, sig.length)));
        }
        return out;
    }
}
