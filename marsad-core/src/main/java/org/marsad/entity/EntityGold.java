package org.marsad.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.EntityType;

/**
 * Hand-made entity gold over articles Marsad may not ship: ids, offsets, types and cluster ids, never the text.
 * Three sets ship, over SaudiNewsNet articles of 2015-08-11: 15 for development ({@link #SHIPPED}), 6 held out
 * ({@link #HELD_OUT}) and 10 more held out ({@link #HELD_OUT_B}); each file's header says how they were chosen and
 * annotated.
 *
 * @param articles the gold articles, by their index in the source's JSON array, in file order
 */
public record EntityGold(Map<Integer, Article> articles) {
    /** The shipped development gold (15 articles; the cue rules were written with them in view). */
    public static final String SHIPPED = "gold/saudinewsnet-2015-08-11.tsv";
    /** The shipped held-out gold (6 other articles, annotated after the rules were written). */
    public static final String HELD_OUT = "gold/saudinewsnet-2015-08-11-heldout.tsv";
    /** The second held-out batch (10 more articles, annotated before the finder ran on them). */
    public static final String HELD_OUT_B = "gold/saudinewsnet-2015-08-11-heldout-b.tsv";
    /** The SaudiNewsNet zip it annotates, under the shared data folder. */
    public static final String SOURCE_ZIP = "saudinewsnet-sample/2015-08-11.zip";

    /** One gold mention: its span in the article's body, its type and the id of its real-world entity. */
    public record Span(int start, int end, EntityType type, String cluster) {}

    /** One gold article: its index in the source, its url's SHA-1 prefix (a check), and its mentions. */
    public record Article(int index, String urlSha1, List<Span> spans) {
        public Article {
            spans = List.copyOf(spans);
        }
    }

    public EntityGold {
        articles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(articles));
    }

    /** Both held-out batches together (16 articles). */
    public static EntityGold heldOut() {
        return shipped(HELD_OUT).plus(shipped(HELD_OUT_B));
    }

    /** This gold's articles and then {@code other}'s (disjoint sets of the same source). */
    public EntityGold plus(EntityGold other) {
        Map<Integer, Article> all = new LinkedHashMap<>(articles);
        for (Article a : other.articles().values()) {
            if (all.putIfAbsent(a.index(), a) != null) {
                throw new IllegalArgumentException("article " + a.index() + " is in both golds");
            }
        }
        return new EntityGold(all);
    }

    /** The shipped development gold. */
    public static EntityGold shipped() {
        return shipped(SHIPPED);
    }

    /** A shipped gold: {@link #SHIPPED} or {@link #HELD_OUT}. */
    public static EntityGold shipped(String resource) {
        try (InputStream in = EntityGold.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A gold file of the same format. */
    public static EntityGold read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Parses the TSV: article index, url SHA-1 prefix, start, end, type, cluster; # comments. */
    static EntityGold parse(String tsv) {
        Map<Integer, String> sha = new LinkedHashMap<>();
        Map<Integer, List<Span>> spans = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : tsv.split("\n")) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.strip().split("\t");
            EntityType type = f.length == 6 ? EntityType.fromLabel(f[4]) : null;
            if (type == null) throw new IllegalArgumentException("gold line " + lineNo + ": want 6 columns and a type");
            int index = Integer.parseInt(f[0]);
            sha.putIfAbsent(index, f[1]);
            spans.computeIfAbsent(index, k -> new ArrayList<>())
                    .add(new Span(Integer.parseInt(f[2]), Integer.parseInt(f[3]), type, f[5]));
        }
        Map<Integer, Article> out = new LinkedHashMap<>();
        spans.forEach((index, s) -> out.put(index, new Article(index, sha.get(index), s)));
        return new EntityGold(out);
    }
}
