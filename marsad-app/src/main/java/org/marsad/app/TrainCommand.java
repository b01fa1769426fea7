package org.marsad.app;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad train SUBCOMMAND}: rebuilds a shipped model from ../shared/data (today: {@code ner}). */
@Command(name = "train", description = "Rebuild a shipped model from the external data.",
        subcommands = {TrainNerCommand.class})
final class TrainCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: ner");
    }
}
