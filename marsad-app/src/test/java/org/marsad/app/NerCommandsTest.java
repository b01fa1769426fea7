package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad tag}, {@code eval ner}, {@code bench ner} and {@code train ner} on our own input. */
class NerCommandsTest {
    @TempDir
    Path tmp;

    /** Two sentences, extra columns, a doubled blank line: written for this test. */
    private static final String CONLL = "وصل X O\nرئيس X O\nالوزراء X O\nالإيطالي X O\nماريو X B-PERS\n"
            + "دراغي X I-PERS\nإلى X O\nمدريد X B-LOC\n.\n\n\nوقالت\nوكالة\nالأنباء\nإن\nالزيارة\nناجحة\n";

    @Test
    void tagPrintsOneLinePerInputLineWithATabAndBioLabels() throws IOException {
        Path file = Files.writeString(tmp.resolve("in.conll"), CONLL, StandardCharsets.UTF_8);
        String[] r = EvalFixtures.run("tag", "--conll", file.toString());
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        String[] in = CONLL.split("\n", -1);
        String[] out = r[1].split("\n", -1);
        assertThat(out).hasSize(in.length);
        for (int i = 0; i < in.length - 1; i++) {
            if (in[i].isBlank()) {
                assertThat(out[i]).isEmpty();
            } else {
                assertThat(out[i]).startsWith(in[i].split(" ")[0] + "\t")
                        .matches(".+\t(O|[BI]-(PERS|LOC|ORG|MISC))");
            }
        }
        assertThat(out[4]).isEqualTo("ماريو\tB-PERS");
        assertThat(out[7]).isEqualTo("مدريد\tB-LOC");
    }

    @Test
    void tagReadsStandardInput() {
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.runWithStdin("زار\nبغداد\n".getBytes(StandardCharsets.UTF_8),
                "tag", "--conll", "-");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("زار\tO\nبغداد\t");
    }

    @Test
    void aMissingFileIsOneLineAndExitOne() {
        String[] r = EvalFixtures.run("tag", "--conll", tmp.resolve("none.conll").toString());
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[2]).startsWith("marsad: cannot read").doesNotContain("Exception\n\tat");
    }

    @Test
    void tagWithoutConllIsAUsageError() {
        assertThat(EvalFixtures.run("tag")[0]).isEqualTo("2");
    }

    @Test
    void absentDataExitsTwoForEvalBenchAndTrain() {
        String nowhere = tmp.resolve("nowhere").toString();
        String[] eval = EvalFixtures.run("eval", "ner", "--data", nowhere);
        assertThat(eval[0]).isEqualTo("2");
        assertThat(eval[2]).contains("no ANERcorp test split or AQMAR");
        assertThat(EvalFixtures.run("bench", "ner", "--data", nowhere)[0]).isEqualTo("2");
        String[] train = EvalFixtures.run("train", "ner", "--data", nowhere, "--out", tmp.resolve("m.gz").toString());
        assertThat(train[0]).isEqualTo("2");
        assertThat(train[2]).contains("no ANERcorp train split");
    }

    @Test
    void theProvenanceFileSitsBesideTheModel() {
        assertThat(TrainNerCommand.provenancePath(Path.of("/m/anercorp-ner.model.gz")))
                .isEqualTo(Path.of("/m/anercorp-ner.provenance.txt"));
    }
}
