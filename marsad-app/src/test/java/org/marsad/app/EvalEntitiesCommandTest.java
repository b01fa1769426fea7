package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.entity.EntityEvaluator;
import org.marsad.eval.SharedData;

class EvalEntitiesCommandTest {
    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void noSampleIsExitTwoWithOneLine(@TempDir Path tmp) {
        Run r = run("eval", "entities", "--data", tmp.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("no SaudiNewsNet sample").doesNotContain("Exception");
    }

    @Test
    void aGoldThatDoesNotFitTheDataIsExitOne(@TempDir Path tmp) throws Exception {
        Path data = SharedData.dataDir(null);
        Assumptions.assumeTrue(EntityEvaluator.present(data), "no SaudiNewsNet sample under " + data);
        Path gold = Files.writeString(tmp.resolve("gold.tsv"), "3\t000000000000\t0\t4\tPERSON\tx\n");
        Run r = run("eval", "entities", "--data", data.toString(), "--gold", gold.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("url hash differs");
    }

    @Test
    void printsEverySetWithTheirRowsAndTheBar() {
        Path data = SharedData.dataDir(null);
        Assumptions.assumeTrue(EntityEvaluator.present(data), "no SaudiNewsNet sample under " + data);
        Run r = run("eval", "entities", "--data", data.toString());
        System.out.print(r.out());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("development set").contains("15 articles").contains("held-out batch A")
                .contains("6 articles").contains("held-out batch B").contains("10 articles")
                .contains("held-out, both batches").contains("16 articles").contains("cue heuristics + gazetteer").contains("gazetteer only")
                .contains("gold mentions, grouping").contains("bar: entity F1 >= 0.60:");
    }
}
