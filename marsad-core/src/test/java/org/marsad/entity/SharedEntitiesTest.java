package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.eval.SharedData;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.text.ArabicText;

/** The claims on the seed and its bar on the entity gold; both need ../shared and skip without it. */
class SharedEntitiesTest {
    private static Path data() {
        Path dir = SharedData.dataDir(null);
        Assumptions.assumeTrue(Files.isDirectory(dir), "no shared data at " + dir + ": skipped");
        return dir;
    }

    /**
     * The bar (entity F1 >= 0.60) holds on the development set, which the cue rules were written beside;
     * on the held-out set (both batches, 16 articles) the cue heuristics measure 0.63 today (foreign names need the
     * trained tagger), so that set asserts a floor below it, and the grouping's own quality on gold mentions.
     */
    @Test
    void canonicalEntitiesOnTheGold() throws IOException {
        Path dir = data();
        Assumptions.assumeTrue(EntityEvaluator.present(dir), "no SaudiNewsNet sample under " + dir);
        EntityEvaluator.Result dev = report("development", EntityGold.shipped(), dir);
        EntityEvaluator.Result held = report("held-out", EntityGold.heldOut(), dir);
        assertThat(dev.entities().f1()).isGreaterThanOrEqualTo(0.60);
        assertThat(held.entities().f1()).isGreaterThanOrEqualTo(0.50);
    }

    private static EntityEvaluator.Result report(String label, EntityGold gold, Path dir) throws IOException {
        EntityEvaluator.Bodies bodies = EntityEvaluator.bodies(dir, gold);
        EntityEvaluator.Result r = EntityEvaluator.evaluate(gold, bodies, EntityFinder.heuristic());
        EntityEvaluator.Result grouping = EntityEvaluator.evaluateOnGoldMentions(gold, bodies);
        System.out.printf(Locale.ROOT, "%s entities, %d articles: F1 %.3f (P %.3f R %.3f); mentions F1 %.3f; "
                + "grouping on gold mentions F1 %.3f%n", label, gold.articles().size(), r.entities().f1(),
                r.entities().precision(), r.entities().recall(), r.mentions().f1(), grouping.entities().f1());
        assertThat(grouping.entities().f1()).as("grouping on gold mentions").isGreaterThanOrEqualTo(0.85);
        return r;
    }

    /** The seed's body, through the front door. */
    private static String seedBody() throws IOException {
        Path seed = data().resolveSibling("seed").resolve("erem-news-shoigu-2025-06-20.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), "no seed at " + seed);
        Analysis a = Marsad.analyze(Files.readAllBytes(seed), null);
        assertThat(a).isInstanceOf(Article.class);
        return ((Article) a).body();
    }

    @Test
    void theSeedsClaimsWithTheShippedFinder() throws IOException {
        String body = seedBody();
        checkSeed(body, EntityFinder.heuristic().entities(ArabicText.analyze(body)));
    }

    @Test
    void theSeedsClaimsWithHandPersonSpansAndTheGazetteer() throws IOException {
        String body = seedBody();
        List<Mention> persons = new ArrayList<>(); // the seed's person names, found in its text here (test only)
        for (String name : List.of("سيرغي شويغو", "سيرجي شويغو", "سمير أيوب", "نزار بوش", "كيم جونغ أون")) {
            persons.addAll(Texts.all(body, name, EntityType.PERSON));
        }
        checkSeed(body, new EntityFinder(t -> persons).entities(ArabicText.analyze(body)));
    }

    private static void checkSeed(String body, List<Entity> entities) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        Entity shoigu = holding(entities, "شويغو");
        assertThat(shoigu.type()).isEqualTo(EntityType.PERSON);
        assertThat(shoigu.name()).isEqualTo("سيرغي شويغو");
        assertThat(entities.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().contains("شويغو"))))
                .as("every شويغو, however spelled, is one entity").hasSize(1);
        assertThat(NameKeys.phonetic("سيرجي شويغو")).isEqualTo(NameKeys.phonetic(shoigu.name()));
        Entity bush = holding(entities, "بوش");
        assertThat(bush.name()).isEqualTo("نزار بوش");
        assertThat(bush.mentions()).extracting(Mention::text).containsOnly("نزار بوش", "بوش");
        assertThat(bush.country()).isNull();
        for (String person : List.of("بوتين", "سمير أيوب", "كيم جونغ أون")) {
            assertThat(holding(entities, person).type()).as(person).isEqualTo(EntityType.PERSON);
        }
        for (String place : List.of("كوريا الشمالية", "روسيا", "إيران", "أوكرانيا", "الصين", "كورسك", "طهران",
                "تل أبيب", "بيونغ يانغ", "موسكو")) {
            assertThat(holding(entities, place).type()).as(place).isEqualTo(EntityType.LOCATION);
        }
        assertThat(holding(entities, "موسكو")).extracting(Entity::country, Entity::metonym)
                .containsExactly("RUS", true);
        assertThat(holding(entities, "بيونغ يانغ")).extracting(Entity::country, Entity::metonym)
                .containsExactly("PRK", true);
        assertThat(holding(entities, "كوريا الشمالية").country()).isEqualTo("PRK");
        assertThat(holding(entities, "إرم نيوز").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    /** The entity with a mention whose text is {@code name}. */
    private static Entity holding(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(name))).findFirst()
                .orElseThrow(() -> new AssertionError("no entity mentions " + name + " among "
                        + entities.stream().map(Entity::name).toList()));
    }
}
