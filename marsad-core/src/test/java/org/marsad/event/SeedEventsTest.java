package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.model.Actor;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.text.ArabicText;

/**
 * The seed page's events (issue 6), coded without entities: the page is read from ../shared, never copied; the
 * assertions name only the actors the issue names.
 */
class SeedEventsTest {
    private static List<Event> events;

    @BeforeAll
    static void code() throws IOException {
        String shared = System.getProperty("marsad.shared");
        Path seed = shared == null ? null : Path.of(shared, "seed", "erem-news-shoigu-2025-06-20.txt");
        Assumptions.assumeTrue(seed != null && Files.isRegularFile(seed),
                "the seed page is not here (marsad.shared=" + shared + "): skipping the seed events");
        Analysis a = Marsad.analyze(Files.readAllBytes(seed), null);
        assertThat(a).isInstanceOf(Article.class);
        Article article = (Article) a;
        events = new EventCoder().events(article, ArabicText.analyze(article.body()), List.of(), List.of());
        events.forEach(e -> System.out.println("seed event: " + e.type() + " " + e.mode() + " " + e.trigger() + " | "
                + e.actor() + " → " + e.target()));
        for (Event e : events) assertThat(article.body().substring(e.start(), e.end())).isEqualTo(e.text());
    }

    @Test
    void envoyVisitAndMeeting() {
        assertThat(events).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("CONSULT");
            assertThat(e.actor()).matches(is("RUS", "شويغو"));
            assertThat(e.target()).matches(is("PRK", "كيم"));
        });
    }

    @Test
    void israeliAttackOnIran() {
        assertThat(events).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("ASSAULT");
            assertThat(e.actor()).matches(is("ISR", "إسرائيل"));
            assertThat(e.target()).matches(is("IRN", "إيران"));
        });
    }

    @Test
    void northKoreanTroopsAndDeminersToKursk() {
        List<Event> sent = events.stream().filter(e -> e.type().equals("MOBILIZE") || e.type().equals("AID"))
                .filter(e -> is("PRK", "كوريا").test(e.actor())).toList();
        assertThat(sent).hasSizeGreaterThanOrEqualTo(2); // the troops and the deminers
        assertThat(sent).anySatisfy(e -> assertThat(e.target()).matches(is("RUS", "كورسك")));
    }

    @Test
    void ukrainianStrikesOnRussia() {
        assertThat(events).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("ASSAULT");
            assertThat(e.actor()).matches(is("UKR", "أوكرانيا"));
            assertThat(e.target()).matches(is("RUS", "روسيا"));
        });
    }

    /** An actor of state {@code country}, or whose name contains {@code name}. */
    private static Predicate<Actor> is(String country, String name) {
        return a -> a != null && (country.equals(a.country()) || a.name().contains(name));
    }
}
