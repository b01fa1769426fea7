package org.marsad.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.index.ArticleIndex;
import org.marsad.serve.LoadBench;
import org.marsad.serve.MarsadServer;
import org.marsad.serve.NewsStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad bench serve}: concurrent clients searching the HTTP API on loopback; errors and latency. */
@Command(
        name = "serve",
        description = "Load the HTTP API on loopback: N clients searching for a fixed time; prints errors and "
                + "p50/p90/p99 latency. Bar: zero errors and p99 <= 200 ms with 50 clients for 30 s.")
final class BenchServeCommand implements Callable<Integer> {
    /** The bar for the 99th percentile. */
    private static final double P99_BAR_MS = 200;

    @Option(names = "--clients", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 50;

    @Option(names = "--seconds", description = "Measured time (default: ${DEFAULT-VALUE}).")
    int seconds = 30;

    @Option(names = "--warmup", description = "Unmeasured seconds first, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup = 5;

    @Option(names = "--corpus", paramLabel = "PATH", arity = "1..*",
            description = "Pages or record files to index first (default: samples/corpus).")
    List<String> corpus = List.of("samples/corpus");

    @Option(names = {"--data-dir"}, paramLabel = "DIR",
            description = "Search this existing index instead (for example one made by `marsad index`).")
    Path dataDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (clients < 1 || seconds < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--clients and --seconds must be >= 1");
        }
        Path dir = dataDir != null ? dataDir : Files.createTempDirectory("marsad-bench-serve");
        try {
            return run(out, dir);
        } finally {
            if (dataDir == null) DemoCommand.deleteTree(dir);
        }
    }

    private int run(PrintWriter out, Path dir) throws IOException, InterruptedException {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            NewsStore store = new NewsStore(index);
            if (dataDir == null) store.ingest(corpus);
            int articles = index.count();
            try (MarsadServer server = MarsadServer.start(new InetSocketAddress("127.0.0.1", 0), store)) {
                List<String> searches = LoadBench.searches(List.of("الدوحة", "المبعوث", "النفط", "الموانئ",
                        "أسعار الفائدة", "البصرة", "الترجمة", "مولر"));
                out.printf(Locale.ROOT, "bench serve: %d clients, %d s (+%d s warm-up), %d articles, %d distinct "
                        + "searches, server and clients on one machine (%d cores)%n", clients, seconds, warmup, articles,
                        searches.size(), Runtime.getRuntime().availableProcessors());
                out.flush();
                LoadBench.Result r = LoadBench.run("127.0.0.1", server.port(), searches, clients,
                        Duration.ofSeconds(warmup), Duration.ofSeconds(seconds));
                boolean pass = r.errors() == 0 && r.p99() <= P99_BAR_MS && r.requests() > 0;
                out.printf(Locale.ROOT, "requests %,d  errors %d  %.0f req/s  latency ms: p50 %.1f  p90 %.1f  "
                                + "p99 %.1f  max %.1f%n", r.requests(), r.errors(), r.perSecond(), r.p50(), r.p90(), r.p99(),
                        r.max());
                out.printf(Locale.ROOT, "CPU per request (server and clients, this process): %.2f ms; machine load "
                        + "average now %.1f on %d cores%n", r.cpuMs(), java.lang.management.ManagementFactory
                        .getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
                out.printf(Locale.ROOT, "bar (0 errors, p99 <= %.0f ms): %s%n", P99_BAR_MS, pass ? "PASS" : "FAIL");
                return pass ? 0 : 1;
            }
        }
    }
}
