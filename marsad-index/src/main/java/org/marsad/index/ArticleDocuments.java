package org.marsad.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.NewsDate;
import org.marsad.model.Quote;
import org.marsad.text.AnalyzedText;

/** Turns an {@link Article} with its duplicate group into the Lucene document the index holds. Stateless. */
final class ArticleDocuments {
    private ArticleDocuments() {}

    static Document document(Article a, AnalyzedText body, String group, long[] signature) {
        Document d = new Document();
        d.add(new StringField(IndexFields.ID, a.id(), Field.Store.YES));
        if (a.url() != null) d.add(new StringField(IndexFields.URL, a.url(), Field.Store.NO));
        if (a.title() != null) d.add(new TextField(IndexFields.TITLE, a.title(), Field.Store.NO));
        d.add(new TextField(IndexFields.BODY, ArabicSearchAnalyzer.tokens(body))); // read once, for MinHash too
        keyword(d, IndexFields.SECTION, IndexFields.FACET_SECTION, a.section());
        keyword(d, IndexFields.PUBLISHER, IndexFields.FACET_PUBLISHER, a.publisher());
        NewsDate published = a.published();
        if (published != null) {
            d.add(new IntPoint(IndexFields.DAY, (int) published.date().toEpochDay()));
            d.add(new NumericDocValuesField(IndexFields.TIME, epochSeconds(published)));
            d.add(new SortedSetDocValuesFacetField(IndexFields.FACET_DAY, published.date().toString()));
        } else {
            d.add(new NumericDocValuesField(IndexFields.TIME, Long.MIN_VALUE));
        }
        Set<String> entityNames = new LinkedHashSet<>();
        for (Entity e : a.entities()) {
            d.add(new StringField(IndexFields.ENTITY, e.id(), Field.Store.NO));
            if (!e.name().isBlank() && entityNames.add(e.name())) {
                d.add(new SortedSetDocValuesFacetField(IndexFields.FACET_ENTITY, e.name()));
            }
            key(d, e.name(), e.id());
            d.add(new TextField(IndexFields.ENTITY_NAME, e.name(), Field.Store.NO));
            for (String alias : e.aliases()) {
                key(d, alias, e.id());
                d.add(new TextField(IndexFields.ENTITY_NAME, alias, Field.Store.NO));
            }
        }
        Set<String> speakers = new LinkedHashSet<>();
        for (Quote q : a.quotes()) {
            String name = q.speaker().name();
            if (name != null && !name.isBlank() && speakers.add(name)) {
                d.add(new StringField(IndexFields.SPEAKER, IndexFields.fold(name), Field.Store.NO));
                d.add(new SortedSetDocValuesFacetField(IndexFields.FACET_SPEAKER, name));
            }
            if (q.speaker().entity() != null) {
                d.add(new StringField(IndexFields.SPEAKER, q.speaker().entity(), Field.Store.NO));
            }
        }
        Set<String> events = new LinkedHashSet<>();
        for (Event e : a.events()) {
            if (events.add(e.type())) {
                d.add(new StringField(IndexFields.EVENT, e.type(), Field.Store.NO));
                d.add(new SortedSetDocValuesFacetField(IndexFields.FACET_EVENT, e.type()));
            }
        }
        d.add(new StringField(IndexFields.GROUP, group, Field.Store.YES));
        d.add(new SortedDocValuesField(IndexFields.GROUP, new BytesRef(group)));
        for (String band : MinHash.bands(signature)) d.add(new StringField(IndexFields.LSH, band, Field.Store.NO));
        d.add(new StoredField(IndexFields.SIGNATURE, MinHash.toBytes(signature)));
        d.add(new StoredField(IndexFields.ARTICLE, ArticleCodec.write(a)));
        try {
            return IndexFields.FACETS.build(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // only taxonomy facets do I/O here
        }
    }

    private static void keyword(Document d, String field, String dim, String value) {
        if (value == null || value.isBlank()) return;
        d.add(new StringField(field, value, Field.Store.NO));
        d.add(new SortedSetDocValuesFacetField(dim, value));
    }

    private static void key(Document d, String name, String id) {
        String folded = IndexFields.fold(name);
        if (!folded.isEmpty()) d.add(new StringField(IndexFields.ENTITY_KEY, folded + IndexFields.KEY_SEPARATOR + id,
                Field.Store.NO));
    }

    /** Seconds since the epoch; a day without time counts from its midnight, a time without offset as UTC. */
    static long epochSeconds(NewsDate date) {
        LocalTime time = date.time() == null ? LocalTime.MIDNIGHT : date.time();
        ZoneOffset offset = date.offset() == null ? ZoneOffset.UTC : date.offset();
        return date.date().atTime(time).toEpochSecond(offset);
    }
}
