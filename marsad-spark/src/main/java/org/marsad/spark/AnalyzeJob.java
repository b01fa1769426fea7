package org.marsad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Marsad on Apache Spark: WARC archives (one task per archive; gzip WARC cannot be split) or JSON Lines in, and
 * out, under {@code --out}: {@code articles.jsonl/} (the JSON of {@code marsad analyze --jsonl}), the Parquet tables
 * {@code articles}, {@code entities}, {@code quotes}, {@code events}, the aggregates {@code entity_mentions_per_day},
 * {@code quotes_per_speaker}, {@code events_per_day}, and {@code skipped} (records that gave no article, by reason);
 * with {@code --index DIR}, also one Lucene index of every article (IndexShards).
 *
 * <p>The pipeline is Marsad's static one: built once per executor JVM by the first task that needs it, then shared by
 * every task and partition on that executor. Every output is sorted by article id (then source and the annotation's
 * place), so the same input gives the same tables whatever the partitioning.
 */
public final class AnalyzeJob {
    private AnalyzeJob() {}

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("marsad-spark: " + e.getMessage());
            System.err.println(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkConf conf = new SparkConf().setAppName("marsad-analyze");
        // Outside spark-submit (java -cp …), run on this machine's cores.
        if (!conf.contains("spark.master")) conf.setMaster("local[*]");
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        int status;
        try {
            JobSummary summary = run(spark, options);
            System.err.println("marsad-spark: " + summary.line() + " -> " + options.out());
            status = summary.skipped().containsKey(ArchiveInputs.CORRUPT) ? 1 : 0;
        } finally {
            spark.stop();
        }
        System.exit(status);
    }

    /** Runs the job on {@code spark} and writes every output; the counts come back. */
    public static JobSummary run(SparkSession spark, JobOptions o) {
        // Analysed once, kept for the several outputs below.
        JavaRDD<Outcome> outcomes = outcomes(spark, o).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // The first action computes every partition (and writes the index shards when asked).
            JavaRDD<ArticleRows> articles = outcomes.filter(x -> x.article() != null).map(Outcome::article);
            Dataset<Row> json = spark.createDataFrame(articles.map(ArticleRows::jsonRow), Tables.JSON);
            json.orderBy("id", "source", "json").select("json").write().mode(SaveMode.Overwrite).text(o.out() + "/articles.jsonl");

            Dataset<Row> articleTable = spark.createDataFrame(articles.map(ArticleRows::article), Tables.ARTICLE);
            write(articleTable.orderBy("id", "source"), o, Tables.ARTICLES);
            Dataset<Row> entities = annotations(spark, articles.flatMap(a -> a.entities().iterator()), Tables.ENTITY);
            Dataset<Row> quotes = annotations(spark, articles.flatMap(a -> a.quotes().iterator()), Tables.QUOTE);
            Dataset<Row> events = annotations(spark, articles.flatMap(a -> a.events().iterator()), Tables.EVENT);
            write(entities, o, Tables.ENTITIES);
            write(quotes, o, Tables.QUOTES);
            write(events, o, Tables.EVENTS);
            writeAggregates(o, entities, quotes, events);

            // Articles and skipped records counted in one pass (the empty reason counts articles).
            Map<String, Long> counts = new TreeMap<>(outcomes
                    .mapToPair(x -> new Tuple2<>(x.skipped() == null ? "" : x.skipped(), x.skipped() == null ? 1L : x.count()))
                    .reduceByKey(Long::sum)
                    .collectAsMap());
            Long articleCount = counts.remove("");
            List<Row> skipped = new ArrayList<>();
            counts.forEach((reason, n) -> skipped.add(RowFactory.create(reason, n)));
            write(spark.createDataFrame(skipped, Tables.SKIPPED).coalesce(1), o, "skipped");
            if (o.index() != null) {
                IndexShards.merge(IndexShards.shardsDir(o), Path.of(o.index()), spark.sparkContext().hadoopConfiguration());
            }
            return new JobSummary(articleCount == null ? 0 : articleCount, counts);
        } finally {
            outcomes.unpersist(false);
        }
    }

    /** Every input record read and analysed (lazily: nothing runs until an action). */
    static JavaRDD<Outcome> outcomes(SparkSession spark, JobOptions o) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<JobInput> inputs = o.jsonLines()
                ? JsonLinesInputs.read(jsc, o.inputs())
                : jsc.binaryFiles(String.join(",", o.inputs())).flatMap(f -> new ArchiveInputs(f._1(), f._2()));
        if (o.partitions() > 0) inputs = inputs.repartition(o.partitions());
        boolean extractOnly = o.extractOnly();
        if (o.index() == null) return inputs.map(in -> in.analyze(extractOnly, a -> {}));
        String shards = IndexShards.shardsDir(o);
        return inputs.mapPartitionsWithIndex((i, in) -> IndexShards.indexing(i, in, extractOnly, shards), true);
    }

    private static Dataset<Row> annotations(SparkSession spark, JavaRDD<Row> rows,
            org.apache.spark.sql.types.StructType schema) {
        return spark.createDataFrame(rows, schema).orderBy("article_id", "source", "ordinal");
    }

    /**
     * Entity mentions per day, quotes per speaker, events per type, actor, target and day: what users chart. Small
     * next to the tables they come from, so each is one sorted file.
     */
    static void writeAggregates(JobOptions o, Dataset<Row> entities, Dataset<Row> quotes, Dataset<Row> events) {
        write(entities.groupBy("day", "entity_id", "type", "name")
                        .agg(sum("mention_count").as("mentions"), countDistinct("article_id").as("articles"))
                        .repartition(1)
                        .sortWithinPartitions(col("day"), col("mentions").desc(), col("entity_id")),
                o, "entity_mentions_per_day");
        write(quotes.groupBy("speaker_name", "speaker_entity", "speaker_kind")
                        .agg(count(lit(1)).as("quotes"), countDistinct("article_id").as("articles"))
                        .repartition(1)
                        .sortWithinPartitions(col("quotes").desc(), col("speaker_name"), col("speaker_entity")),
                o, "quotes_per_speaker");
        write(events.groupBy("day", "type", "actor_name", "target_name")
                        .agg(count(lit(1)).as("events"), countDistinct("article_id").as("articles"))
                        .repartition(1)
                        .sortWithinPartitions("day", "type", "actor_name", "target_name"),
                o, "events_per_day");
    }

    private static void write(Dataset<Row> table, JobOptions o, String name) {
        table.write().mode(SaveMode.Overwrite).parquet(o.out() + "/" + name);
    }
}
