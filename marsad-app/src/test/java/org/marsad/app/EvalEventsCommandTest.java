package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad eval events}: absent gold exits 2; a gold folder (our own two sentences) is measured (exit 0). */
class EvalEventsCommandTest {
    @TempDir
    Path tmp;

    @Test
    void absentDataExitsTwo() {
        String[] r = EvalFixtures.run("eval", "events", "--data", tmp.resolve("nowhere").toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("no event gold under").contains("--data DIR");
    }

    @Test
    void goldIsMeasuredAndReported() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("petrarch-arabic-events"));
        Files.writeString(dir.resolve("own_protest_gsr_validation.xml"), "<Validation><Sentences>\n"
                + sentence("p1", "PROTEST", "None CVL", "تظاهر مئات المواطنين أمام البرلمان.")
                + sentence("p2", "PROTEST", "None None", "خيم الهدوء على المدينة.")
                + "</Sentences>\n", StandardCharsets.UTF_8);
        String[] r = EvalFixtures.run("eval", "events", "--data", tmp.toString());
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("sentences: 2")
                .contains("type found:   50.0% (1/2)")
                .contains("actor right: 100.0% (1/1");
    }

    private static String sentence(String id, String type, String source, String text) {
        return "<Sentence category=\"" + type + "\" id=\"" + id + "\">\n<EventText eid=\"0\" eventtext=\"\" "
                + "sourcetext=\"\" targettext=\"\" />\n<EventCoding eid=\"0\" eventcode=\"\" plover=\"" + type
                + "\" sourcecode=\"" + source + "\" targetcode=\"None None\" />\n<Text>\n" + text
                + "\n</Text>\n</Sentence>\n";
    }
}
