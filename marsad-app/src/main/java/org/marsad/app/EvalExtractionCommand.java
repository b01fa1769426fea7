package org.marsad.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.eval.AebBenchmark;
import org.marsad.eval.AebPage;
import org.marsad.eval.AebRun;
import org.marsad.eval.ArabicGold;
import org.marsad.eval.ArabicGoldPage;
import org.marsad.eval.ExtractionEvaluator;
import org.marsad.eval.ExtractionReport;
import org.marsad.eval.PageAnalyzer;
import org.marsad.eval.SharedData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad eval extraction}: the AEB benchmark figures and the Arabic per-page table, with the floors. */
@Command(
        name = "extraction",
        description = {"Extraction quality: the ScrapingHub/Zyte benchmark (181 pages, its shingle metric) and the "
                + "Arabic pages with gold (title, date, body, snippets, non-articles), with the issue's floors."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:measured (whether or not the floors are met)", "2:usage error, or no evaluation data"})
final class EvalExtractionCommand implements Callable<Integer> {
    @CommandLine.Mixin
    DataOption data = new DataOption();

    @Option(names = "--worst", paramLabel = "N", description = "Also list the N benchmark pages with the lowest F1.")
    int worst;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = data.dir();
        if (!SharedData.hasExtractionData(dir)) {
            err.println("marsad: no extraction gold under " + dir + " (looked for html/" + "scrapinghub-aeb and the "
                    + "Arabic gold sets). Pass --data DIR, or set -D" + SharedData.PROPERTY + "=SHARED or "
                    + SharedData.ENV + "=SHARED, SHARED being the folder that holds data/.");
            return 2;
        }
        out.println("evaluation data: " + dir);
        Path aebDir = dir.resolve(AebBenchmark.FOLDER);
        if (AebBenchmark.present(aebDir)) {
            AebBenchmark aeb = AebBenchmark.load(aebDir);
            AebRun run = ExtractionEvaluator.aeb(aeb, PageAnalyzer.MARSAD);
            ExtractionReport.aeb(run).forEach(out::println);
            if (worst > 0) worstPages(aeb, run, out);
        } else {
            out.println("AEB: skipped, no benchmark at " + aebDir);
        }
        out.println();
        List<ArabicGoldPage> pages = ArabicGold.load(dir.resolve("html"));
        if (pages.isEmpty()) {
            out.println("Arabic pages: skipped, no gold sets under " + dir.resolve("html"));
        } else {
            ExtractionReport.arabic(ExtractionEvaluator.arabic(pages, PageAnalyzer.MARSAD)).forEach(out::println);
        }
        out.flush();
        return 0;
    }

    private void worstPages(AebBenchmark aeb, AebRun run, PrintWriter out) {
        out.println("Lowest-F1 benchmark pages (P R F1 id url)");
        List<AebPage> sorted = run.evaluation().pages().stream()
                .sorted(Comparator.comparingDouble(p -> p.match().f1())).limit(worst).toList();
        for (AebPage p : sorted) {
            String url = aeb.cases().stream().filter(c -> c.id().equals(p.id())).findFirst()
                    .map(AebBenchmark.Case::url).orElse("?");
            out.println(String.format(Locale.ROOT, "  %.3f %.3f %.3f %s %s", p.match().precision(), p.match().recall(),
                    p.match().f1(), p.id().substring(0, Math.min(12, p.id().length())), url));
        }
    }
}
