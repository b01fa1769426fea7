package org.marsad.app;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marsad.Marsad;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.quote.QuoteFinder;
import org.marsad.quote.SaudiNewsNetDay;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench quotes}: the quote stage's time per article beside analyze's time per article (plain text in,
 * annotated article out) over the SaudiNewsNet sample, single-threaded, in one run.
 */
@Command(
        name = "quotes",
        description = {"Time the quote stage (QuoteFinder on an analyzed body) and Marsad.analyzePlain on the same "
                + "SaudiNewsNet articles, single-threaded, in one run; each figure is the median of the timed rounds, "
                + "as wall time and as the thread's CPU time (steady on a busy machine; the bar is read on it). "
                + "The issue's bar: the quote stage adds at most 20%% to analyze's time per article."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:measured", "2:usage error, or no SaudiNewsNet sample"})
final class BenchQuotesCommand implements Callable<Integer> {
    @CommandLine.Mixin
    DataOption data = new DataOption();

    @Option(names = "--rounds", paramLabel = "N", description = "Timed rounds per stage (default: 5).")
    int rounds = 5;

    @Option(names = "--warmup", paramLabel = "N", description = "Untimed rounds per stage first (default: 3).")
    int warmup = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BenchTextCorpus.checkRounds(spec, rounds, warmup);
        Path dir = data.dir().resolve(BenchTextCorpus.FOLDER);
        List<String> contents = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path zip : files.filter(f -> f.toString().endsWith(".zip")).sorted().toList()) {
                    contents.addAll(SaudiNewsNetDay.contents(zip));
                }
            }
        }
        if (contents.isEmpty()) {
            err.println(BenchTextCorpus.missing(dir));
            return 2;
        }
        List<AnalyzedText> texts = new ArrayList<>();
        for (String c : contents) {
            Analysis a = Marsad.analyzePlain(c);
            if (a instanceof Article article) texts.add(ArabicText.analyze(article.body()));
        }
        QuoteFinder finder = new QuoteFinder();
        double[][] analyze = new double[2][rounds];
        double[][] quotes = new double[2][rounds];
        long[] found = new long[1];
        for (int r = 0; r < warmup; r++) {
            timeAnalyze(contents, new double[2][1], 0);
            timeQuotes(finder, texts, found, new double[2][1], 0);
        }
        for (int r = 0; r < rounds; r++) {
            timeAnalyze(contents, analyze, r);
            found[0] = 0;
            timeQuotes(finder, texts, found, quotes, r);
        }
        out.printf("quotes bench: %d SaudiNewsNet articles (%d analyzed), single thread, %d warm-up + %d timed "
                + "rounds, alternating%n", contents.size(), texts.size(), warmup, rounds);
        out.printf("%-36s %14s %14s%n", "ms per article", "wall", "thread CPU");
        out.printf("%-36s %14.3f %14.3f%n", "analyze (Marsad.analyzePlain)", per(analyze[0], contents),
                per(analyze[1], contents));
        out.printf("%-36s %14.3f %14.3f%n", "quote stage (QuoteFinder.quotes)", per(quotes[0], texts),
                per(quotes[1], texts));
        double wall = per(quotes[0], texts) / per(analyze[0], contents);
        double cpu = per(quotes[1], texts) / per(analyze[1], contents);
        out.printf("quote stage / analyze: %.1f%% wall, %.1f%% CPU (bar, on CPU: <= 20%%): %s; %d quotes%n",
                100 * wall, 100 * cpu, cpu <= 0.2 ? "met" : "NOT met", found[0]);
        out.flush();
        return 0;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One round of analyze: wall seconds into times[0][r], CPU seconds into times[1][r]. */
    private static void timeAnalyze(List<String> contents, double[][] times, int r) {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        for (String c : contents) Marsad.analyzePlain(c);
        times[1][r] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        times[0][r] = (System.nanoTime() - wall) / 1e9;
    }

    /** One round of the quote stage on analyzed bodies, timed the same way. */
    private static void timeQuotes(QuoteFinder finder, List<AnalyzedText> texts, long[] found, double[][] times, int r) {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        for (AnalyzedText t : texts) found[0] += finder.quotes(t, List.of()).size();
        times[1][r] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        times[0][r] = (System.nanoTime() - wall) / 1e9;
    }

    /** Milliseconds per item: the median round over the item count. */
    private static double per(double[] seconds, List<?> items) {
        return median(seconds) / items.size() * 1e3;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
