package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad quotes}, {@code eval quotes} and {@code bench quotes} from the command line. */
class QuotesCommandTest {
    @Test
    void printsWhoSaidWhat(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("story.txt");
        Files.writeString(file, "قال سعيد الكردي، مدير مرفأ الواحة، إن السفن ستصل غداً.\n"
                + "وأضاف في تصريحات لـ\"النهار\" أن الرصيف الجديد جاهز.", StandardCharsets.UTF_8);
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("quotes", "--plain", file.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("(2 quotes)").contains("سعيد الكردي — مدير مرفأ الواحة [PERSON]")
                .contains("rule name+apposition").contains("rule continuation").contains("to النهار")
                .contains("«السفن ستصل غداً»");
    }

    @Test
    void aMissingFileIsOneLineAndStatusOne() {
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("quotes", "/no/such/file.txt");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("marsad: /no/such/file.txt: no such file");
    }

    @Test
    void evalAndBenchWithoutDataSayWhereTheyLooked(@TempDir Path dir) {
        AnalyzeCommandTest.Run eval = AnalyzeCommandTest.run("eval", "quotes", "--data", dir.toString());
        assertThat(eval.status()).isEqualTo(2);
        assertThat(eval.err()).contains("no SaudiNewsNet day");
        AnalyzeCommandTest.Run bench = AnalyzeCommandTest.run("bench", "quotes", "--data", dir.toString());
        assertThat(bench.status()).isEqualTo(2);
        assertThat(bench.err()).contains("no SaudiNewsNet sample");
    }
}
