package org.marsad.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Arabic event triggers mapped to PLOVER types, read from a text file, one entry a line:
 * <pre>
 * TYPE  verb    هاجم/يهاجم اغار/يغير        ; options
 * TYPE  noun    هجوم هجمات
 * TYPE  agent   متظاهرون متظاهرين          (a participant noun that implies the event)
 * TYPE  phrase  فرض/يفرض + عقوبات|عقوبه      (components in order, each within a few words of the last)
 * </pre>
 * Options: {@code near=a|b} (one of these words within five words after), {@code notnext=a|b},
 * {@code notprev=a|b}, {@code skip=a|b} (forms the spreading must not produce), {@code conf=0.6},
 * {@code to=إلى|ل} (the target follows one of these prepositions). Immutable.
 */
public final class TriggerLexicon {
    /** The shipped lexicon's resource name. */
    public static final String RESOURCE = "/org/marsad/event/triggers.txt";

    /** What part of speech a trigger form is. */
    enum Pos { VERB, NOUN, AGENT, PHRASE }

    /**
     * One lexicon line.
     *
     * @param type the PLOVER type
     * @param pos its part of speech
     * @param rest for a phrase, the components after the first; else empty
     * @param near words one of which must follow within five words, or empty
     * @param notNext words that must not follow directly
     * @param notPrev words that must not come directly before
     * @param confidence the base confidence of a hit
     * @param targetPrepositions when not empty, the target is the phrase after one of these (not the type's default)
     */
    record Entry(String type, Pos pos, List<Set<String>> rest, Set<String> near, Set<String> notNext,
            Set<String> notPrev, double confidence, Set<String> targetPrepositions) {}

    private final Map<String, List<Entry>> byForm;

    private TriggerLexicon(Map<String, List<Entry>> byForm) {
        this.byForm = byForm;
    }

    /** The lexicon shipped with Marsad. */
    public static TriggerLexicon standard() {
        return Shipped.LEXICON;
    }

    /** A lexicon read from {@code file} (same format as the shipped one). */
    public static TriggerLexicon load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read trigger lexicon " + file, e);
        }
    }

    /** This lexicon with the entries of {@code more} added. */
    public TriggerLexicon with(TriggerLexicon more) {
        Map<String, List<Entry>> merged = new HashMap<>();
        byForm.forEach((k, v) -> merged.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        more.byForm.forEach((k, v) -> merged.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        merged.replaceAll((k, v) -> List.copyOf(v));
        return new TriggerLexicon(Map.copyOf(merged));
    }

    /** The entries whose (first) form is {@code form}, empty when none. */
    List<Entry> entries(String form) {
        return byForm.getOrDefault(form, List.of());
    }

    /** How many distinct forms the lexicon knows. */
    public int size() {
        return byForm.size();
    }

    static TriggerLexicon read(InputStream in, String name) throws IOException {
        Map<String, List<Entry>> map = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            if (line.isBlank()) continue;
            try {
                parse(line, map);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ":" + n + ": " + e.getMessage(), e);
            }
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return new TriggerLexicon(Map.copyOf(map));
    }

    private static void parse(String line, Map<String, List<Entry>> map) {
        String[] main = line.split(";", 2);
        String[] f = main[0].trim().split("\\s+", 3);
        if (f.length < 3) throw new IllegalArgumentException("want TYPE POS FORMS");
        String type = f[0].trim();
        if (!EventTypes.PLOVER.contains(type)) throw new IllegalArgumentException("not a PLOVER type: " + type);
        Pos pos = Pos.valueOf(f[1].trim().toUpperCase(java.util.Locale.ROOT));
        Map<String, String> opt = options(main.length > 1 ? main[1] : "");
        Set<String> skip = words(opt.get("skip"));
        double conf = opt.containsKey("conf") ? Double.parseDouble(opt.get("conf"))
                : switch (pos) {
                    case VERB -> 0.75;
                    case NOUN -> 0.65;
                    case AGENT -> 0.45;
                    case PHRASE -> 0.85;
                };
        List<Set<String>> rest = new ArrayList<>();
        Set<String> first = new LinkedHashSet<>();
        if (pos == Pos.PHRASE) {
            String[] parts = f[2].split("\\s*\\+\\s*");
            if (parts.length < 2) throw new IllegalArgumentException("a phrase needs two components");
            first.addAll(Inflections.alternatives(parts[0].trim()));
            for (int i = 1; i < parts.length; i++) rest.add(Set.copyOf(Inflections.alternatives(parts[i].trim())));
        } else {
            for (String spec : f[2].trim().split("\\s+")) {
                first.addAll(pos == Pos.VERB ? Inflections.verb(spec) : Inflections.noun(spec));
            }
        }
        first.removeAll(skip);
        Entry e = new Entry(type, pos, List.copyOf(rest), words(opt.get("near")), words(opt.get("notnext")),
                words(opt.get("notprev")), conf, words(opt.get("to")));
        for (String form : first) map.computeIfAbsent(form, k -> new ArrayList<>()).add(e);
    }

    private static Map<String, String> options(String s) {
        Map<String, String> out = new HashMap<>();
        for (String kv : s.trim().split("[;\\s]+")) {
            if (kv.isBlank()) continue;
            int eq = kv.indexOf('=');
            if (eq < 0) throw new IllegalArgumentException("bad option " + kv);
            out.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return out;
    }

    private static Set<String> words(String spec) {
        if (spec == null || spec.isBlank()) return Set.of();
        Set<String> out = new LinkedHashSet<>();
        for (String w : spec.split("\\|")) out.add(Inflections.norm(w));
        return Set.copyOf(out);
    }

    private static final class Shipped {
        static final TriggerLexicon LEXICON = loadResource();

        private static TriggerLexicon loadResource() {
            try (InputStream in = TriggerLexicon.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
                return read(in, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
