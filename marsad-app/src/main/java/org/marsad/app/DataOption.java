package org.marsad.app;

import java.nio.file.Path;
import org.marsad.eval.SharedData;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option the measuring commands share: where ../shared/data is. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR",
            description = "The external data folder (default: $marsad.shared/data, else $MARSAD_SHARED/data, "
                    + "else ../shared/data).")
    String data;

    /** The data folder, absolute. */
    Path dir() {
        return SharedData.dataDir(data).toAbsolutePath().normalize();
    }
}
