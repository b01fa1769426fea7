package org.marsad.app;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad eval SUBCOMMAND}: quality figures against ../shared/data. */
@Command(
        name = "eval",
        description = "Measure quality against the external evaluation data.",
        subcommands = {EvalExtractionCommand.class, EvalQuotesCommand.class, EvalEventsCommand.class,
            EvalEntitiesCommand.class, EvalNerCommand.class})
final class EvalCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: " + String.join(", ", spec.subcommands().keySet()));
    }
}
