package org.marsad.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.entity.ner.NerTagger;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench ner}: tokens per second of the NER tagger, single-threaded, over the SaudiNewsNet sample's
 * article text: the tagger alone on analyzed text (the pipeline's case), and with the text analysis included.
 */
@Command(name = "ner",
        description = {"Time NerTagger.mentions single-threaded over the SaudiNewsNet sample's article text (already "
                + "analyzed: the pipeline's case), and ArabicText.analyze + mentions. Figures are medians of rounds."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:measured", "2:usage error, or no SaudiNewsNet sample"})
final class BenchNerCommand implements Callable<Integer> {
    @CommandLine.Mixin
    DataOption data = new DataOption();

    @Option(names = "--rounds", paramLabel = "N", description = "Timed rounds (default: 3).")
    int rounds = 3;

    @Option(names = "--warmup", paramLabel = "N", description = "Untimed rounds first (default: 1).")
    int warmup = 1;

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
        NerTagger tagger = NerTagger.shipped();
        List<AnalyzedText> analyzed = new ArrayList<>(bodies.size());
        long tokens = 0;
        for (String b : bodies) {
            AnalyzedText a = ArabicText.analyze(b);
            analyzed.add(a);
            tokens += a.tokens().size();
        }
        out.printf("ner bench: %d SaudiNewsNet articles, %d tokens, single thread, %d warm-up + %d timed rounds%n",
                bodies.size(), tokens, warmup, rounds);
        out.flush();
        double[] tagOnly = new double[rounds];
        double[] tagCpu = new double[rounds];
        double[] withText = new double[rounds];
        long sink = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < warmup + rounds; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (AnalyzedText a : analyzed) sink += tagger.mentions(a).size();
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            for (String b : bodies) sink += tagger.mentions(ArabicText.analyze(b)).size();
            long t2 = System.nanoTime();
            out.printf("  round %d%s: %,.0f tokens/s tagging (%,.0f per CPU-second), %,.0f with analysis%n", r + 1,
                    r < warmup ? " (warm-up)" : "", tokens / ((t1 - t0) / 1e9), tokens / ((c1 - c0) / 1e9),
                    tokens / ((t2 - t1) / 1e9));
            out.flush();
            if (r >= warmup) {
                tagOnly[r - warmup] = tokens / ((t1 - t0) / 1e9);
                tagCpu[r - warmup] = tokens / ((c1 - c0) / 1e9);
                withText[r - warmup] = tokens / ((t2 - t1) / 1e9);
            }
        }
        out.printf("NerTagger.mentions on analyzed text: %,.0f tokens/s (bar: >= 50,000); %,.0f per CPU-second of the"
                + " thread (steadier on a busy machine)%n", median(tagOnly), median(tagCpu));
        out.printf("ArabicText.analyze + mentions:      %,.0f tokens/s%n", median(withText));
        out.printf("(%d mentions per round)%n", sink / (2L * (warmup + rounds)));
        return 0;
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
