package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The bars measured on ../shared: exact offsets on the seed and on every SaudiNewsNet article. */
class SharedCorpusTest {
    static Path shared() {
        String dir = System.getProperty("marsad.shared", "");
        Assumptions.assumeTrue(!dir.isBlank() && Files.isDirectory(Path.of(dir)),
                "no shared data (system property marsad.shared): skipped");
        return Path.of(dir);
    }

    @Test
    void offsetsAreExactOnTheSeed() throws IOException {
        Path seed = shared().resolve("seed/erem-news-shoigu-2025-06-20.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), "no seed at " + seed);
        AnalyzedText a = ArabicText.analyze(Files.readString(seed, StandardCharsets.UTF_8));
        TextContract.check(a);
        assertThat(a.tokens()).hasSizeGreaterThan(100);
        assertThat(a.sentences()).hasSizeGreaterThan(5);
    }

    @Test
    void offsetsAreExactOnEverySaudiNewsNetArticle() throws IOException {
        List<String> bodies = saudiNewsNet(shared().resolve("data/saudinewsnet-sample"));
        long tokens = 0;
        long sentences = 0;
        for (String body : bodies) {
            AnalyzedText a = ArabicText.analyze(body);
            assertThat(TextContract.violation(a)).isNull();
            tokens += a.tokens().size();
            sentences += a.sentences().size();
        }
        System.out.printf("SaudiNewsNet: %d articles, %d tokens, %d sentences, every offset exact%n",
                bodies.size(), tokens, sentences);
        assertThat(bodies).hasSize(3386);
    }

    /** The {@code content} of every article in the sample's zips (each holds one JSON array of objects). */
    static List<String> saudiNewsNet(Path dir) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(dir), "no SaudiNewsNet sample at " + dir);
        List<Path> zips;
        try (Stream<Path> files = Files.list(dir)) {
            zips = files.filter(f -> f.toString().endsWith(".zip")).sorted().toList();
        }
        List<String> out = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (Path zip : zips) {
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    if (!e.getName().endsWith(".json")) continue;
                    JsonParser p = mapper.getFactory().createParser(in);
                    p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
                    for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                        if (t == JsonToken.FIELD_NAME && p.currentName().equals("content")) {
                            p.nextToken();
                            out.add(p.getValueAsString(""));
                        }
                    }
                }
            }
        }
        return out;
    }
}
