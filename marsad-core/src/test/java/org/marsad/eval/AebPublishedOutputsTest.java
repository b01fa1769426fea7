package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our Java metric reproduces the benchmark: on the peers' published outputs it gives the figures of
 * ../shared/tools/peers/score_aeb.py (printed to 9 decimals with {@code python3 score_aeb.py}) and the benchmark's
 * published F1. Skips when ../shared is absent.
 */
class AebPublishedOutputsTest {
    private static AebBenchmark aeb;

    @BeforeAll
    static void load() {
        String shared = System.getProperty(SharedData.PROPERTY);
        Path dir = shared == null ? null : Path.of(shared, "data", AebBenchmark.FOLDER);
        Assumptions.assumeTrue(dir != null && AebBenchmark.present(dir),
                "skipped: no AEB data under marsad.shared=" + shared);
        aeb = AebBenchmark.load(dir);
    }

    @Test
    void readabilityJsGivesThePublishedF1() {
        AebEvaluation e = aeb.score(AebBenchmark.readPublished(output("readability_js")));
        System.out.println("readability_js (published output), Java metric: " + e.summary());
        assertThat(e.f1()).isCloseTo(0.947, within(0.001));
        assertThat(e.pages()).hasSize(181);
    }

    /** score_aeb.py's P, R, F1 and accuracy, computed with Python 3.11 on the same files. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "boilerpipe,     0.849747276, 0.869763594, 0.859638933, 0.005524862",
        "dragnet,        0.925142627, 0.889102220, 0.906764448, 0.220994475",
        "go_readability, 0.899966299, 0.970956664, 0.934114651, 0.187845304",
        "go_trafilatura, 0.940303796, 0.979880403, 0.959684246, 0.287292818",
        "goose3,         0.940275794, 0.856467406, 0.896416995, 0.232044199",
        "html-text,      0.499508325, 0.994195575, 0.664936292, 0.000000000",
        "justext,        0.858197855, 0.755937721, 0.803828551, 0.088397790",
        "news_please,    0.963645976, 0.933138612, 0.948146958, 0.325966851",
        "newspaper,      0.963877073, 0.933923586, 0.948663948, 0.325966851",
        "readability,    0.913289605, 0.931452935, 0.922281852, 0.314917127",
        "readability_js, 0.913944243, 0.981993465, 0.946747639, 0.165745856",
        "trafilatura,    0.938289316, 0.977519026, 0.957502520, 0.292817680",
    })
    void matchesScoreAebPy(String tool, double p, double r, double f1, double accuracy) {
        Map<String, String> predicted = AebBenchmark.readPublished(output(tool));
        AebEvaluation e = aeb.score(predicted);
        assertThat(e.precision()).as("P").isCloseTo(p, within(1e-8));
        assertThat(e.recall()).as("R").isCloseTo(r, within(1e-8));
        assertThat(e.f1()).as("F1").isCloseTo(f1, within(1e-8));
        assertThat(e.accuracy()).as("accuracy").isCloseTo(accuracy, within(1e-8));
    }

    private static Path output(String tool) {
        Path f = aeb.dir().resolve("output").resolve(tool + ".json");
        Assumptions.assumeTrue(Files.isRegularFile(f), "skipped: no published output " + f);
        return f;
    }
}
