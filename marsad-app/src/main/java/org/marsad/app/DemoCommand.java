package org.marsad.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad demo}: the sample corpus that ships with the project, analyzed, stored and served. */
@Command(name = "demo", description = "Analyze samples/corpus, serve it, and print the URL to open.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--port", description = "The TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--corpus", paramLabel = "DIR", description = "The pages to serve (default: samples/corpus).")
    Path corpus;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path dir = corpus != null ? corpus : defaultCorpus();
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("marsad: no sample corpus at " + dir + " (run from the project folder or give --corpus DIR)");
            return 1;
        }
        Path index;
        try {
            index = Files.createTempDirectory("marsad-demo-index");
        } catch (IOException e) {
            spec.commandLine().getErr().println("marsad: cannot make a temporary index folder: " + e.getMessage());
            return 1;
        }
        spec.commandLine().getOut().println("marsad: analyzing and indexing " + dir + " ...");
        return ServeCommand.serve(spec.commandLine(), "127.0.0.1", port, index, List.of(dir.toString()),
                () -> deleteTree(index));
    }

    /** Deletes a temporary index: the demo's is fresh each run, so the samples meet the current stages. */
    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    /** samples/corpus below the working folder, else beside the jar's project (marsad-app/target/../../). */
    private static Path defaultCorpus() {
        Path here = Path.of("samples", "corpus");
        if (Files.isDirectory(here)) return here;
        try {
            Path jar = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path project = jar.getParent().getParent().getParent();
            return project.resolve("samples").resolve("corpus");
        } catch (Exception e) {
            return here;
        }
    }
}
