package org.marsad.app;

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
import org.marsad.eval.SharedData;
import picocli.CommandLine;

/** The text bench's input: the {@code content} of every article in the SaudiNewsNet sample's daily zips. */
final class BenchTextCorpus {
    /** The sample's folder under the data folder. */
    static final String FOLDER = "saudinewsnet-sample";

    /** The one-line message when no sample is at {@code dir}: where it looked and how to point at the data. */
    static String missing(Path dir) {
        return "marsad: no SaudiNewsNet sample (*.zip) at " + dir + ". Pass --data DIR, or set -D"
                + SharedData.PROPERTY + "=SHARED or " + SharedData.ENV + "=SHARED.";
    }

    /** Rejects rounds below one and negative warm-ups as a usage error. */
    static void checkRounds(CommandLine.Model.CommandSpec spec, int rounds, int warmup) {
        if (rounds < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be >= 1, --warmup >= 0");
        }
    }

    private BenchTextCorpus() {}

    /** Every article's content, zips in name order; empty when the folder holds none. */
    static List<String> load(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        List<Path> zips;
        try (Stream<Path> files = Files.list(dir)) {
            zips = files.filter(f -> f.toString().endsWith(".zip")).sorted().toList();
        }
        ObjectMapper mapper = new ObjectMapper();
        for (Path zip : zips) {
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    if (!e.getName().endsWith(".json")) continue;
                    JsonParser p = mapper.getFactory().createParser(in); // one JSON array of article objects
                    p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
                    for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                        if (t == JsonToken.FIELD_NAME && "content".equals(p.currentName())) {
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
