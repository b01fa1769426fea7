package org.marsad.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-annotated events of real articles (SaudiNewsNet 2015-08-11): for each article its salient events and
 * every event of its lead, as body offsets and labels, never text. Format and guidelines: the resource's header
 * and {@code gold/GUIDELINES.md} beside it.
 */
public final class ArticleEventGold {
    /** The shipped gold's resource name. */
    public static final String RESOURCE = "/org/marsad/event/gold/saudinewsnet-2015-08-11.tsv";
    /** The SaudiNewsNet day it annotates, under the shared data folder. */
    public static final String ZIP = "saudinewsnet-sample/2015-08-11.zip";

    private ArticleEventGold() {}

    /** Whether an event is told as having happened, as not, or as planned, expected or called for. */
    public enum Mode { FACT, NEGATED, HYPOTHETICAL }

    /**
     * One gold event.
     *
     * @param salient what the article reports happening (else an event of the lead only)
     * @param type its PLOVER type
     * @param mode how it is told
     * @param evidence the sentences telling it, each {start, end}, the fullest first
     * @param actor the actor's span or null
     * @param target the target's span or null
     */
    public record GoldEvent(boolean salient, String type, Mode mode, List<int[]> evidence, int[] actor,
            int[] target) {}

    /**
     * One annotated article.
     *
     * @param index its index in the day's JSON array
     * @param id the Article.id of its body, to check the body is the annotated one
     * @param split dev or test
     * @param leadEnd one past the lead (the title and the first three body sentences)
     * @param events its gold events
     */
    public record Document(int index, String id, String split, int leadEnd, List<GoldEvent> events) {
        public Document {
            events = List.copyOf(events);
        }
    }

    /** The shipped gold. */
    public static List<Document> standard() {
        try (InputStream in = ArticleEventGold.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Document> read(InputStream in, String name) throws IOException {
        Map<Integer, String[]> heads = new LinkedHashMap<>();
        Map<Integer, List<GoldEvent>> events = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            try {
                int index = Integer.parseInt(f[1]);
                if (f[0].equals("article") && f.length == 5) {
                    heads.put(index, f);
                    events.put(index, new ArrayList<>());
                } else if (f[0].equals("event") && f.length == 8) {
                    List<int[]> evidence = new ArrayList<>();
                    for (String s : f[5].split(";")) evidence.add(span(s));
                    events.get(index).add(new GoldEvent(f[2].equals("salient"), f[3], mode(f[4]), evidence,
                            span(f[6]), span(f[7])));
                } else {
                    throw new IllegalArgumentException("want article (5 fields) or event (8 fields)");
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(name + ":" + n + ": bad line: " + e.getMessage(), e);
            }
        }
        List<Document> out = new ArrayList<>();
        heads.forEach((i, h) -> out.add(new Document(i, h[2], h[3], Integer.parseInt(h[4]), events.get(i))));
        return List.copyOf(out);
    }

    private static Mode mode(String s) {
        return Mode.valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }

    private static int[] span(String s) {
        if (s.equals("-")) return null;
        String[] p = s.split(":");
        return new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])};
    }
}
