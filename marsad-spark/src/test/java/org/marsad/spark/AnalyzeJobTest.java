package org.marsad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Marsad;
import org.marsad.app.Main;
import org.marsad.index.ArticleIndex;
import org.marsad.source.warc.WarcArchiveWriter;

class AnalyzeJobTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant FETCHED = Instant.parse("2025-06-20T15:00:00Z");
    static final List<String> TABLES = List.of("articles", "entities", "quotes", "events", "entity_mentions_per_day",
            "quotes_per_speaker", "events_per_day", "skipped");

    @TempDir
    static Path dir;

    static List<Path> archives = new ArrayList<>();

    /** 45 pages of our own in three archives, with the records a crawl also holds: an image, a redirect, a front page. */
    @BeforeAll
    static void writeArchives() throws IOException {
        for (int a = 0; a < 3; a++) {
            Path file = dir.resolve("crawl-" + a + (a == 2 ? ".warc" : ".warc.gz"));
            try (WarcArchiveWriter w = new WarcArchiveWriter(file)) {
                for (int n = a * 15; n < a * 15 + 15; n++) {
                    w.page(OwnPages.url(n), FETCHED, "text/html; charset=utf-8", OwnPages.html(n));
                }
                w.page("https://akhbar.example/logo-" + a + ".png", FETCHED, "image/png", new byte[] {(byte) 0x89, 'P'});
                w.response("https://akhbar.example/old-" + a, FETCHED, 301, "text/html", null, new byte[0]);
                w.page("https://akhbar.example/", FETCHED, "text/html", "<html><body><a href='/1'>محليات</a></body></html>"
                        .getBytes(StandardCharsets.UTF_8));
            }
            archives.add(file);
        }
    }

    private static final Map<Integer, Path> RUNS = new java.util.TreeMap<>();

    /** The job over the archives in {@code partitions} partitions, run once and shared by the tests that read it. */
    static synchronized Path archiveRun(int partitions) {
        return RUNS.computeIfAbsent(partitions, n -> {
            Path out = dir.resolve("p" + n);
            List<String> args = new ArrayList<>();
            // The two-partition run also builds the index from two shards.
            if (n == 2) args.addAll(List.of("--index", out.resolve("index").toString()));
            archives.forEach(a -> args.add(a.toString()));
            JobSummary s = runJob(out, n, args.toArray(String[]::new));
            assertThat(s.articles()).isEqualTo(45);
            assertThat(s.skipped()).containsEntry("not-response", 54L).containsEntry("not-html", 3L)
                    .containsEntry("http-status", 3L);
            assertThat(s.skipped().keySet()).containsAnyOf("not-article", "empty", "no-content");
            return out;
        });
    }

    static JobSummary runJob(Path out, int partitions, String... more) {
        List<String> args = new ArrayList<>(List.of("--partitions", String.valueOf(partitions), "--out", out.toString()));
        args.addAll(List.of(more));
        return AnalyzeJob.run(LocalSpark.get(), JobOptions.parse(args.toArray(String[]::new)));
    }

    @Test
    void sameTablesWithOneTwoAndEightPartitionsAndTheSameArticlesAsTheCommandLine() throws IOException {
        Map<Integer, Path> outs = Map.of(1, archiveRun(1), 2, archiveRun(2), 8, archiveRun(8));
        for (String table : TABLES) {
            List<String> one = LocalSpark.table(outs.get(1), table);
            assertThat(LocalSpark.table(outs.get(2), table)).as(table).isEqualTo(one);
            assertThat(LocalSpark.table(outs.get(8), table)).as(table).isEqualTo(one);
        }
        List<String> lines = LocalSpark.jsonLines(outs.get(1));
        assertThat(LocalSpark.jsonLines(outs.get(8))).isEqualTo(lines);
        assertThat(lines).hasSize(45);
        assertThat(SparkBench.withoutSource(lines)).isEqualTo(SparkBench.withoutSource(cli(archives)));
    }

    @Test
    void theTablesHaveTheirColumnsEvenWhileTheStagesFindNothing() throws IOException {
        Path out = archiveRun(2);
        var spark = LocalSpark.get();
        assertThat(spark.read().parquet(out.resolve("articles").toString()).count()).isEqualTo(45);
        assertThat(spark.read().parquet(out.resolve("entities").toString()).columns())
                .contains("article_id", "entity_id", "type", "name", "mentions", "day");
        assertThat(spark.read().parquet(out.resolve("quotes").toString()).columns())
                .contains("speaker_name", "cue", "direct", "text", "start", "end");
        assertThat(spark.read().parquet(out.resolve("events").toString()).columns())
                .contains("type", "actor_name", "target_name", "day", "text");
        assertThat(spark.read().parquet(out.resolve("events_per_day").toString()).columns())
                .containsExactly("day", "type", "actor_name", "target_name", "events", "articles");
        var row = spark.read().parquet(out.resolve("articles").toString()).orderBy("id").first();
        assertThat(row.<String>getAs("source")).matches("file:.*crawl-\\d\\.warc(\\.gz)?#\\d+");
        assertThat(row.<String>getAs("title")).contains("(");
        assertThat(row.getAs("day").toString()).startsWith("2025-");
    }

    @Test
    void partitionShardsMergeIntoOneIndexHoldingEveryArticle() {
        Path out = archiveRun(2);
        assertThat(out.resolve("index-shards/part-00000")).isDirectory();
        assertThat(out.resolve("index-shards/part-00001")).isDirectory();
        var firstId = LocalSpark.get().read().parquet(out.resolve("articles").toString()).orderBy("id").first().getString(0);
        try (ArticleIndex index = ArticleIndex.openReadOnly(out.resolve("index"))) {
            assertThat(index.count()).isEqualTo(45);
            assertThat(index.get(firstId)).isPresent();
        }
    }

    @Test
    void jsonLinesGoThroughTheSameStages() throws IOException {
        Path in = dir.resolve("articles.jsonl");
        String content = "أعلنت بلدية صيدا عن حملة لتنظيف الشاطئ الشمالي بمشاركة مئات المتطوعين من طلاب المدارس.\\n"
                + "وقال رئيس البلدية إن الحملة تستمر أسبوعاً وتشمل زراعة أشجار على طول الكورنيش.";
        Files.writeString(in, "{\"title\":\"حملة لتنظيف شاطئ صيدا\",\"content\":\"" + content
                + "\",\"url\":\"https://akhbar.example/saida/1\",\"date\":\"2025-06-19 10:00:00\",\"source\":\"أخبار المدن\"}\n"
                + "\n{not json}\n"
                + "{\"title\":\"بلا نص\",\"content\":\"   \"}\n");
        // The JSON Lines reader and the stages only: the outputs are those the archive runs check.
        JobOptions o = JobOptions.parse("--jsonl", "--partitions", "2", "--out", dir.resolve("jsonl").toString(), in.toString());
        List<Outcome> outcomes = AnalyzeJob.outcomes(LocalSpark.get(), o).collect();
        assertThat(outcomes).extracting(Outcome::skipped).containsExactlyInAnyOrder(null, "corrupt", "empty");
        ArticleRows rows = outcomes.stream().filter(x -> x.article() != null).findFirst().orElseThrow().article();
        JsonNode a = JSON.readTree(rows.json());
        assertThat(a.get("title").asText()).isEqualTo("حملة لتنظيف شاطئ صيدا");
        assertThat(a.get("published").asText()).isEqualTo("2025-06-19T10:00");
        assertThat(a.get("publisher").asText()).isEqualTo("أخبار المدن");
        assertThat(a.get("paragraphs")).hasSize(2);
        assertThat(a.get("source").asText()).endsWith("articles.jsonl#0");
    }

    @Test
    void everyTaskOfAnExecutorSharesOnePipeline() {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext());
        List<Integer> ids = jsc.parallelize(List.of(1, 2, 3, 4, 5, 6, 7, 8), 8)
                .map(i -> System.identityHashCode(Marsad.pipeline()))
                .distinct()
                .collect();
        assertThat(ids).hasSize(1);
    }

    @Test
    void usageErrorsSayWhatIsWrong() {
        assertThatThrownBy(() -> JobOptions.parse("a.warc.gz")).hasMessage("--out DIR is required");
        assertThatThrownBy(() -> JobOptions.parse("--out", "o")).hasMessage("no INPUT given");
        assertThatThrownBy(() -> JobOptions.parse("--partitions", "x", "--out", "o", "a")).hasMessageContaining("not a count");
    }

    /** What {@code marsad analyze --jsonl} prints for these archives. */
    static List<String> cli(List<Path> inputs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("analyze", "--jsonl"));
        inputs.forEach(p -> args.add(p.toString()));
        Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
                args.toArray(String[]::new));
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

}
