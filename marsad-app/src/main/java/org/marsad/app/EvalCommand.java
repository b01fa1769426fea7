package org.marsad.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code marsad eval extraction}: quality figures against ../shared/data. */
@Command(name = "eval", description = "Measure quality against the external evaluation data.")
final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0; // TODO(eval helper)
    }
}
