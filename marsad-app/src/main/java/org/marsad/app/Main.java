package org.marsad.app;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code marsad} command line. Subcommands only translate arguments and output; the work is in marsad-core. */
@Command(
        name = "marsad",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT, // every subcommand gets --help and --version
        version = "marsad 0.1.0",
        description = "Arabic-first news intelligence: clean articles out of raw news pages.",
        subcommands = {AnalyzeCommand.class, IndexCommand.class, SearchCommand.class, ServeCommand.class,
            DemoCommand.class, EvalCommand.class, BenchCommand.class, QuotesCommand.class, TagCommand.class,
            TrainCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    public static void main(String[] args) {
        System.exit(run(new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), args));
    }

    /** Runs the command line with the given streams and returns the exit status (0 ok, 1 some inputs failed, 2 usage). */
    public static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("marsad: internal error: " + e);
            return 3;
        });
        return cl.execute(args);
    }
}
