package org.marsad.app;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

subcommands = {EvalExtractionCommand.class, EvalQuotesCommand.class, EvalEventsCommand.class, EvalEntitiesCommand.class})
final class EvalCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: extraction, quotes, events or entities");
    }
}
