package org.marsad.app;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.index.ArticleIndex;
import org.marsad.index.SearchRequest;
import org.marsad.index.ingest.Ingest;
import org.marsad.index.ingest.IngestOptions;
import org.marsad.index.ingest.IngestReport;
import org.marsad.model.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench index}: ingest articles/s with the full pipeline on one thread over the SaudiNewsNet sample,
 * then search latency (p50/p99) on an index of many articles built by repeating the sample under new ids.
 */
@Command(
        name = "index",
        description = {"Time ingest (full pipeline, one thread, over the SaudiNewsNet zips) and search latency on a "
                + "large index built by repeating the sample with new ids. Takes minutes."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:measured", "2:usage error, or no SaudiNewsNet sample"})
final class BenchIndexCommand implements Callable<Integer> {
    @CommandLine.Mixin
    DataOption data = new DataOption();

    @Option(names = "--articles", paramLabel = "N", description = "Size of the search index (default: ${DEFAULT-VALUE}).")
    int articles = 200_000;

    @Option(names = "--queries", paramLabel = "N", description = "Timed queries (default: ${DEFAULT-VALUE}).")
    int queries = 2000;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Where the indexes are built (default: ${DEFAULT-VALUE}); the large one is kept and reused.")
    Path workDir = Path.of("marsad-data", "bench");

    @Option(names = "--rebuild", description = "Build the large index again even if it is there.")
    boolean rebuild;

    @Option(names = "--search-only", description = "Skip the ingest rounds (the large index and the first ingest must be there).")
    boolean searchOnly;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (articles < 1 || queries < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--articles and --queries must be >= 1");
        Path dir = data.dir().resolve(BenchTextCorpus.FOLDER);
        List<String> zips = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (var s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".zip")).sorted().forEach(p -> zips.add(p.toString()));
            }
        }
        if (zips.isEmpty()) {
            err.println(BenchTextCorpus.missing(dir));
            return 2;
        }
        out.println("JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, options: "
                + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        out.printf("load average at start: %.1f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (!searchOnly || count(workDir.resolve("ingest-1")) == 0) {
            for (int round = 1; round <= 2; round++) ingestRound(out, zips, round);
        }

        Path big = workDir.resolve("index-" + articles);
        List<Article> sample;
        try (ArticleIndex first = ArticleIndex.open(workDir.resolve("ingest-1"))) {
            sample = first.all();
        }
        if (rebuild || !Files.exists(big) || count(big) < articles) {
            BenchCorpus.build(big, sample, articles, out);
        }
        try (ArticleIndex index = ArticleIndex.openReadOnly(big)) {
            searchRound(out, index, BenchCorpus.queries(sample, queries + queries / 4, 42));
        }
        return 0;
    }

    private void ingestRound(PrintWriter out, List<String> zips, int round) {
        Path target = workDir.resolve("ingest-" + round);
        BenchCorpus.delete(target);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        IngestReport r;
        try (ArticleIndex index = ArticleIndex.open(target)) {
            r = Ingest.run(index, zips, IngestOptions.defaults().withThreads(1));
        }
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        out.printf(Locale.ROOT, "ingest round %d (%s JVM), 1 analysis thread, full pipeline: %,d articles (%,d rejected) "
                        + "in %.1f s wall = %.0f articles/s; %.1f s CPU of the whole process = %.0f articles per CPU-second%n",
                round, round == 1 ? "cold" : "warm", r.indexed(), r.rejectedTotal(), r.seconds(), r.perSecond(), cpu,
                r.indexed() / cpu);
        out.flush();
    }

    private void searchRound(PrintWriter out, ArticleIndex index, List<SearchRequest> requests) {
        int warm = requests.size() - queries;
        for (int i = 0; i < warm; i++) index.search(requests.get(i));
        long[] micros = new long[queries];
        long[] cpuMicros = new long[queries];
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long hits = 0;
        for (int i = 0; i < queries; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            hits += index.search(requests.get(warm + i)).total();
            micros[i] = (System.nanoTime() - t0) / 1000;
            cpuMicros[i] = (threads.getCurrentThreadCpuTime() - c0) / 1000;
        }
        Arrays.sort(micros);
        Arrays.sort(cpuMicros);
        out.printf(Locale.ROOT, "search on %,d articles: %,d queries after %,d warm-up (top 10, snippets, 6 facets, "
                        + "a quarter with filters, half collapsed), %.0f matches per query on average%n",
                index.count(), queries, warm, hits / (double) queries);
        out.printf(Locale.ROOT, "search latency: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                pct(micros, 50), pct(micros, 90), pct(micros, 99), micros[micros.length - 1] / 1000.0);
        out.printf(Locale.ROOT, "search CPU time of the searching thread (what the wall time is on an idle core): "
                        + "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; load average now %.1f%n",
                pct(cpuMicros, 50), pct(cpuMicros, 90), pct(cpuMicros, 99), cpuMicros[cpuMicros.length - 1] / 1000.0,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.flush();
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000.0;
    }

    private static int count(Path dir) {
        try (ArticleIndex index = ArticleIndex.openReadOnly(dir)) {
            return index.count();
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
