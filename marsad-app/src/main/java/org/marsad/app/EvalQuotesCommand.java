package org.marsad.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.eval.SharedData;
import org.marsad.quote.QuoteEvaluation;
import org.marsad.quote.QuoteFinder;
import org.marsad.quote.QuoteGold;
import org.marsad.quote.SaudiNewsNetDay;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad eval quotes}: recall, precision and speaker accuracy on the hand-annotated SaudiNewsNet articles. */
@Command(
        name = "quotes",
        description = {"Quote finding against the project's hand-annotated SaudiNewsNet 2015-08-10 articles: recall "
                + "(a gold statement is found when a quote covers half of it), precision and speaker accuracy on "
                + "found statements, for the dev split (developed on), the test split (not tuned on) and all."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:measured (whether or not the bars are met)", "2:usage error, or no data or gold file"})
final class EvalQuotesCommand implements Callable<Integer> {
    /** Where the gold file lives in the source tree. */
    static final String GOLD = "marsad-core/src/test/resources/eval/quotes/saudinewsnet-2015-08-10.tsv";
    static final String ZIP = "saudinewsnet-sample/2015-08-10.zip";

    @CommandLine.Mixin
    DataOption data = new DataOption();

    @Option(names = "--gold", paramLabel = "FILE", description = "The gold file (default: " + GOLD
            + " under the working directory or the project the jar was built in).")
    Path gold;

    @Option(names = "--errors", description = "Also list the dev split's misses, extras and wrong speakers.")
    boolean errors;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path zip = data.dir().resolve(ZIP);
        Path file = gold != null ? gold : defaultGold();
        if (!Files.isRegularFile(zip)) {
            err.println("marsad: no SaudiNewsNet day at " + zip + ". Pass --data DIR, or set -D" + SharedData.PROPERTY
                    + "=SHARED or " + SharedData.ENV + "=SHARED.");
            return 2;
        }
        if (file == null || !Files.isRegularFile(file)) {
            err.println("marsad: no quotes gold file (" + GOLD + "); run from the project folder or pass --gold FILE");
            return 2;
        }
        List<QuoteGold.Document> docs = QuoteGold.load(file);
        QuoteEvaluation.Result r = QuoteEvaluation.run(docs, SaudiNewsNetDay.contents(zip), new QuoteFinder());
        out.println("quotes gold: " + file + " on " + zip);
        out.printf("%-6s %8s %6s %6s %8s %10s %9s%n", "split", "articles", "gold", "found", "recall", "precision",
                "speakers");
        for (QuoteEvaluation.Score s : r.splits().values()) row(out, s);
        row(out, r.all());
        QuoteEvaluation.Score all = r.all();
        out.printf("bars (all): recall >= 0.70 %s, speaker accuracy >= 0.80 %s (target 0.90 for both)%n",
                all.recall() >= 0.70 ? "met" : "NOT met", all.speakerAccuracy() >= 0.80 ? "met" : "NOT met");
        if (errors) r.errors().forEach(out::println);
        out.flush();
        return 0;
    }

    private static void row(PrintWriter out, QuoteEvaluation.Score s) {
        out.printf("%-6s %8d %6d %6d %8.3f %10.3f %9.3f%n", s.split(), s.articles(), s.gold(), s.found(), s.recall(),
                s.precision(), s.speakerAccuracy());
    }

    /** The gold file under the working directory, else under the project holding this jar (marsad-app/target/..). */
    private static Path defaultGold() {
        Path here = Path.of(GOLD);
        if (Files.isRegularFile(here)) return here;
        try {
            Path jar = Path.of(EvalQuotesCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = jar.getParent() == null ? null : jar.getParent().getParent();
            if (root != null && root.getParent() != null) return root.getParent().resolve(GOLD);
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
