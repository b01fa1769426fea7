package org.marsad.quote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Speaker;

/**
 * A hand-annotated quotes set: for each article (an index into a SaudiNewsNet day's JSON array) its statements as
 * body offsets and labels, never text. The format is documented at the head of the file itself.
 */
public final class QuoteGold {
    private QuoteGold() {}

    /** One gold statement: its content span, form, speaker kind and the spans of the speaker's mentions. */
    public record Statement(int start, int end, boolean direct, Speaker.Kind kind, List<int[]> speaker) {}

    /** One annotated article: its index in the day's array, its Article.id, its split and its statements. */
    public record Document(int index, String id, String split, List<Statement> statements) {
        public Document {
            statements = List.copyOf(statements);
        }
    }

    /** Reads a gold file; a malformed line fails with its number. */
    public static List<Document> load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<Integer, Document> docs = new LinkedHashMap<>();
        Map<Integer, List<Statement>> statements = new LinkedHashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            try {
                int index = Integer.parseInt(f[1]);
                if (f[0].equals("article")) {
                    docs.put(index, new Document(index, f[2], f[3], List.of()));
                    statements.put(index, new ArrayList<>());
                } else if (f[0].equals("quote")) {
                    List<int[]> spans = new ArrayList<>();
                    for (String s : f[6].split(";")) {
                        String[] p = s.split(":");
                        spans.add(new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])});
                    }
                    statements.get(index).add(new Statement(Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                            f[4].equals("direct"), Speaker.Kind.valueOf(f[5]), spans));
                } else {
                    throw new IllegalArgumentException("unknown record " + f[0]);
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + ":" + (n + 1) + ": bad line: " + e.getMessage(), e);
            }
        }
        List<Document> out = new ArrayList<>();
        docs.forEach((i, d) -> out.add(new Document(i, d.id(), d.split(), statements.get(i))));
        return out;
    }
}
