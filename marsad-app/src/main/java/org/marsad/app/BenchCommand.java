package org.marsad.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code marsad bench extraction}: pages/s side by side with peer extractors. */
@Command(name = "bench", description = "Time extraction side by side with peer extractors.")
final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0; // TODO(eval helper)
    }
}
