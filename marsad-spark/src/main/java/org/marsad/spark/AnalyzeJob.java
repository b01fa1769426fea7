package org.marsad.spark;

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
 * shuffle, and every table is written from that order; the aggregates take one shuffle each.
 */
public final class AnalyzeJob {
    /** Articles per output file of a large job (with their annotation rows, some tens of megabytes). */
    static final long ARTICLES_PER_FILE = 20_000;
    /** From this many articles, the tables are written by every core at once. */
    static final long SHARED_FROM = 1_000;
    private static final long MAX_FILES = 10_000;

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
        JavaRDD<ArticleRows> sorted = null;
        try {
            // The first pass analyses every partition (and writes the index shards when asked) and counts articles
            // and skipped records (the empty reason counts articles).
            Map<String, Long> counts = new TreeMap<>(outcomes
                    .mapToPair(x -> new Tuple2<>(x.skipped() == null ? "" : x.skipped(), x.skipped() == null ? 1L : x.count()))
                    .reduceByKey(Long::sum)
                    .collectAsMap());
            Long found = counts.remove("");
            long articleCount = found == null ? 0 : found;

            // One sort by article id and source serves every table: flatMap keeps each partition's order, so the
            // annotation rows come out sorted by (article_id, source, ordinal) without sorting them again.
            int parts = outputPartitions(articleCount, spark.sparkContext().defaultParallelism());
            sorted = outcomes.filter(x -> x.article() != null).map(Outcome::article)
                    .sortBy(ArticleRows::sortKey, true, parts)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            spark.createDataFrame(sorted.map(ArticleRows::jsonRow), Tables.JSON).select("json")
                    .write().mode(SaveMode.Overwrite).text(o.out() + "/articles.jsonl");
            outcomes.unpersist(false); // every later output reads the sorted articles
            write(spark.createDataFrame(sorted.map(ArticleRows::article), Tables.ARTICLE), o, Tables.ARTICLES);
            write(spark.createDataFrame(sorted.flatMap(a -> a.entities().iterator()), Tables.ENTITY), o, Tables.ENTITIES);
            write(spark.createDataFrame(sorted.flatMap(a -> a.quotes().iterator()), Tables.QUOTE), o, Tables.QUOTES);
            write(spark.createDataFrame(sorted.flatMap(a -> a.events().iterator()), Tables.EVENT), o, Tables.EVENTS);
            Aggregates.write(spark, o, sorted);

            List<Row> skipped = new ArrayList<>();
            counts.forEach((reason, n) -> skipped.add(RowFactory.create(reason, n)));
            write(spark.createDataFrame(skipped, Tables.SKIPPED).coalesce(1), o, "skipped");
            if (o.index() != null) {
                IndexShards.merge(IndexShards.shardsDir(o), Path.of(o.index()), spark.sparkContext().hadoopConfiguration());
            }
            return new JobSummary(articleCount, counts);
        } finally {
            outcomes.unpersist(false);
            if (sorted != null) sorted.unpersist(false);
        }
    }

    /**
     * How many files each table is written as: one for a small job; about one per {@link #ARTICLES_PER_FILE}
     * articles for a large one, and at least one per core once there are {@link #SHARED_FROM} articles, so that
     * writing keeps every core busy. Never depends on how the input was partitioned.
     */
    static int outputPartitions(long articles, int cores) {
        long byRows = (articles + ARTICLES_PER_FILE - 1) / ARTICLES_PER_FILE;
        long perCore = articles >= SHARED_FROM ? cores : 1;
        return (int) Math.min(MAX_FILES, Math.max(1, Math.max(byRows, perCore)));
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
