package org.marsad.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.model.EntityType;

/**
 * Counts for precision, recall and F1, and the two matchings they are made of.
 * <ul>
 *   <li>Mentions: a system mention is right when a gold mention has exactly its span and type.</li>
 *   <li>Entities (the bar): each entity is its set of mention spans. A system entity matches a gold entity
 *   of the same type when they share at least half of the gold entity's mentions and at least half of its own;
 *   pairs are taken one-to-one, most shared mentions first. Precision = matched / system entities, recall =
 *   matched / gold entities, micro-averaged over the articles.</li>
 * </ul>
 *
 * @param correct matched items
 * @param system items the system proposed
 * @param gold items in the gold
 */
public record EntityScore(int correct, int system, int gold) {
    /** An entity as the metric sees it: its type and the spans of its mentions ("start:end"). */
    public record Cluster(EntityType type, Set<String> spans) {
        public Cluster {
            spans = Set.copyOf(spans);
        }
    }

    public double precision() {
        return system == 0 ? 0 : (double) correct / system;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The sum of two scores (micro-averaging). */
    public EntityScore plus(EntityScore o) {
        return new EntityScore(correct + o.correct, system + o.system, gold + o.gold);
    }

    /** Mention-level counts: spans with types ("start:end:TYPE"). */
    public static EntityScore mentions(Collection<String> system, Collection<String> gold) {
        Set<String> g = new HashSet<>(gold);
        int correct = 0;
        for (String s : new HashSet<>(system)) if (g.contains(s)) correct++;
        return new EntityScore(correct, new HashSet<>(system).size(), g.size());
    }

    /** Entity-level counts under the half-and-half overlap rule of this record's doc, one-to-one. */
    public static EntityScore entities(List<Cluster> system, List<Cluster> gold) {
        List<int[]> pairs = new ArrayList<>(); // {shared, system index, gold index}
        for (int s = 0; s < system.size(); s++) {
            for (int g = 0; g < gold.size(); g++) {
                Cluster a = system.get(s);
                Cluster b = gold.get(g);
                if (a.type() != b.type()) continue;
                int shared = 0;
                for (String span : a.spans()) if (b.spans().contains(span)) shared++;
                if (shared > 0 && 2 * shared >= a.spans().size() && 2 * shared >= b.spans().size()) {
                    pairs.add(new int[] {shared, s, g});
                }
            }
        }
        pairs.sort((x, y) -> y[0] - x[0]);
        boolean[] usedS = new boolean[system.size()];
        boolean[] usedG = new boolean[gold.size()];
        int matched = 0;
        for (int[] p : pairs) {
            if (usedS[p[1]] || usedG[p[2]]) continue;
            usedS[p[1]] = true;
            usedG[p[2]] = true;
            matched++;
        }
        return new EntityScore(matched, system.size(), gold.size());
    }
}
