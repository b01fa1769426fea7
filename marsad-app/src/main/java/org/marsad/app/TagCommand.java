package org.marsad.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.entity.ner.NerTagger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad tag --conll FILE}: named-entity tags for pre-tokenized text, one {@code token<TAB>tag} line per
 * input token line and a blank line per blank line, so any CoNLL scorer can read the output beside the gold.
 */
@Command(name = "tag",
        description = {"Tag pre-tokenized text with ANERcorp's BIO labels (B-PERS, I-PERS, B-LOC, I-LOC, B-ORG, I-ORG, "
                + "B-MISC, I-MISC, O). Input: one token per line (first column; other columns are ignored), a blank "
                + "line between sentences. Output: token<TAB>tag per token line, a blank line per blank line."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:tagged", "1:the input could not be read", "2:usage error"})
final class TagCommand implements Callable<Integer> {
    @Option(names = "--conll", paramLabel = "FILE", required = true, description = "The input file, or - for stdin.")
    String conll;

    @Option(names = "--model", paramLabel = "FILE", description = "A model from `marsad train ner` (default: shipped).")
    Path model;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> lines;
        NerTagger tagger;
        try {
            lines = read(conll);
            tagger = model == null ? NerTagger.shipped() : NerTagger.fromBytes(Files.readAllBytes(model));
        } catch (IOException | RuntimeException e) {
            err.println("marsad: cannot read " + (e.getMessage() == null ? e : e.getMessage()));
            return 1;
        }
        List<List<String>> sentences = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            String token = token(line);
            if (token == null) {
                if (!current.isEmpty()) sentences.add(current);
                current = new ArrayList<>();
            } else {
                current.add(token);
            }
        }
        if (!current.isEmpty()) sentences.add(current);
        List<List<String>> tags = tagger.tagDocument(sentences); // the file is one document
        int s = 0;
        int i = 0;
        StringBuilder b = new StringBuilder();
        for (String line : lines) {
            String token = token(line);
            if (token == null) {
                if (i > 0) {
                    s++;
                    i = 0;
                }
                b.append('\n');
            } else {
                b.append(token).append('\t').append(tags.get(s).get(i++)).append('\n');
            }
        }
        out.print(b);
        out.flush();
        return 0;
    }

    /** A line's token (its first column), or null for a blank line. */
    private static String token(String line) {
        String s = line.strip();
        if (s.isEmpty()) return null;
        int cut = 0;
        while (cut < s.length() && s.charAt(cut) != ' ' && s.charAt(cut) != '\t') cut++;
        return s.substring(0, cut);
    }

    private static List<String> read(String source) throws IOException {
        BufferedReader in = "-".equals(source)
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(source), StandardCharsets.UTF_8);
        try (in) {
            List<String> lines = new ArrayList<>();
            for (String l = in.readLine(); l != null; l = in.readLine()) {
                lines.add(lines.isEmpty() && l.startsWith("\uFEFF") ? l.substring(1) : l);
            }
            return lines;
        }
    }
}
