package org.marsad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

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
 * place), so the same input gives the same tables whatever the partitioning: the articles are sorted once, in one
 * shuffle of Spark's binary rows, and every table is written from that order; the aggregates take one shuffle each.
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
        Dataset<Row> sorted = null;
        try {
            // The first pass analyses every partition (and writes the index shards when asked) and counts articles
            // and skipped records (the empty reason counts articles).
            Map<String, Long> counts = new TreeMap<>(outcomes
                    .mapToPair(x -> new Tuple2<>(x.skipped() == null ? "" : x.skipped(), x.skipped() == null ? 1L : x.count()))
                    .reduceByKey(Long::sum)
                    .collectAsMap());
            Long found = counts.remove("");

            // One sort serves every output: each article with all its rows as one row of Spark's binary format,
            // sorted by id and source and kept; every table is a projection of it (explode keeps each article's
            // annotation order), so no table is sorted, or converted to Spark's rows, again.
            sorted = spark.createDataFrame(outcomes.filter(x -> x.article() != null).map(x -> x.article().all()),
                            Tables.ALL)
                    .orderBy("id", "source", "json")
                    .persist(StorageLevel.MEMORY_AND_DISK());
            sorted.select("json").write().mode(SaveMode.Overwrite).text(o.out() + "/articles.jsonl");
            outcomes.unpersist(false); // every later output reads the sorted rows
            write(sorted.select("article.*"), o, Tables.ARTICLES);
            write(rows(sorted, "entities"), o, Tables.ENTITIES);
            write(rows(sorted, "quotes"), o, Tables.QUOTES);
            write(rows(sorted, "events"), o, Tables.EVENTS);
            Aggregates.write(o, sorted);

            List<Row> skipped = new ArrayList<>();
            counts.forEach((reason, n) -> skipped.add(RowFactory.create(reason, n)));
            write(spark.createDataFrame(skipped, Tables.SKIPPED).coalesce(1), o, "skipped");
            if (o.index() != null) {
                IndexShards.merge(IndexShards.shardsDir(o), Path.of(o.index()), spark.sparkContext().hadoopConfiguration());
            }
            return new JobSummary(found == null ? 0 : found, counts);
        } finally {
            outcomes.unpersist(false);
            if (sorted != null) sorted.unpersist(false);
        }
    }

    /** The rows of one annotation table, in article order and, inside an article, in their own order. */
    static Dataset<Row> rows(Dataset<Row> articles, String column) {
        return articles.select(explode(col(column)).as("row")).select("row.*");
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

    private static void write(Dataset<Row> table, JobOptions o, String name) {
        table.write().mode(SaveMode.Overwrite).parquet(o.out() + "/" + name);
    }
}
