package org.marsad.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;

/**
 * An article's entity mentions sorted by start, for the actor and place look-ups of each event: a look-up reads only
 * the mentions that can overlap the span, so coding a long body does not cost events times mentions.
 */
final class EntityMentions {
    private record At(int start, int end, Entity entity) {}

    private final List<At> sorted;
    /** The longest mention: a mention overlapping [start, end) starts after start - longest. */
    private final int longest;

    EntityMentions(List<Entity> entities) {
        List<At> all = new ArrayList<>();
        int max = 0;
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                all.add(new At(m.start(), m.end(), e));
                max = Math.max(max, m.end() - m.start());
            }
        }
        // Stable: among mentions starting at one place, the entities' order decides, as a scan of the list would.
        all.sort(Comparator.comparingInt(At::start));
        this.sorted = all;
        this.longest = max;
    }

    /** The entity (of {@code type}, or any type when null) with the earliest mention overlapping [start, end). */
    Entity overlapping(int start, int end, EntityType type) {
        int lo = 0;
        int hi = sorted.size();
        int from = start - longest;
        while (lo < hi) { // the first mention starting at or after from
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < from) lo = mid + 1;
            else hi = mid;
        }
        for (int i = lo; i < sorted.size() && sorted.get(i).start() < end; i++) {
            At m = sorted.get(i);
            if (start < m.end() && (type == null || m.entity().type() == type)) return m.entity();
        }
        return null;
    }
}
