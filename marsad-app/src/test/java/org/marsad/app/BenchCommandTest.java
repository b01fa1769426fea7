package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.eval.AebEvaluation;
import picocli.CommandLine;

/** {@code marsad bench extraction}: argument parsing and the table, without any peer installed. */
class BenchCommandTest {
    @TempDir
    Path tmp;

    private static BenchExtractionCommand parse(String... args) {
        BenchExtractionCommand c = new BenchExtractionCommand();
        new CommandLine(c).parseArgs(args);
        return c;
    }

    @Test
    void peersDefaultToTheThreeAndParseAsACommaList() {
        assertThat(parse().chosenPeers()).containsExactly("readability-py", "readability-js", "boilerpipe");
        BenchExtractionCommand c = parse("--peers", "boilerpipe,readability-js,boilerpipe", "--timeout", "60",
                "--data", "/some/data", "--prefix", "/opt/peers", "--install");
        assertThat(c.chosenPeers()).containsExactly("boilerpipe", "readability-js");
        assertThat(c.timeoutSeconds).isEqualTo(60);
        assertThat(c.data.data).isEqualTo("/some/data");
        assertThat(c.prefix).isEqualTo(Path.of("/opt/peers"));
        assertThat(c.install).isTrue();
        assertThat(parse("--peers", "none").chosenPeers()).isEmpty();
        assertThat(BenchExtractionCommand.script("readability-py")).isEqualTo("run-readability-py.sh");
    }

    @Test
    void aPeerNameThatIsNotAScriptNameIsAUsageError() {
        assertThatThrownBy(() -> parse("--peers", "../../bin/sh").chosenPeers())
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("not a peer name");
    }

    @Test
    void theTableGivesPagesPerSecondRatiosToOursAndQuality() {
        Map<String, String> text = Map.of("a", "نص الخبر الكامل هنا اليوم");
        AebEvaluation perfect = AebEvaluation.score(text, text);
        List<String> table = BenchTable.format(100, List.of(
                new BenchRow("marsad", "0.1.0", "ok", 2.0, perfect),
                new BenchRow("readability-js", "0.6.0 jsdom 26.1.0", "ok", 8.0, perfect),
                BenchRow.notRun("boilerpipe", "missing: boilerpipe jars missing; run install-peers.sh")));
        table.forEach(System.out::println);
        assertThat(table.get(0)).startsWith("system").contains("pages/s").contains("ours/peer").endsWith("F1");
        assertThat(table.get(1)).startsWith("marsad").contains("2.00").contains("50.0").contains("1.00")
                .endsWith("1.000");
        assertThat(table.get(2)).startsWith("readability-js").contains("12.5").contains("4.00");
        assertThat(table.get(3)).startsWith("boilerpipe").contains("missing").doesNotContain("NaN").endsWith("-");
        assertThat(table.get(4)).contains("boilerpipe: missing: boilerpipe jars missing");
    }

    @Test
    void benchWithoutDataExitsTwo() {
        String[] r = EvalFixtures.run("bench", "extraction", "--data", tmp.resolve("nowhere").toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("no AEB benchmark at");
        assertThat(EvalFixtures.run("bench")[0]).isEqualTo("2");
    }

    @Test
    void withoutPeersOrAJarTheTableStillPrints() throws IOException {
        Path data = EvalFixtures.aebData(tmp.resolve("data"));
        String[] r = EvalFixtures.run("bench", "extraction", "--data", data.toString(), "--peers", "none",
                "--out", tmp.resolve("out").toString(), "--gunzip");
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("AEB extraction bench: 2 pages").contains("marsad").contains("no jar");
        assertThat(tmp.resolve("out/pages/bridge.html")).content(java.nio.charset.StandardCharsets.UTF_8)
                .contains("افتتاح جسر جديد");
    }
}
