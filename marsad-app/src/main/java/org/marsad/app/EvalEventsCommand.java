package org.marsad.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.event.ArticleEventEvaluation;
import org.marsad.event.ArticleEventGold;
import org.marsad.event.EventCoder;
import org.marsad.event.PetrarchEvaluation;
import org.marsad.event.PetrarchGold;
import org.marsad.quote.SaudiNewsNetDay;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad eval events}: the event coder on the PETRARCH Arabic gold (PROTEST and ASSAULT), with the floors, and
 * on the project's hand-annotated SaudiNewsNet articles (salient recall, actors, targets, lead precision).
 */
@Command(
        name = "events",
        description = {"Event coding quality on petrarch-arabic-events (645 sentences with gold type and CAMEO "
                + "source/target codes): each sentence is analyzed as plain text and coded; prints the share with the "
                + "gold type found and with the actor right, against the issue's floors.",
            "Then the project's events gold on 35 SaudiNewsNet 2015-08-11 articles, dev (developed on) and test (every "
                + "third article, not tuned on): salient recall (an event of the gold type, told as a fact, in one of "
                + "the gold sentences), actor and target right on found events, lead precision and recall."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:measured (whether or not the floors are met)", "2:usage error, or no evaluation data"})
final class EvalEventsCommand implements Callable<Integer> {
    @CommandLine.Mixin
    DataOption data = new DataOption();

    @Option(names = "--errors", description = "Also list the dev articles' missed salient events, wrong roles and "
            + "lead events that match no gold event.")
    boolean errors;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = data.dir();
        Path zip = dir.resolve(ArticleEventGold.ZIP);
        boolean articles = Files.isRegularFile(zip);
        if (!PetrarchGold.present(dir) && !articles) {
            err.println("marsad: no event gold under " + dir.resolve(PetrarchGold.FOLDER) + " nor " + zip + ". Pass "
                    + "--data DIR, or set MARSAD_SHARED=SHARED, SHARED being the folder that holds data/.");
            return 2;
        }
        if (PetrarchGold.present(dir)) {
            out.println("evaluation data: " + dir.resolve(PetrarchGold.FOLDER));
            EventCoder coder = new EventCoder();
            PetrarchEvaluation result = PetrarchEvaluation.run(PetrarchGold.load(dir),
                    PetrarchEvaluation.plain(coder));
            result.report().forEach(out::println);
        }
        if (articles) {
            out.println();
            out.println("real articles: " + ArticleEventGold.RESOURCE + " on " + zip);
            ArticleEventEvaluation.Result r = ArticleEventEvaluation.run(ArticleEventGold.standard(),
                    SaudiNewsNetDay.titles(zip), SaudiNewsNetDay.contents(zip));
            r.report().forEach(out::println);
            if (errors) r.errors().forEach(out::println);
        }
        out.flush();
        return 0;
    }
}
