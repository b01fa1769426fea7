package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.entity.EntityScore.Cluster;
import org.marsad.model.EntityType;

class EntityScoreTest {
    private static Cluster c(EntityType t, String... spans) {
        return new Cluster(t, Set.of(spans));
    }

    @Test
    void anEntityMatchesWhenHalfOfEachSideIsShared() {
        Cluster gold = c(EntityType.PERSON, "0:5", "10:15", "20:25", "30:35");
        assertThat(EntityScore.entities(List.of(c(EntityType.PERSON, "0:5", "10:15")), List.of(gold)).correct())
                .isEqualTo(1);
        assertThat(EntityScore.entities(List.of(c(EntityType.PERSON, "0:5")), List.of(gold)).correct()).isZero();
        assertThat(EntityScore.entities(List.of(c(EntityType.PERSON, "0:5", "40:45", "50:55")),
                List.of(c(EntityType.PERSON, "0:5", "40:45"))).correct()).isEqualTo(1);
    }

    @Test
    void typesMustAgreeAndMatchingIsOneToOne() {
        Cluster gold = c(EntityType.LOCATION, "0:5", "10:15");
        assertThat(EntityScore.entities(List.of(c(EntityType.PERSON, "0:5", "10:15")), List.of(gold)).correct())
                .isZero();
        EntityScore split = EntityScore.entities(List.of(c(EntityType.LOCATION, "0:5"),
                c(EntityType.LOCATION, "10:15")), List.of(gold));
        assertThat(split.correct()).isEqualTo(1);
        assertThat(split.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(split.recall()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void mentionsNeedTheExactSpanAndType() {
        EntityScore s = EntityScore.mentions(List.of("0:5:PERSON", "6:9:LOCATION"),
                List.of("0:5:PERSON", "6:9:PERSON"));
        assertThat(s).isEqualTo(new EntityScore(1, 2, 2));
        assertThat(s.f1()).isCloseTo(0.5, within(1e-9));
        assertThat(new EntityScore(0, 0, 0).f1()).isZero();
    }

    @Test
    void theGoldParsesAndRejectsBadLines() {
        EntityGold g = EntityGold.parse("# c\n7\tabc\t0\t4\tPERSON\tx\n7\tabc\t9\t12\tLOC\ty\n");
        assertThat(g.articles().get(7).spans()).hasSize(2);
        assertThat(g.articles().get(7).spans().get(1).type()).isEqualTo(EntityType.LOCATION);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EntityGold.parse("7\tabc\t0\t4\n"))
                .hasMessageContaining("line 1");
        assertThat(EntityGold.shipped().articles()).hasSize(15);
        assertThat(EntityGold.heldOut().articles()).hasSize(16).doesNotContainKeys(
                EntityGold.shipped().articles().keySet().toArray(Integer[]::new));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EntityGold.shipped().plus(EntityGold.shipped()))
                .hasMessageContaining("in both");
    }

    @Test
    void miscEntitiesAreNotScoredForTheGoldLeavesThemOut() {
        String body = "قال سامر الجابري إن فيروس كورونا انحسر";
        EntityGold gold = EntityGold.parse("3\tabc\t4\t16\tPERSON\tp\n");
        EntityEvaluator.Bodies bodies = new EntityEvaluator.Bodies(java.util.Map.of(3, body));
        int misc = body.indexOf("كورونا");
        EntityFinder finder = new EntityFinder(t -> List.of(
                new org.marsad.model.Mention("سامر الجابري", 4, 16, EntityType.PERSON),
                new org.marsad.model.Mention("كورونا", misc, misc + 6, EntityType.MISC)));
        EntityScore s = EntityEvaluator.evaluate(gold, bodies, finder).entities();
        assertThat(s).isEqualTo(new EntityScore(1, 1, 1));
    }
}
