package org.marsad.entity.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-style NER files: one token per line, its columns separated by spaces or tabs (the token first, the
 * label last, any columns between ignored), a blank line between sentences. A BOM and CR line ends are tolerated.
 */
public final class ConllReader {
    private ConllReader() {}

    /** The sentences of {@code file}; labels are kept when every line of a sentence has two or more columns. */
    public static List<ConllSentence> read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentences of a reader (see {@link #read(Path)}). */
    public static List<ConllSentence> read(BufferedReader in) throws IOException {
        List<ConllSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        boolean allLabelled = true;
        boolean first = true;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (first && line.startsWith("\uFEFF")) line = line.substring(1);
            first = false;
            String[] cols = columns(line);
            if (cols.length == 0) {
                if (!tokens.isEmpty()) out.add(sentence(tokens, labels, allLabelled));
                tokens = new ArrayList<>();
                labels = new ArrayList<>();
                allLabelled = true;
                continue;
            }
            tokens.add(cols[0]);
            if (cols.length > 1) labels.add(cols[cols.length - 1]);
            else allLabelled = false;
        }
        if (!tokens.isEmpty()) out.add(sentence(tokens, labels, allLabelled));
        return out;
    }

    /** A line's columns: split on spaces and tabs, empty for a blank line. */
    static String[] columns(String line) {
        String s = line.strip();
        if (s.isEmpty()) return new String[0];
        return s.split("[ \t]+");
    }

    private static ConllSentence sentence(List<String> tokens, List<String> labels, boolean allLabelled) {
        return new ConllSentence(tokens, allLabelled ? labels : List.of());
    }
}
