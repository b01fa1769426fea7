package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad eval}: the subcommand is required, absent data exits 2, present data is measured (exit 0). */
class EvalCommandTest {
    @TempDir
    Path tmp;

    @Test
    void evalAloneAsksForASubcommand() {
        String[] r = EvalFixtures.run("eval");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("subcommand is required: extraction, ");
    }

    @Test
    void absentDataExitsTwoWithAClearMessage() {
        String[] r = EvalFixtures.run("eval", "extraction", "--data", tmp.resolve("nowhere").toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("no extraction gold under").contains("--data DIR").contains("MARSAD_SHARED");
    }

    @Test
    void aBenchmarkFolderIsMeasuredAndReported() throws IOException {
        Path data = EvalFixtures.aebData(tmp);
        String[] r = EvalFixtures.run("eval", "extraction", "--data", data.toString(), "--worst", "1");
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("AEB article-extraction-benchmark (2 pages")
                .containsPattern("marsad  P \\d\\.\\d{3}  R \\d\\.\\d{3}  F1 \\d\\.\\d{3}")
                .contains("AEB F1 1.000   [floor >= 0.95: met]")
                .contains("Lowest-F1 benchmark pages")
                .contains("Arabic pages: skipped");
    }
}
