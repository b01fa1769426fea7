package org.marsad.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.event.EventCoder;
import org.marsad.event.PetrarchEvaluation;
import org.marsad.event.PetrarchGold;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad eval events}: the event coder on the PETRARCH Arabic gold (PROTEST and ASSAULT), with the floors. */
@Command(
        name = "events",
        description = {"Event coding quality on petrarch-arabic-events (645 sentences with gold type and CAMEO "
                + "source/target codes): each sentence is analyzed as plain text and coded; prints the share with the "
                + "gold type found and with the actor right, against the issue's floors."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:measured (whether or not the floors are met)", "2:usage error, or no evaluation data"})
final class EvalEventsCommand implements Callable<Integer> {
    @CommandLine.Mixin
    DataOption data = new DataOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = data.dir();
        if (!PetrarchGold.present(dir)) {
            err.println("marsad: no event gold under " + dir.resolve(PetrarchGold.FOLDER) + ". Pass --data DIR, or set "
                    + "MARSAD_SHARED=SHARED, SHARED being the folder that holds data/.");
            return 2;
        }
        out.println("evaluation data: " + dir.resolve(PetrarchGold.FOLDER));
        EventCoder coder = new EventCoder();
        PetrarchEvaluation result = PetrarchEvaluation.run(PetrarchGold.load(dir), PetrarchEvaluation.plain(coder));
        result.report().forEach(out::println);
        out.flush();
        return 0;
    }
}
