package org.marsad.index;

import java.util.Locale;
import org.apache.lucene.facet.FacetsConfig;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.NormalizationProfile;

/** The names of the index's fields and facet dimensions, and how keyword values are folded. */
final class IndexFields {
    /** The article id (exact), the key of idempotent ingest. */
    static final String ID = "id";
    /** The page URL (exact). */
    static final String URL = "url";
    /** Headline, analyzed. */
    static final String TITLE = "title";
    /** Body, analyzed; the field snippets are cut from. */
    static final String BODY = "body";
    /** Canonical names and aliases of the article's entities, analyzed. */
    static final String ENTITY_NAME = "entity_name";
    /** Entity ids (exact). */
    static final String ENTITY = "entity";
    /** Folded entity name or alias, {@link #KEY_SEPARATOR}, entity id: resolves any merged spelling to its ids. */
    static final String ENTITY_KEY = "entity_key";
    /** Speakers of quotes: folded names and entity ids. */
    static final String SPEAKER = "speaker";
    /** PLOVER event types. */
    static final String EVENT = "event";
    static final String SECTION = "section";
    static final String PUBLISHER = "publisher";
    /** Publication day as an epoch day (int point), for date ranges. */
    static final String DAY = "day";
    /** Publication time in epoch seconds (doc values), for newest-first sorting. */
    static final String TIME = "time";
    /** Near-duplicate group id: the id of the group's first article. Stored, exact, sorted doc values. */
    static final String GROUP = "group";
    /** MinHash LSH band keys. */
    static final String LSH = "lsh";
    /** The stored MinHash signature. */
    static final String SIGNATURE = "minhash";
    /** The stored article (see {@link ArticleCodec}). */
    static final String ARTICLE = "article";

    static final char KEY_SEPARATOR = '\u001F';

    /** Facet dimensions. */
    static final String FACET_PUBLISHER = "publisher";
    static final String FACET_SECTION = "section";
    static final String FACET_ENTITY = "entity";
    static final String FACET_EVENT = "event";
    static final String FACET_SPEAKER = "speaker";
    static final String FACET_DAY = "day";

    static final FacetsConfig FACETS = facets();

    private IndexFields() {}

    /** A keyword folded for exact matching: SEARCH-normalized, spaces collapsed, lower case (أحمد  شوقي → احمد شوقي). */
    static String fold(String value) {
        String n = ArabicNormalizer.normalize(value, NormalizationProfile.SEARCH).trim().replaceAll("\\s+", " ");
        return n.toLowerCase(Locale.ROOT);
    }

    private static FacetsConfig facets() {
        FacetsConfig c = new FacetsConfig();
        c.setMultiValued(FACET_ENTITY, true);
        c.setMultiValued(FACET_EVENT, true);
        c.setMultiValued(FACET_SPEAKER, true);
        return c;
    }
}
