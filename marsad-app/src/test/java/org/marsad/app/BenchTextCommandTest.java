package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad bench text} on a tiny sample written here, in the SaudiNewsNet zip layout. */
class BenchTextCommandTest {
    @TempDir
    Path tmp;

    @Test
    void printsOursBesideLuceneWithTheRatio() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("data").resolve(BenchTextCorpus.FOLDER));
        String json = "[{\"source\": \"test\", \"content\": \"قالت الوزيرة إن الحكومة ستعلن الخطة غدا.\\nوأضافت: "
                + "«سنعمل معا».\"}, {\"title\": \"x\", \"content\": \"ارتفع المؤشر ٣٫٥٪ اليوم.\"}]";
        try (OutputStream file = Files.newOutputStream(dir.resolve("2015-01-01.zip"));
                ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("2015-01-01.json"));
            zip.write(json.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(BenchTextCorpus.load(dir)).hasSize(2).allMatch(s -> s.contains("ا"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                "bench", "text", "--data", tmp.resolve("data").toString(), "--rounds", "1", "--warmup", "0");
        String printed = out.toString(StandardCharsets.UTF_8);
        System.out.print(printed);
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("2 SaudiNewsNet articles").contains("MB/s").contains("ArabicText.analyze")
                .contains("Lucene 9.12.3 ArabicAnalyzer").contains("ours/Lucene speed ratio");
    }

    @Test
    void noSampleIsExitTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "bench", "text", "--data", tmp.toString());
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no SaudiNewsNet sample");
    }
}
