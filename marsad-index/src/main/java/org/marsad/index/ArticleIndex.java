package org.marsad.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.marsad.model.Article;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicText;

/**
 * Marsad's archive: an embedded Lucene index of analyzed articles (entities, quotes and events included) with
 * Arabic-aware search, facets, near-duplicate groups and durable, idempotent ingest. The Java API the CLI and the
 * HTTP server translate.
 *
 * <pre>{@code
 * try (ArticleIndex index = ArticleIndex.open(Path.of("marsad-data/index"))) {
 *     index.add(article);                       // idempotent: the same id twice adds nothing
 *     index.commit();                           // durable from here on, even if the process is killed
 *     SearchResult r = index.search(SearchRequest.of("الإمارات").withPublishers(List.of("was")).withCollapse(true));
 * }
 * }</pre>
 *
 * <p>One process at a time may open an index for writing ({@link #open}); any number may open it read-only
 * ({@link #openReadOnly}) at the same time and see each new commit. A writable index also searches what was added
 * but not yet committed (near-real-time). Every method is thread-safe; {@link #add} may be called from many
 * threads at once. An index killed mid-ingest opens at its last commit.
 */
public final class ArticleIndex implements Closeable {
    /** Where the CLI keeps its index by default, under the working directory. */
    public static final Path DEFAULT_DIR = Path.of("marsad-data", "index");
    private static final long REFRESH_NANOS = 500_000_000L;

    private final Directory directory;
    private final Analyzer analyzer = new ArabicSearchAnalyzer();
    private final IndexWriter writer; // null when read-only
    private final SearcherManager searchers;
    private final DuplicateGroups groups; // null when read-only
    private final IndexSearcher committed; // the state at open, which duplicate lookups read; null when read-only
    private final ArticleSearch.FacetStates facetStates = new ArticleSearch.FacetStates();
    private final Object assignLock = new Object();
    private volatile long lastRefresh = System.nanoTime();

    private ArticleIndex(Directory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        if (writer != null) {
            this.searchers = new SearcherManager(writer, true, false, null);
            this.committed = searchers.acquire();
            this.groups = new DuplicateGroups(committed);
        } else {
            this.searchers = new SearcherManager(directory, null);
            this.committed = null;
            this.groups = null;
        }
    }

    /**
     * Opens the index in {@code dir} for reading and writing, creating it (and the folder) when absent.
     *
     * @throws IndexLockedException when another process has it open for writing
     * @throws UncheckedIOException when the folder cannot be used
     */
    public static ArticleIndex open(Path dir) {
        try {
            Files.createDirectories(dir);
            Directory d = FSDirectory.open(dir);
            IndexWriterConfig cfg = new IndexWriterConfig(new ArabicSearchAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            IndexWriter w;
            try {
                w = new IndexWriter(d, cfg);
            } catch (LockObtainFailedException e) {
                d.close();
                throw new IndexLockedException(dir);
            }
            if (!DirectoryReader.indexExists(d)) w.commit(); // an empty index readers can open at once
            return new ArticleIndex(d, w);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open index " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing index read-only; it may be written by another process meanwhile ({@link #refresh} or any
     * search picks up its new commits).
     *
     * @throws UncheckedIOException when {@code dir} holds no index
     */
    public static ArticleIndex openReadOnly(Path dir) {
        try {
            Directory d = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(d)) {
                d.close();
                throw new UncheckedIOException(new IOException("no index in " + dir));
            }
            return new ArticleIndex(d, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open index " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Adds an analyzed article unless its id is already in the index, and assigns its near-duplicate group.
     * Visible to searches of this index at once (after the next refresh), to other processes after {@link #commit}.
     */
    public AddResult add(Article article) {
        requireWritable();
        AnalyzedText body = ArabicText.analyze(article.body());
        long[] signature = MinHash.signature(body);
        String group;
        try {
            synchronized (assignLock) {
                if (groups.known(article.id())) return new AddResult(article.id(), false, groupOf(article.id()));
                group = groups.assign(article.id(), signature);
            }
            Document doc = ArticleDocuments.document(article, body, group, signature);
            writer.updateDocument(new Term(IndexFields.ID, article.id()), doc); // update: never two docs per id
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add article " + article.id() + ": " + e.getMessage(), e);
        }
        return new AddResult(article.id(), true, group);
    }

    /** True when an article with this id is in the index or was added to it since it opened (committed or not). */
    public boolean contains(String id) {
        requireWritable();
        try {
            synchronized (assignLock) {
                return groups.known(id);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look up article " + id + ": " + e.getMessage(), e);
        }
    }

    /** Makes everything added so far durable: after a crash the index opens with it. */
    public void commit() {
        requireWritable();
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("commit failed: " + e.getMessage(), e);
        }
    }

    /** Makes searches see the latest additions (writable) or the latest commit of the writer (read-only). */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
            lastRefresh = System.nanoTime();
        } catch (IOException e) {
            throw new UncheckedIOException("refresh failed: " + e.getMessage(), e);
        }
    }

    /** Runs a search; results are at most half a second behind the latest additions. */
    public SearchResult search(SearchRequest request) {
        return withSearcher(s -> new ArticleSearch(s, analyzer, facetStates).run(request));
    }

    /** The stored article with this id, annotations included. */
    public Optional<Article> get(String id) {
        return withSearcher(s -> {
            ScoreDoc[] hits = s.search(new TermQuery(new Term(IndexFields.ID, id)), 1).scoreDocs;
            if (hits.length == 0) return Optional.empty();
            BytesRef b = s.storedFields().document(hits[0].doc).getBinaryValue(IndexFields.ARTICLE);
            return Optional.of(ArticleCodec.read(b.bytes, b.offset, b.length));
        });
    }

    /** The near-duplicate group of the article with this id, if the index holds it. */
    public Optional<String> group(String id) {
        return Optional.ofNullable(withSearcher(s -> {
            ScoreDoc[] hits = s.search(new TermQuery(new Term(IndexFields.ID, id)), 1).scoreDocs;
            return hits.length == 0 ? null : s.storedFields().document(hits[0].doc).get(IndexFields.GROUP);
        }));
    }

    /** How many articles the index holds. */
    public int count() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /** Groups of at least {@code minSize} articles, largest first, at most {@code limit}. */
    public List<DuplicateGroup> duplicateGroups(int minSize, int limit) {
        return withSearcher(s -> GroupListing.groups(s, minSize, limit));
    }

    /**
     * Merges other indexes (for example per-partition shards of a batch job) into this one, in bulk: their segments
     * are copied without analysing anything again ({@link ShardMerge}). As with {@link #add}, ids already present are
     * skipped and near-duplicate groups are formed across all of them. Commits at the end.
     *
     * @return how many articles were added (the others were already here)
     */
    public int merge(List<Path> shards) {
        requireWritable();
        int added;
        try {
            added = ShardMerge.merge(shards, writer, this::assignIfNew, this::addWithGroup);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge " + shards + ": " + e.getMessage(), e);
        }
        commit();
        return added;
    }

    /** The group a new article joins (recording it as added), or null when the id is already here. */
    private String assignIfNew(String id, long[] signature) throws IOException {
        synchronized (assignLock) {
            return groups.known(id) ? null : groups.assign(id, signature);
        }
    }

    private void addWithGroup(Article article, String group, long[] signature) throws IOException {
        Document doc = ArticleDocuments.document(article, ArabicText.analyze(article.body()), group, signature);
        writer.updateDocument(new Term(IndexFields.ID, article.id()), doc);
    }

    /** Every stored article, in index order. Meant for merging and export; holds them all in memory. */
    public List<Article> all() {
        return withSearcher(s -> {
            List<Article> out = new ArrayList<>();
            var reader = s.getIndexReader();
            for (var leaf : reader.leaves()) {
                var live = leaf.reader().getLiveDocs();
                var stored = leaf.reader().storedFields();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live != null && !live.get(i)) continue;
                    BytesRef b = stored.document(i).getBinaryValue(IndexFields.ARTICLE);
                    out.add(ArticleCodec.read(b.bytes, b.offset, b.length));
                }
            }
            return out;
        });
    }

    /** Commits (when writable) and releases the index. */
    @Override
    public void close() {
        try {
            if (committed != null) searchers.release(committed);
            searchers.close();
            if (writer != null) {
                writer.commit();
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the index failed: " + e.getMessage(), e);
        }
    }

    private String groupOf(String id) {
        return group(id).orElse(id); // added earlier in this session but not yet visible: its own id is a fair answer
    }

    private void requireWritable() {
        if (writer == null) throw new IllegalStateException("the index is open read-only");
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher s) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            if (System.nanoTime() - lastRefresh > REFRESH_NANOS) {
                searchers.maybeRefresh();
                lastRefresh = System.nanoTime();
            }
            IndexSearcher s = searchers.acquire();
            try {
                return work.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
    }
}
