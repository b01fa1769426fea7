package org.marsad.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marsad.Marsad;
import org.marsad.eval.SharedData;
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
                + "SaudiNewsNet articles, single-threaded, in one run; each figure is the median of the timed rounds. "
                + "The issue's bar: the quote stage adds at most 20% to analyze's time per article."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:measured", "2:usage error, or no SaudiNewsNet sample"})
final class BenchQuotesCommand implements Callable<Integer> {
    @CommandLine.Mixin
    DataOption data = new DataOption();

    @Option(names = "--rounds", paramLabel = "N", description = "Timed rounds per stage (default: 5).")
    int rounds = 5;

    @Option(names = "--warmup", paramLabel = "N", description = "Untimed rounds per stage first (default: 2).")
    int warmup = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rounds < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be >= 1, --warmup >= 0");
        }
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
            err.println("marsad: no SaudiNewsNet sample (*.zip) at " + dir + ". Pass --data DIR, or set -D"
                    + SharedData.PROPERTY + "=SHARED or " + SharedData.ENV + "=SHARED.");
            return 2;
        }
        List<AnalyzedText> texts = new ArrayList<>();
        for (String c : contents) {
            Analysis a = Marsad.analyzePlain(c);
            if (a instanceof Article article) texts.add(ArabicText.analyze(article.body()));
        }
        QuoteFinder finder = new QuoteFinder();
        double[] analyze = new double[rounds];
        double[] quotes = new double[rounds];
        long[] found = new long[1];
        for (int r = 0; r < warmup; r++) {
            timeAnalyze(contents);
            timeQuotes(finder, texts, found);
        }
        for (int r = 0; r < rounds; r++) {
            analyze[r] = timeAnalyze(contents);
            found[0] = 0;
            quotes[r] = timeQuotes(finder, texts, found);
        }
        double perAnalyze = median(analyze) / contents.size() * 1e3;
        double perQuotes = median(quotes) / texts.size() * 1e3;
        out.printf("quotes bench: %d SaudiNewsNet articles (%d analyzed), single thread, %d warm-up + %d timed "
                + "rounds%n", contents.size(), texts.size(), warmup, rounds);
        out.printf("analyze (Marsad.analyzePlain): %.3f ms/article%n", perAnalyze);
        out.printf("quote stage (QuoteFinder.quotes): %.3f ms/article, %d quotes%n", perQuotes, found[0]);
        out.printf("quote stage / analyze: %.1f%% (bar: <= 20%%): %s%n", 100 * perQuotes / perAnalyze,
                perQuotes <= 0.2 * perAnalyze ? "met" : "NOT met");
        out.flush();
        return 0;
    }

    private static double timeAnalyze(List<String> contents) {
        long start = System.nanoTime();
        for (String c : contents) Marsad.analyzePlain(c);
        return (System.nanoTime() - start) / 1e9;
    }

    private static double timeQuotes(QuoteFinder finder, List<AnalyzedText> texts, long[] found) {
        long start = System.nanoTime();
        for (AnalyzedText t : texts) found[0] += finder.quotes(t, List.of()).size();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
