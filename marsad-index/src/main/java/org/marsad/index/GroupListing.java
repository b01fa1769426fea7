package org.marsad.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.marsad.model.Article;

/** Lists the largest near-duplicate groups of an index, reading the group field's terms. Stateless. */
final class GroupListing {
    private static final int MEMBERS_SHOWN = 5;

    private GroupListing() {}

    static List<DuplicateGroup> groups(IndexSearcher s, int minSize, int limit) throws IOException {
        Terms terms = MultiTerms.getTerms(s.getIndexReader(), IndexFields.GROUP);
        if (terms == null || limit <= 0) return List.of();
        record Sized(String id, int size) {}
        PriorityQueue<Sized> top = new PriorityQueue<>(Comparator.comparingInt(Sized::size));
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            if (te.docFreq() < minSize) continue;
            int size = s.count(new TermQuery(new Term(IndexFields.GROUP, BytesRef.deepCopyOf(t)))); // live docs only
            if (size < minSize) continue;
            top.add(new Sized(t.utf8ToString(), size));
            if (top.size() > limit) top.poll();
        }
        List<Sized> sorted = new ArrayList<>(top);
        sorted.sort(Comparator.comparingInt(Sized::size).reversed().thenComparing(Sized::id));
        List<DuplicateGroup> out = new ArrayList<>();
        for (Sized g : sorted) {
            List<DuplicateGroup.Member> members = new ArrayList<>();
            Set<String> publishers = new TreeSet<>();
            for (ScoreDoc sd : s.search(new TermQuery(new Term(IndexFields.GROUP, g.id())), g.size()).scoreDocs) {
                BytesRef b = s.storedFields().document(sd.doc).getBinaryValue(IndexFields.ARTICLE);
                Article a = ArticleCodec.read(b.bytes, b.offset, b.length);
                if (a.publisher() != null) publishers.add(a.publisher());
                if (members.size() < MEMBERS_SHOWN) members.add(new DuplicateGroup.Member(a.id(), a.publisher(), a.title()));
            }
            out.add(new DuplicateGroup(g.id(), g.size(), new ArrayList<>(publishers), members));
        }
        return out;
    }
}
