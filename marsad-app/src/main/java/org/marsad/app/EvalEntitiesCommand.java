package org.marsad.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.entity.EntityEvaluator;
import org.marsad.entity.EntityFinder;
import org.marsad.entity.EntityGold;
import org.marsad.entity.EntityScore;
import org.marsad.entity.MentionSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad eval entities}: canonical entities per article against the hand-made SaudiNewsNet gold. */
@Command(
        name = "entities",
        description = {"Canonical entities per article on hand-annotated SaudiNewsNet articles (15 for development; "
                + "held out: a first batch of 6, a second of 10, and both together): entity-level F1 "
                + "(an entity matches a gold entity of its type when they share at least half of each one's "
                + "mentions, exact spans, one-to-one; MISC entities are not scored, as the gold leaves MISC out) and "
                + "mention-level F1 (exact span and type), for the shipped "
                + "finder, the gazetteer alone, and the grouping fed the gold mentions."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:measured (whether or not the bar is met)", "1:the data does not fit the gold",
                "2:usage error, or no evaluation data"})
final class EvalEntitiesCommand implements Callable<Integer> {
    /** The bar for entity-level F1. */
    static final double BAR = 0.60;

    @CommandLine.Mixin
    DataOption data = new DataOption();

    @Option(names = "--gold", paramLabel = "FILE", description = "Another gold file of the shipped format, instead.")
    Path goldFile;

    @Option(names = "--per-article", description = "Also print each article's figures.")
    boolean perArticle;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = data.dir();
        if (!EntityEvaluator.present(dir)) {
            err.println("marsad: no SaudiNewsNet sample at " + dir.resolve(EntityGold.SOURCE_ZIP)
                    + ". Pass --data DIR (the folder holding saudinewsnet-sample/).");
            return 2;
        }
        try {
            if (goldFile != null) {
                measure(out, "gold " + goldFile, EntityGold.read(goldFile), dir);
            } else {
                measure(out, "development set (rules written with it in view)", EntityGold.shipped(), dir);
                measure(out, "held-out batch A (annotated after the rules)", EntityGold.shipped(EntityGold.HELD_OUT), dir);
                measure(out, "held-out batch B (annotated before the finder ran on them)",
                        EntityGold.shipped(EntityGold.HELD_OUT_B), dir);
                measure(out, "held-out, both batches", EntityGold.heldOut(), dir);
            }
        } catch (IOException | RuntimeException e) {
            err.println("marsad: cannot read the gold or its articles: " + e.getMessage());
            return 1;
        }
        out.flush();
        return 0;
    }

    private void measure(PrintWriter out, String label, EntityGold gold, Path dir) throws IOException {
        EntityEvaluator.Bodies bodies = EntityEvaluator.bodies(dir, gold);
        int spans = gold.articles().values().stream().mapToInt(a -> a.spans().size()).sum();
        out.println(label + ": " + gold.articles().size() + " articles, " + spans + " mentions (" + dir + ")");
        EntityEvaluator.Result shipped = EntityEvaluator.evaluate(gold, bodies, EntityFinder.standard());
        print(out, "shipped: tagger + cues + gazetteer", shipped);
        print(out, "tagger + gazetteer", EntityEvaluator.evaluate(gold, bodies, EntityFinder.tagged()));
        print(out, "cue heuristics + gazetteer", EntityEvaluator.evaluate(gold, bodies, EntityFinder.heuristic()));
        print(out, "gazetteer only", EntityEvaluator.evaluate(gold, bodies, new EntityFinder(MentionSource.NONE)));
        print(out, "gold mentions, grouping", EntityEvaluator.evaluateOnGoldMentions(gold, bodies));
        out.println(String.format(Locale.ROOT, "  bar: entity F1 >= %.2f: %s (%.3f)", BAR,
                shipped.entities().f1() >= BAR ? "met" : "NOT met", shipped.entities().f1()));
    }

    private void print(PrintWriter out, String label, EntityEvaluator.Result r) {
        out.println(String.format(Locale.ROOT, "  %-28s entities %s   mentions %s", label, prf(r.entities()),
                prf(r.mentions())));
        if (!perArticle) return;
        for (EntityEvaluator.ArticleResult a : r.articles()) {
            out.println(String.format(Locale.ROOT, "    article %5d  entities %s", a.index(), prf(a.entities())));
        }
    }

    private static String prf(EntityScore s) {
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (%d/%d/%d)", s.precision(), s.recall(), s.f1(),
                s.correct(), s.system(), s.gold());
    }
}
