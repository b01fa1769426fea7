package org.marsad.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * What a phrase says about an actor without any entity: the state it belongs to (روسيا، موسكو، الروسي → RUS) and
 * its kind (قوات → military, متظاهرون → protesters). Read once from {@code actors.txt} plus the Arabic country names
 * of the JDK's locale data. A leading ال never matters (العراق and عراق match alike). Immutable and thread-safe.
 */
final class ActorLexicon {
    static final String RESOURCE = "/org/marsad/event/actors.txt";
    private static final String[] NISBA_SUFFIXES = {"", "ه", "ون", "ين", "ان", "تان", "تين", "يات"};

    /** What an entry is. */
    enum Category { PLACE, SEAT, NISBA, GROUP, KIND }

    /**
     * One name: its words (article-free keys), state and kind.
     *
     * @param keys the words in order
     * @param country ISO alpha-3 or null
     * @param kind the actor kind or null
     * @param category what the entry is
     */
    record Name(List<String> keys, String country, String kind, Category category) {}

    /**
     * A name found in a phrase.
     *
     * @param name the lexicon entry
     * @param first the index of its first word in the phrase's word list
     * @param end one past its last word
     */
    record Hit(Name name, int first, int end) {}

    private final Map<String, List<Name>> byFirstKey;

    private ActorLexicon(Map<String, List<Name>> byFirstKey) {
        this.byFirstKey = byFirstKey;
    }

    /** The shipped lexicon. */
    static ActorLexicon standard() {
        return Shipped.LEXICON;
    }

    /** Every name found in {@code words[from, to)}, longest first at each position, left to right. */
    List<Hit> find(List<Word> words, int from, int to) {
        List<Hit> hits = new ArrayList<>();
        int i = from;
        while (i < to) {
            Hit best = null;
            for (String key : words.get(i).keys()) {
                for (Name n : byFirstKey.getOrDefault(key, List.of())) {
                    int len = n.keys().size();
                    if (i + len > to || (best != null && len <= best.end() - best.first())) continue;
                    if (matches(words, i, n.keys())) best = new Hit(n, i, i + len);
                }
            }
            if (best != null) {
                hits.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return hits;
    }

    private static boolean matches(List<Word> words, int at, List<String> keys) {
        for (int k = 1; k < keys.size(); k++) {
            if (!words.get(at + k).keys().contains(keys.get(k))) return false;
        }
        return true;
    }

    /** The article-free key of one lexicon word. */
    static String key(String word) {
        String n = Inflections.norm(word);
        return n.startsWith("ال") && n.length() > 3 ? n.substring(2) : n;
    }

    private static ActorLexicon load() {
        Map<String, List<Name>> map = new HashMap<>();
        Locale arabic = Locale.forLanguageTag("ar");
        for (String cc : Locale.getISOCountries()) { // Arabic state names from CLDR
            Locale region = new Locale("", cc);
            try {
                add(map, region.getDisplayCountry(arabic), region.getISO3Country(), null, Category.PLACE);
            } catch (MissingResourceException e) {
                // a region without an alpha-3 code: not a state we can name
            }
        }
        try (InputStream in = ActorLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                if (hash >= 0) line = line.substring(0, hash);
                if (!line.isBlank()) parse(line.strip(), map);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return new ActorLexicon(Map.copyOf(map));
    }

    private static void parse(String line, Map<String, List<Name>> map) {
        String[] f = line.split("\\s+", 3);
        switch (f[0]) {
            case "place" -> names(f[2]).forEach(n -> add(map, n, f[1], null, Category.PLACE));
            case "seat" -> names(f[2]).forEach(n -> add(map, n, f[1], "government", Category.SEAT));
            case "kind" -> names(f[2]).forEach(n -> add(map, n, null, kind(f[1]), Category.KIND));
            case "group" -> {
                String[] g = f[2].split("\\s+", 2);
                String country = g[0].equals("-") ? null : g[0];
                names(g[1]).forEach(n -> add(map, n, country, kind(f[1]), Category.GROUP));
            }
            case "nisba" -> {
                String[] parts = f[2].split(";", 2);
                for (String base : names(parts[0])) {
                    for (String suffix : NISBA_SUFFIXES) {
                        StringBuilder spread = new StringBuilder();
                        for (String w : base.split("\\s+")) spread.append(Inflections.norm(w)).append(suffix).append(' ');
                        add(map, spread.toString(), f[1], null, Category.NISBA);
                    }
                }
                if (parts.length > 1) names(parts[1]).forEach(n -> add(map, n, f[1], null, Category.NISBA));
            }
            default -> throw new IllegalArgumentException(RESOURCE + ": unknown line kind " + f[0]);
        }
    }

    private static String kind(String spec) {
        return spec.replace('-', ' ');
    }

    private static List<String> names(String spec) {
        List<String> out = new ArrayList<>();
        for (String n : spec.split("\\|")) if (!n.isBlank()) out.add(n.strip());
        return out;
    }

    private static void add(Map<String, List<Name>> map, String name, String country, String kind, Category c) {
        List<String> keys = new ArrayList<>();
        for (String w : name.strip().split("\\s+")) if (!w.isEmpty()) keys.add(key(w));
        if (keys.isEmpty() || keys.get(0).length() < 2) return;
        map.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(new Name(List.copyOf(keys), country, kind, c));
    }

    private static final class Shipped {
        static final ActorLexicon LEXICON = load();
    }
}
