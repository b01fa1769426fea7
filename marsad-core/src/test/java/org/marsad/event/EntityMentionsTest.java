package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;

/** The sorted mention look-up of the event coder gives what a scan of every mention gives. */
class EntityMentionsTest {
    // "استقبل الرئيس المصري في القاهرة وزير الخارجية الأردني"
    private static final Entity CAIRO = entity("e1", EntityType.LOCATION, "القاهرة", 24, 31);
    private static final Entity MINISTRY = entity("e2", EntityType.ORGANIZATION, "وزير الخارجية الأردني", 32, 53);
    private static final Entity JORDAN = entity("e3", EntityType.LOCATION, "الأردني", 46, 53);

    private static Entity entity(String id, EntityType type, String name, int start, int end) {
        return new Entity(id, type, name, List.of(), List.of(), null, false, List.of(new Mention(name, start, end, type)));
    }

    @Test
    void theEarliestOverlappingMentionWinsAndTheTypeFilters() {
        EntityMentions m = new EntityMentions(List.of(JORDAN, CAIRO, MINISTRY));
        assertThat(m.overlapping(40, 53, null)).isEqualTo(MINISTRY); // starts at 32, before الأردني at 46
        assertThat(m.overlapping(40, 53, EntityType.LOCATION)).isEqualTo(JORDAN);
        assertThat(m.overlapping(20, 30, null)).isEqualTo(CAIRO);
        assertThat(m.overlapping(0, 24, null)).isNull(); // ends where القاهرة starts
        assertThat(new EntityMentions(List.of()).overlapping(0, 10, null)).isNull();
    }
}
