package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Event;

/** What every event promises: its evidence is the body's sentence at its offsets, its type PLOVER, its confidence in [0, 1]. */
class EventContractTest {
    private static final String BODY = "عاجل\nقال مسؤول محلي إن مسلحين هاجموا حاجزا للشرطة شمال المدينة، "
            + "وأضاف أن قوات الأمن اعتقلت اثنين منهم.\nوتظاهر العشرات أمام المحكمة للمطالبة بالإفراج عن المعتقلين.";

    @Test
    void evidenceOffsetsTypesAndConfidence() {
        Article a = Coding.article(BODY, null);
        List<Event> events = Coding.events(Coding.CODER, a, List.of(), List.of());
        assertThat(events).extracting(Event::type).contains("ASSAULT", "COERCE", "PROTEST");
        for (Event e : events) {
            assertThat(a.body().substring(e.start(), e.end())).isEqualTo(e.text());
            assertThat(EventTypes.PLOVER).contains(e.type());
            assertThat(e.confidence()).isBetween(0.0, 1.0);
            assertThat(e.text()).contains(e.trigger().split(" ")[0]);
        }
    }

    @Test
    void emptyAndNonArabicBodies() {
        Article some = Coding.article("نص", null);
        assertThat(Coding.CODER.events(some, org.marsad.text.ArabicText.analyze(""), List.of(), List.of())).isEmpty();
        assertThat(Coding.CODER.events(null, org.marsad.text.ArabicText.analyze(null), null, null)).isEmpty();
        assertThat(Coding.events("The army attacked the town.")).isEmpty();
    }

    @Test
    void sameResultFromManyThreads() throws Exception {
        List<Event> once = Coding.events(BODY);
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<List<Event>> results = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> results.add(Coding.events(BODY)));
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        assertThat(results).hasSize(4).allSatisfy(r -> assertThat(r).isEqualTo(once));
    }
}
