package org.marsad.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.Arrays;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the job's Parquet tables. Every row of the annotation tables carries its article's id, source and
 * day, so each table can be read (and aggregated) on its own; {@code ordinal} is the annotation's place in its
 * article, which with {@code article_id} and {@code source} orders the rows whatever the partitioning.
 */
final class Tables {
    static final String ARTICLES = "articles";
    static final String ENTITIES = "entities";
    static final String QUOTES = "quotes";
    static final String EVENTS = "events";

    static final StructType ARTICLE = schema(
            "id", StringType, "source", StringType, "url", StringType, "canonical", StringType,
            "language", StringType, "title", StringType, "section", StringType, "published", StringType,
            "modified", StringType, "day", DateType, "authors", createArrayType(StringType), "publisher", StringType,
            "image_caption", StringType, "image_credit", StringType, "subheadings", createArrayType(StringType),
            "paragraphs", createArrayType(StringType), "body", StringType, "entity_count", IntegerType,
            "quote_count", IntegerType, "event_count", IntegerType);

    static final StructType MENTION = schema("text", StringType, "start", IntegerType, "end", IntegerType,
            "type", StringType);

    static final StructType ENTITY = schema(
            "article_id", StringType, "source", StringType, "day", DateType, "ordinal", IntegerType,
            "entity_id", StringType, "type", StringType, "name", StringType, "aliases", createArrayType(StringType),
            "roles", createArrayType(StringType), "country", StringType, "metonym", BooleanType,
            "mention_count", IntegerType, "mentions", createArrayType(MENTION));

    static final StructType QUOTE = schema(
            "article_id", StringType, "source", StringType, "day", DateType, "ordinal", IntegerType,
            "speaker_name", StringType, "speaker_entity", StringType, "speaker_role", StringType,
            "speaker_kind", StringType, "cue", StringType, "direct", BooleanType, "outlet", StringType,
            "text", StringType, "start", IntegerType, "end", IntegerType, "rule", StringType);

    static final StructType EVENT = schema(
            "article_id", StringType, "source", StringType, "day", DateType, "ordinal", IntegerType,
            "type", StringType, "actor_name", StringType, "actor_entity", StringType, "actor_country", StringType,
            "actor_kind", StringType, "target_name", StringType, "target_entity", StringType,
            "target_country", StringType, "target_kind", StringType, "location", StringType, "date", StringType,
            "trigger", StringType, "mode", StringType, "text", StringType, "start", IntegerType, "end", IntegerType,
            "confidence", DoubleType);

    /**
     * One article with everything the job writes of it: its sort keys, its JSON line, its row of {@link #ARTICLE}, its
     * rows of the annotation tables, and its partial sums for the {@link Aggregates}.
     */
    static final StructType ALL = schema("id", StringType, "source", StringType, "json", StringType,
            "article", ARTICLE, "entities", createArrayType(ENTITY), "quotes", createArrayType(QUOTE),
            "events", createArrayType(EVENT), "entity_partials", createArrayType(Aggregates.ENTITY_PARTIAL),
            "quote_partials", createArrayType(Aggregates.QUOTE_PARTIAL),
            "event_partials", createArrayType(Aggregates.EVENT_PARTIAL));

    /** Records that gave no article, by reason. */
    static final StructType SKIPPED = schema("reason", StringType, "records", LongType);

    private Tables() {}

    /** Alternating column names and types; every column nullable (Parquet readers expect optional fields). */
    private static StructType schema(Object... namesAndTypes) {
        StructField[] fields = new StructField[namesAndTypes.length / 2];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = DataTypes.createStructField((String) namesAndTypes[2 * i], (DataType) namesAndTypes[2 * i + 1], true);
        }
        return new StructType(fields);
    }

    static String[] names(StructType schema) {
        return Arrays.copyOf(schema.fieldNames(), schema.fieldNames().length);
    }
}
