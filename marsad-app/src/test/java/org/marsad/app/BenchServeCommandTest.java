package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code marsad bench serve} end to end on a tiny run: it indexes, serves, loads and prints its figures. */
class BenchServeCommandTest {
    @Test
    void aShortRunPrintsErrorsAndPercentiles() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                "bench", "serve", "--clients", "3", "--seconds", "1", "--warmup", "0", "--corpus",
                "../samples/corpus/07-doha-ceasefire-talks.html");
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("1 articles", "errors 0", "p99", "bar (0 errors, p99 <= 200 ms)");
        assertThat(status).as(printed + err.toString(StandardCharsets.UTF_8)).isIn(0, 1); // the bar is a figure here
        assertThat(Main.run(new PrintStream(out), new PrintStream(err), "bench", "serve", "--clients", "0")).isEqualTo(2);
    }
}
