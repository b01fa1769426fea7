package org.marsad.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench text}: MB/s of our Arabic text layer (normalize + sentence split + tokenize with clitic
 * segments, stems and hints: {@link ArabicText#analyze}) single-threaded over the SaudiNewsNet sample's article text,
 * side by side with Lucene's ArabicAnalyzer over the same text in the same run.
 */
@Command(
        name = "text",
        description = {"Time the Arabic text layer (ArabicText.analyze: normalize, split sentences, tokenize with "
                + "clitics) and Lucene's ArabicAnalyzer on the same SaudiNewsNet article text, single-threaded, in one "
                + "run. MB are UTF-8 megabytes (10^6 bytes) of text; each figure is the median of the timed rounds."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:measured", "2:usage error, or no SaudiNewsNet sample"})
final class BenchTextCommand implements Callable<Integer> {
    @CommandLine.Mixin
    DataOption data = new DataOption();

    @Option(names = "--rounds", paramLabel = "N", description = "Timed rounds per system (default: 5).")
    int rounds = 5;

    @Option(names = "--warmup", paramLabel = "N", description = "Untimed rounds per system first (default: 3).")
    int warmup = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BenchTextCorpus.checkRounds(spec, rounds, warmup);
        Path dir = data.dir().resolve(BenchTextCorpus.FOLDER);
        List<String> bodies = BenchTextCorpus.load(dir);
        if (bodies.isEmpty()) {
            err.println(BenchTextCorpus.missing(dir));
            return 2;
        }
        long bytes = 0;
        long chars = 0;
        for (String b : bodies) {
            bytes += b.getBytes(StandardCharsets.UTF_8).length;
            chars += b.length();
        }
        out.printf("text bench: %d SaudiNewsNet articles, %.2f MB UTF-8 (%d chars), single thread, %d warm-up + %d "
                + "timed rounds each, alternating%n", bodies.size(), bytes / 1e6, chars, warmup, rounds);
        out.println("JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", options: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments())
                + (jitLimited() ? " (C1 only: figures are below the full JIT's)" : ""));
        out.flush();
        ArabicAnalyzer lucene = new ArabicAnalyzer();
        double[] ours = new double[rounds];
        double[] theirs = new double[rounds];
        long[] oursTokens = new long[1];
        long[] theirTokens = new long[1];
        for (int r = 0; r < warmup; r++) {
            runOurs(bodies, oursTokens);
            runLucene(lucene, bodies, theirTokens);
        }
        oursTokens[0] = 0;
        theirTokens[0] = 0;
        for (int r = 0; r < rounds; r++) {
            ours[r] = runOurs(bodies, oursTokens);
            theirs[r] = runLucene(lucene, bodies, theirTokens);
        }
        lucene.close();
        double oursMbs = bytes / 1e6 / median(ours);
        double theirMbs = bytes / 1e6 / median(theirs);
        out.printf("%-44s %8s %10s %12s%n", "system", "MB/s", "tokens", "tokens/s");
        out.printf("%-44s %8.1f %10d %12.0f%n", "marsad ArabicText.analyze (sentences+tokens+clitics)", oursMbs,
                oursTokens[0] / rounds, oursTokens[0] / rounds / median(ours));
        out.printf("%-44s %8.1f %10d %12.0f%n", "Lucene 9.12.3 ArabicAnalyzer (tokens only)", theirMbs,
                theirTokens[0] / rounds, theirTokens[0] / rounds / median(theirs));
        out.printf("ours/Lucene speed ratio: %.2f (above 1: we are faster); target >= 20 MB/s: %s%n",
                oursMbs / theirMbs, oursMbs >= 20 ? "met" : "NOT met");
        out.flush();
        return 0;
    }

    /** One round of ours; returns seconds, adds the token count. */
    private static double runOurs(List<String> bodies, long[] tokens) {
        long count = 0;
        long start = System.nanoTime();
        for (String body : bodies) {
            AnalyzedText a = ArabicText.analyze(body);
            count += a.tokens().size() + a.sentences().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        tokens[0] += count;
        return seconds;
    }

    /** One round of Lucene's analyzer, every term read; returns seconds, adds the token count. */
    private static double runLucene(ArabicAnalyzer analyzer, List<String> bodies, long[] tokens) throws IOException {
        long count = 0;
        long start = System.nanoTime();
        for (String body : bodies) {
            try (TokenStream ts = analyzer.tokenStream("body", body)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) count += term.length() > 0 ? 1 : 0;
                ts.end();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        tokens[0] += count;
        return seconds;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static boolean jitLimited() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(o -> o.startsWith("-XX:TieredStopAtLevel"));
    }
}
