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
import org.marsad.Marsad;
import org.marsad.model.Analysis;
import org.marsad.model.Article;

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
        byte[] bytes = Files.readAllBytes(seed);
        AnalyzedText whole = ArabicText.analyze(new String(bytes, StandardCharsets.UTF_8));
        TextContract.check(whole);
        assertThat(whole.tokens()).hasSizeGreaterThan(100);
        // and as the layer is meant to be used: on the body the extraction foundation gives
        Analysis analysis = Marsad.analyze(bytes, null);
        assertThat(analysis).isInstanceOf(Article.class);
        String body = ((Article) analysis).body();
        AnalyzedText a = ArabicText.analyze(body);
        TextContract.check(a);
        assertThat(a.sentences()).hasSizeGreaterThan(5);
        System.out.printf("seed: %d tokens in %d sentences (whole dump: %d tokens), every offset exact%n",
                a.tokens().size(), a.sentences().size(), whole.tokens().size());
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
