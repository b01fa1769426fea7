package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Actor;
import org.marsad.model.Event;

/**
 * Folds the events of one sentence that tell the same happening: same type and mode, and no conflicting actor or
 * target (two known names that differ). The folded event keeps the first trigger and evidence, takes each missing
 * role from the other, and the higher confidence. Stateless.
 */
final class EventMerger {
    private EventMerger() {}

    /** The events of one sentence, same-type ones folded. */
    static List<Event> merge(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            int at = -1;
            for (int i = 0; i < out.size() && at < 0; i++) if (compatible(out.get(i), e)) at = i;
            if (at < 0) out.add(e);
            else out.set(at, fold(out.get(at), e));
        }
        return out;
    }

    private static boolean compatible(Event a, Event b) {
        return a.type().equals(b.type()) && a.mode() == b.mode() && agree(a.actor(), b.actor())
                && agree(a.target(), b.target());
    }

    private static boolean agree(Actor a, Actor b) {
        return a == null || b == null || a.name().equals(b.name());
    }

    private static Event fold(Event a, Event b) {
        return new Event(a.type(), a.actor() != null ? a.actor() : b.actor(), a.target() != null ? a.target() : b.target(),
                a.location() != null ? a.location() : b.location(), a.date() != null ? a.date() : b.date(),
                a.trigger(), a.mode(), a.text(), a.start(), a.end(), Math.max(a.confidence(), b.confidence()));
    }
}
