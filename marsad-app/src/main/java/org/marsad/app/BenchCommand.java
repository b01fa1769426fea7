package org.marsad.app;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad bench SUBCOMMAND}: speed side by side with peers (today: {@code extraction}). */
@Command(
        name = "bench",
        description = "Time extraction side by side with peer extractors.",
        subcommands = {BenchExtractionCommand.class, BenchTextCommand.class, BenchIndexCommand.class,
            BenchServeCommand.class, BenchQuotesCommand.class, BenchNerCommand.class})
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: " + String.join(", ", spec.subcommands().keySet()));
    }
}
