package org.marsad.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterCodecReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.marsad.model.Article;

/**
 * Merges index shards into an index in bulk: their segments are copied with {@link IndexWriter#addIndexes(
 * CodecReader...)} (no text analysed again, no document inverted again), minus the articles the index already holds.
 * Near-duplicate groups are decided article by article in shard order from the stored MinHash signatures, exactly as
 * one-by-one adds would decide them; the few articles whose group differs from the one their shard gave them (a copy
 * of a story first seen in another shard) are indexed again with it, since a group is an indexed term.
 */
final class ShardMerge {
    private static final Set<String> KEYS = Set.of(IndexFields.ID, IndexFields.GROUP, IndexFields.SIGNATURE);

    /** The target index's bookkeeping: the group of a new article (recorded as added), or null when already held. */
    interface Assigner {
        String assign(String id, long[] signature) throws IOException;
    }

    /** Indexes one article with the given group (the slow path, for regrouped articles). */
    interface Reindexer {
        void add(Article article, String group, long[] signature) throws IOException;
    }

    private ShardMerge() {}

    /** Merges every shard in order into {@code writer}; returns how many articles were new. Does not commit. */
    static int merge(List<Path> shards, IndexWriter writer, Assigner groups, Reindexer reindex) throws IOException {
        int added = 0;
        for (Path shard : shards) {
            try (Directory dir = FSDirectory.open(shard); DirectoryReader reader = DirectoryReader.open(dir)) {
                List<CodecReader> bulk = new ArrayList<>();
                for (LeafReaderContext leaf : reader.leaves()) {
                    LeafReader r = leaf.reader();
                    FixedBitSet keep = new FixedBitSet(r.maxDoc());
                    Bits live = r.getLiveDocs();
                    StoredFields stored = r.storedFields();
                    for (int doc = 0; doc < r.maxDoc(); doc++) {
                        if (live != null && !live.get(doc)) continue;
                        Document keys = stored.document(doc, KEYS);
                        BytesRef sig = keys.getBinaryValue(IndexFields.SIGNATURE);
                        long[] signature = MinHash.fromBytes(sig.bytes, sig.offset, sig.length);
                        String group = groups.assign(keys.get(IndexFields.ID), signature);
                        if (group == null) continue; // already in the index
                        added++;
                        if (group.equals(keys.get(IndexFields.GROUP))) {
                            keep.set(doc);
                        } else {
                            BytesRef b = stored.document(doc, Set.of(IndexFields.ARTICLE)).getBinaryValue(IndexFields.ARTICLE);
                            reindex.add(ArticleCodec.read(b.bytes, b.offset, b.length), group, signature);
                        }
                    }
                    int kept = keep.cardinality();
                    // A segment copied whole keeps Lucene's fast paths (stored fields copied as compressed chunks).
                    if (kept == r.maxDoc()) bulk.add(codecReader(r));
                    else if (kept > 0) bulk.add(new KeptDocs(codecReader(r), keep, kept));
                }
                if (!bulk.isEmpty()) writer.addIndexes(bulk.toArray(CodecReader[]::new));
            }
        }
        return added;
    }

    private static CodecReader codecReader(LeafReader r) throws IOException {
        return r instanceof CodecReader c ? c : SlowCodecReaderWrapper.wrap(r);
    }

    /** A segment seen with only the documents to copy live: addIndexes copies live documents only. */
    private static final class KeptDocs extends FilterCodecReader {
        private final Bits keep;
        private final int count;

        KeptDocs(CodecReader in, Bits keep, int count) {
            super(in);
            this.keep = keep;
            this.count = count;
        }

        @Override
        public Bits getLiveDocs() {
            return keep;
        }

        @Override
        public int numDocs() {
            return count;
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return null;
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }
}
