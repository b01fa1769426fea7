package org.marsad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Entity mentions per day, quotes per speaker, events per type, actor, target and day: what users chart. Each is
 * first summed inside every article (where "articles" is simply 1 per key), so one shuffle adds the per-article rows
 * up; a distinct count across the whole job would take two. Small next to the tables, so each is one sorted file.
 */
final class Aggregates {
    static final String ENTITY_MENTIONS = "entity_mentions_per_day";
    static final String QUOTES_PER_SPEAKER = "quotes_per_speaker";
    static final String EVENTS_PER_DAY = "events_per_day";

    static final StructType ENTITY_PARTIAL = schema(new String[] {"day", "entity_id", "type", "name"},
            new org.apache.spark.sql.types.DataType[] {DateType, StringType, StringType, StringType}, "mentions");
    static final StructType QUOTE_PARTIAL = schema(new String[] {"speaker_name", "speaker_entity", "speaker_kind"},
            new org.apache.spark.sql.types.DataType[] {StringType, StringType, StringType}, "quotes");
    static final StructType EVENT_PARTIAL = schema(new String[] {"day", "type", "actor_name", "target_name"},
            new org.apache.spark.sql.types.DataType[] {DateType, StringType, StringType, StringType}, "events");

    private Aggregates() {}

    /** Writes the three aggregates of {@code articles} (rows of {@link Tables#ALL}) under {@code o.out()}. */
    static void write(JobOptions o, Dataset<Row> articles) {
        save(AnalyzeJob.rows(articles, "entity_partials").groupBy("day", "entity_id", "type", "name")
                        .agg(sum("mentions").as("mentions"), sum("articles").as("articles")),
                o, ENTITY_MENTIONS, col("day"), col("mentions").desc(), col("entity_id"));
        save(AnalyzeJob.rows(articles, "quote_partials").groupBy("speaker_name", "speaker_entity", "speaker_kind")
                        .agg(sum("quotes").as("quotes"), sum("articles").as("articles")),
                o, QUOTES_PER_SPEAKER, col("quotes").desc(), col("speaker_name"), col("speaker_entity"));
        save(AnalyzeJob.rows(articles, "event_partials").groupBy("day", "type", "actor_name", "target_name")
                        .agg(sum("events").as("events"), sum("articles").as("articles")),
                o, EVENTS_PER_DAY, col("day"), col("type"), col("actor_name"), col("target_name"));
    }

    /** One row per (day, entity id, type, name) of the article: its mentions summed, 1 article. */
    static List<Row> entityPartials(ArticleRows a) {
        return partials(a.entities(), new int[] {2, 4, 5, 6}, 11);
    }

    /** One row per speaker (name, entity, kind) of the article: its quotes counted, 1 article. */
    static List<Row> quotePartials(ArticleRows a) {
        return partials(a.quotes(), new int[] {4, 5, 7}, -1);
    }

    /** One row per (day, type, actor, target) of the article's events: how many, 1 article. */
    static List<Row> eventPartials(ArticleRows a) {
        return partials(a.events(), new int[] {2, 4, 5, 9}, -1);
    }

    /** Rows of one article grouped by the columns {@code keys}, summing the int column {@code amount} (-1: counting). */
    private static List<Row> partials(List<Row> rows, int[] keys, int amount) {
        Map<List<Object>, long[]> sums = new LinkedHashMap<>();
        for (Row r : rows) {
            Object[] key = new Object[keys.length];
            for (int i = 0; i < keys.length; i++) key[i] = r.get(keys[i]);
            sums.computeIfAbsent(Arrays.asList(key), k -> new long[1])[0] += amount < 0 ? 1 : r.getInt(amount);
        }
        List<Row> out = new ArrayList<>(sums.size());
        for (Map.Entry<List<Object>, long[]> e : sums.entrySet()) {
            Object[] values = Arrays.copyOf(e.getKey().toArray(), keys.length + 2);
            values[keys.length] = e.getValue()[0];
            values[keys.length + 1] = 1L;
            out.add(RowFactory.create(values));
        }
        return out;
    }

    /** The aggregate in one task, sorted, as one file: after the aggregate's shuffle, no second one. */
    private static void save(Dataset<Row> aggregate, JobOptions o, String name, Column... order) {
        aggregate.coalesce(1).sortWithinPartitions(order).write().mode(SaveMode.Overwrite).parquet(o.out() + "/" + name);
    }

    private static StructType schema(String[] keys, org.apache.spark.sql.types.DataType[] types, String amount) {
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) fields.add(DataTypes.createStructField(keys[i], types[i], true));
        fields.add(DataTypes.createStructField(amount, LongType, false));
        fields.add(DataTypes.createStructField("articles", LongType, false));
        return new StructType(fields.toArray(StructField[]::new));
    }
}
