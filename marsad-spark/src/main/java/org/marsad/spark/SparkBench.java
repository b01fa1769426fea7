package org.marsad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.marsad.eval.SharedData;
import org.marsad.json.ArticleJson;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.source.warc.WarcPage;
import org.marsad.source.warc.WarcPages;

/**
 * {@code bench spark}: writes archives of at least 1,000 pages (BenchArchives), checks that the job gives the articles
 * {@code marsad analyze --jsonl} gives on them with 1, 2 and 8 partitions, then times the job in local[1] and
 * local[2] and prints the throughput per core and the speed-up on two cores. Usage:
 * {@code SparkBench [--data DIR] [--records N] [--work DIR]}.
 */
public final class SparkBench {
    private SparkBench() {}

    public static void main(String[] args) throws IOException {
        String data = null;
        int records = 1200;
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "marsad-bench-spark");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data" -> data = args[i + 1];
                case "--records" -> records = Integer.parseInt(args[i + 1]);
                case "--work" -> work = Path.of(args[i + 1]);
                default -> {
                    System.err.println("usage: SparkBench [--data DIR] [--records N] [--work DIR]");
                    System.exit(2);
                }
            }
        }
        delete(work);
        List<Path> archives = new ArrayList<>();
        String from = BenchArchives.write(SharedData.dataDir(data), work.resolve("warc"), records, 8, archives);
        System.out.printf(Locale.ROOT, "archives: %d records in %d .warc.gz files under %s, from %s%n", records,
                archives.size(), work.resolve("warc"), from);

        List<String> expected = commandLine(archives);
        try (SparkSession spark = session("local[2]")) {
            for (int partitions : new int[] {1, 2, 8}) {
                Path out = work.resolve("out-" + partitions);
                JobSummary s = AnalyzeJob.run(spark, options(archives, out, partitions));
                boolean same = withoutSource(jsonLines(out)).equals(withoutSource(expected));
                System.out.printf(Locale.ROOT, "%d partitions: %s; same articles as marsad analyze --jsonl: %s%n",
                        partitions, s.line(), same ? "yes" : "NO");
            }
        }
        double[][] timed = new double[3][]; // by cores: read+analyse seconds, whole job seconds
        for (int cores : new int[] {1, 2}) {
            double load = loadAverage();
            try (SparkSession spark = session("local[" + cores + "]")) {
                AnalyzeJob.outcomes(spark, options(archives, work.resolve("warm"), 8)).count(); // JIT and Spark warm-up
                long t0 = System.nanoTime();
                long n = AnalyzeJob.outcomes(spark, options(archives, work.resolve("x"), 8)).count();
                double analyse = (System.nanoTime() - t0) / 1e9;
                t0 = System.nanoTime();
                AnalyzeJob.run(spark, options(archives, work.resolve("timed-" + cores), 8));
                double job = (System.nanoTime() - t0) / 1e9;
                timed[cores] = new double[] {analyse, job};
                System.out.printf(Locale.ROOT, "local[%d]: read+analyse %.1f s, whole job with its 9 outputs %.1f s "
                        + "(load average before: %.1f)%n", cores, analyse, job, load);
                if (n == 0) System.out.println("(no records read)");
            }
        }
        System.out.printf(Locale.ROOT, "%nrecords/s per core    local[1]  local[2]  speed-up on 2 cores (linear: 2.00x)%n");
        for (int i = 0; i < 2; i++) {
            double one = records / timed[1][i];
            double two = records / timed[2][i];
            System.out.printf(Locale.ROOT, "%-20s %9.0f %9.0f  %.2fx%n", i == 0 ? "read+analyse" : "whole job",
                    one, two / 2, two / one);
        }
        System.out.println("(wall-clock figures: on a machine shared with other work they are lower and vary)");
    }

    /** The system's load average over the last minute, or -1 where the platform does not tell. */
    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static JobOptions options(List<Path> archives, Path out, int partitions) {
        return new JobOptions(archives.stream().map(Path::toString).toList(), out.toString(), false, partitions, false, null);
    }

    static SparkSession session(String master) {
        return SparkSession.builder().master(master).appName("marsad-bench")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "8")
                // The bench's archives are small; a real crawl's are ~1 GB each, one task apiece. Opening a file is
                // cheap here, so let each small archive be its own task too rather than packing all into one.
                .config("spark.files.openCostInBytes", "65536")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    /** What {@code marsad analyze --jsonl} prints for the archives: the same calls its WARC input makes. */
    static List<String> commandLine(List<Path> archives) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path a : archives) {
            try (WarcPages pages = WarcPages.open(a)) {
                while (pages.hasNext()) {
                    WarcPage page = pages.next();
                    Analysis result = page.analyze();
                    if (result instanceof Article article) out.add(ArticleJson.write(article, page.source(), false));
                }
            }
        }
        return out;
    }

    /** Lines with the "source" field dropped (a path here, a URI in Spark), sorted. */
    static List<String> withoutSource(List<String> lines) {
        return lines.stream().map(l -> l.replaceFirst("^\\{\"source\":\"[^\"]*\",", "{")).sorted().toList();
    }

    static List<String> jsonLines(Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out.resolve("articles.jsonl"))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p));
            }
        }
        return lines;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
