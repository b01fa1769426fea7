package org.marsad.eval;

import java.nio.file.Path;

/**
 * Where the external evaluation data lives: a {@code data} folder holding {@code html/scrapinghub-aeb} and the
 * Arabic gold sets. It is never part of the project (a fresh clone has none), so callers must cope with absence.
 */
public final class SharedData {
    /** The system property naming the shared folder (the one holding {@code data/}); surefire sets it. */
    public static final String PROPERTY = "marsad.shared";
    /** The environment variable naming the shared folder. */
    public static final String ENV = "MARSAD_SHARED";

    private SharedData() {}

    /**
     * The data directory to use: {@code explicit} when given, else {@code $marsad.shared/data}, else
     * {@code $MARSAD_SHARED/data}, else {@code ../shared/data} relative to the working directory. It may not exist.
     */
    public static Path dataDir(String explicit) {
        if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
        String shared = System.getProperty(PROPERTY);
        if (shared == null || shared.isBlank()) shared = System.getenv(ENV);
        if (shared != null && !shared.isBlank()) return Path.of(shared).resolve("data");
        return Path.of("..", "shared", "data");
    }

    /** Whether {@code dataDir} holds any extraction gold ({@code html/} with the benchmark or Arabic pages). */
    public static boolean hasExtractionData(Path dataDir) {
        Path html = dataDir.resolve("html");
        return AebBenchmark.present(dataDir.resolve(AebBenchmark.FOLDER)) || !ArabicGold.load(html).isEmpty();
    }

    /** The folder of peer runners beside the data ({@code <shared>/tools/peers}), which may not exist. */
    public static Path peersDir(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolveSibling("tools").resolve("peers");
    }
}
