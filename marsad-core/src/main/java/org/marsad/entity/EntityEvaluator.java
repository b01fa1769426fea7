package org.marsad.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.marsad.Marsad;
import org.marsad.extract.Page;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicText;

/**
 * Scores an {@link EntityFinder} against {@link EntityGold} on the SaudiNewsNet articles it annotates (read from the
 * shared data folder, never shipped), with the metric of {@link EntityScore}. Also scores the finder fed the gold
 * mentions, which measures the grouping alone. The gold's guideline leaves MISC names out, so the finder's MISC entities
 * (الله, كورونا) are neither right nor wrong here: they are not scored. Thread-safe.
 */
public final class EntityEvaluator {
    /** One article's scores. */
    public record ArticleResult(int index, EntityScore mentions, EntityScore entities) {}

    /** All articles' scores and their micro-averaged sums. */
    public record Result(List<ArticleResult> articles, EntityScore mentions, EntityScore entities) {}

    /** The article bodies of the gold, by index; loaded from the shared zip. */
    public record Bodies(Map<Integer, String> byIndex) {}

    private EntityEvaluator() {}

    /** Whether {@code dataDir} holds the SaudiNewsNet zip the gold annotates. */
    public static boolean present(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(EntityGold.SOURCE_ZIP));
    }

    /**
     * The bodies of the gold's articles, as {@code Marsad.analyzePlain(content)} gives them, each checked against
     * the gold's url hash and span bounds.
     *
     * @throws IllegalStateException when the data does not fit the gold (another version of the sample)
     */
    public static Bodies bodies(Path dataDir, EntityGold gold) throws IOException {
        JsonNode all;
        try (ZipFile zip = new ZipFile(dataDir.resolve(EntityGold.SOURCE_ZIP).toFile(), StandardCharsets.UTF_8)) {
            ZipEntry entry = zip.stream().filter(e -> e.getName().endsWith(".json")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no .json in " + EntityGold.SOURCE_ZIP));
            try (InputStream in = zip.getInputStream(entry)) {
                all = new ObjectMapper().readTree(in);
            }
        }
        Map<Integer, String> out = new LinkedHashMap<>();
        for (EntityGold.Article a : gold.articles().values()) {
            JsonNode item = all.get(a.index());
            if (item == null || !sha1(item.path("url").asText()).startsWith(a.urlSha1())) {
                throw new IllegalStateException("article " + a.index()
                        + " is not the annotated one (url hash differs)");
            }
            String body = body(item.path("content").asText());
            for (EntityGold.Span s : a.spans()) {
                if (s.end() > body.length()) throw new IllegalStateException("gold span past the body of " + a.index());
            }
            out.put(a.index(), body);
        }
        return new Bodies(out);
    }

    /** Scores {@code finder} on every gold article. */
    public static Result evaluate(EntityGold gold, Bodies bodies, EntityFinder finder) {
        return score(gold, bodies, (article, text) -> finder.entities(text));
    }

    /** Scores the grouping alone: the gold mentions fed to a finder built from them (gazetteer added as usual). */
    public static Result evaluateOnGoldMentions(EntityGold gold, Bodies bodies) {
        return score(gold, bodies, (article, text) -> new EntityFinder(t -> goldMentions(article, t)).entities(text));
    }

    private interface Run {
        List<Entity> entities(EntityGold.Article article, AnalyzedText text);
    }

    private static Result score(EntityGold gold, Bodies bodies, Run run) {
        List<ArticleResult> rows = new ArrayList<>();
        EntityScore mentions = new EntityScore(0, 0, 0);
        EntityScore entities = new EntityScore(0, 0, 0);
        for (EntityGold.Article a : gold.articles().values()) {
            AnalyzedText text = ArabicText.analyze(bodies.byIndex().get(a.index()));
            List<Entity> found = run.entities(a, text);
            List<String> sysMentions = new ArrayList<>();
            List<EntityScore.Cluster> sysClusters = new ArrayList<>();
            for (Entity e : found) {
                if (e.type() == EntityType.MISC) continue; // not annotated in the gold: unscored
                List<String> spans = new ArrayList<>();
                for (Mention m : e.mentions()) {
                    spans.add(m.start() + ":" + m.end());
                    sysMentions.add(m.start() + ":" + m.end() + ":" + e.type());
                }
                sysClusters.add(new EntityScore.Cluster(e.type(), new java.util.HashSet<>(spans)));
            }
            Map<String, List<EntityGold.Span>> byCluster = new LinkedHashMap<>();
            List<String> goldMentions = new ArrayList<>();
            for (EntityGold.Span s : a.spans()) {
                byCluster.computeIfAbsent(s.cluster(), k -> new ArrayList<>()).add(s);
                goldMentions.add(s.start() + ":" + s.end() + ":" + s.type());
            }
            List<EntityScore.Cluster> goldClusters = new ArrayList<>();
            for (List<EntityGold.Span> c : byCluster.values()) {
                goldClusters.add(new EntityScore.Cluster(c.get(0).type(),
                        new java.util.HashSet<>(c.stream().map(s -> s.start() + ":" + s.end()).toList())));
            }
            ArticleResult r = new ArticleResult(a.index(), EntityScore.mentions(sysMentions, goldMentions),
                    EntityScore.entities(sysClusters, goldClusters));
            rows.add(r);
            mentions = mentions.plus(r.mentions());
            entities = entities.plus(r.entities());
        }
        return new Result(rows, mentions, entities);
    }

    private static List<Mention> goldMentions(EntityGold.Article a, AnalyzedText text) {
        List<Mention> out = new ArrayList<>();
        for (EntityGold.Span s : a.spans()) {
            out.add(new Mention(text.text().substring(s.start(), s.end()), s.start(), s.end(), s.type()));
        }
        return out;
    }

    /** The body Marsad gives a plain-text article (what {@code Marsad.analyzePlain} annotates). */
    static String body(String content) {
        Analysis a = Marsad.extract(Page.of(content.getBytes(StandardCharsets.UTF_8), null)
                .withFormat(Page.Format.PLAIN));
        return a instanceof Article article ? article.body() : "";
    }

    private static String sha1(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
