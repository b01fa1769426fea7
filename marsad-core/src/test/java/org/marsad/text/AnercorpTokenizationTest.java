package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Our tokens (clitics attached) against ANERcorp's tokenization on the CAMeL Lab test split: each sentence's
 * tokens joined with spaces, tokenized, and a gold token counted as matched when one of ours has exactly its span.
 * Measured on test only; the conventions were read from the train split.
 */
class AnercorpTokenizationTest {
    @Test
    void ourTokensMatchAnercorpOnNinetyNinePercentOfTheTestSplit() throws IOException {
        Path file = SharedCorpusTest.shared().resolve("data/anercorp-camel/ANERCorp_CamelLab_test.txt");
        Assumptions.assumeTrue(Files.isRegularFile(file), "no ANERcorp test split at " + file);
        List<List<String>> sentences = sentences(Files.readAllLines(file, StandardCharsets.UTF_8));
        int gold = 0;
        int matched = 0;
        Map<String, Integer> kinds = new HashMap<>();
        Map<String, String> examples = new HashMap<>();
        for (List<String> sentence : sentences) {
            String text = String.join(" ", sentence);
            AnalyzedText a = ArabicText.analyze(text);
            Map<Long, Boolean> ours = new HashMap<>();
            for (Token t : a.tokens()) ours.put(((long) t.start() << 32) | t.end(), true);
            int at = 0;
            for (String g : sentence) {
                gold++;
                if (ours.containsKey(((long) at << 32) | (at + g.length()))) {
                    matched++;
                } else {
                    String kind = mismatchKind(a, at, at + g.length()) + " " + shape(g);
                    kinds.merge(kind, 1, Integer::sum);
                    examples.putIfAbsent(kind, g + " -> " + ours(a, at, at + g.length()));
                }
                at += g.length() + 1;
            }
        }
        double rate = (double) matched / gold;
        System.out.printf("ANERcorp test split: %d of %d gold tokens matched exactly = %.2f%%%n",
                matched, gold, 100 * rate);
        kinds.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                .forEach(e -> System.out.printf("  %5d  %-28s e.g. %s%n", e.getValue(), e.getKey(),
                        examples.get(e.getKey())));
        assertThat(gold).isEqualTo(25_008);
        assertThat(rate).isGreaterThanOrEqualTo(0.99);
    }

    /** Sentences: one {@code token label} per line, a blank line between sentences. */
    static List<List<String>> sentences(List<String> lines) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            String s = line.strip();
            if (s.isEmpty()) {
                if (!current.isEmpty()) out.add(current);
                current = new ArrayList<>();
                continue;
            }
            int space = s.lastIndexOf(' ');
            current.add(space > 0 ? s.substring(0, space) : s);
        }
        if (!current.isEmpty()) out.add(current);
        return out;
    }

    /** "split" when our tokens lie inside the gold one, "joined" when one of ours runs past it. */
    private static String mismatchKind(AnalyzedText a, int start, int end) {
        for (Token t : a.tokens()) {
            if (t.end() <= start || t.start() >= end) continue;
            if (t.start() < start || t.end() > end) return "joined";
        }
        return "split";
    }

    private static String ours(AnalyzedText a, int start, int end) {
        StringBuilder sb = new StringBuilder("[");
        for (Token t : a.tokens()) {
            if (t.end() > start && t.start() < end) sb.append(sb.length() > 1 ? "|" : "").append(a.surface(t));
        }
        return sb.append(']').toString();
    }

    /** The token's shape: Arabic letters a, Latin L, digits 9, runs collapsed, other chars kept. */
    private static String shape(String g) {
        StringBuilder sb = new StringBuilder();
        g.codePoints().forEach(c -> {
            char k = CharClass.isArabicScript(c) && Character.isLetter(c) ? 'a'
                    : Character.isDigit(c) ? '9' : Character.isLetter(c) ? 'L' : (char) c;
            if (sb.length() == 0 || sb.charAt(sb.length() - 1) != k || !(k == 'a' || k == '9' || k == 'L')) {
                sb.append(k);
            }
        });
        return sb.toString();
    }
}
