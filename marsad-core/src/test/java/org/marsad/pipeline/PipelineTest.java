package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.entity.EntityFinder;
import org.marsad.event.EventCoder;
import org.marsad.model.Article;
import org.marsad.model.Block;
import org.marsad.model.EntityType;
import org.marsad.quote.QuoteFinder;

class PipelineTest {
    private static Article article(String... paragraphs) {
        List<Block> blocks = java.util.Arrays.stream(paragraphs).map(p -> new Block(Block.Kind.PARAGRAPH, p)).toList();
        return new Article("t", null, null, "ar", null, null, null, null, List.of(), null, null, blocks);
    }

    @Test
    void theStandardStagesAnnotateABodyWithOffsetsIntoIt() {
        Article a = Pipeline.standard().annotate(article(
                "قال وزير الخارجية الأردني أيمن الصفدي إن عمّان ترفض أي تهجير للفلسطينيين.",
                "وأضاف أن الأردن سيواصل دعم الأشقاء في غزة."));
        String body = a.body();
        assertThat(a.quotes()).isNotEmpty();
        assertThat(a.quotes()).allSatisfy(q -> assertThat(body.substring(q.start(), q.end())).isEqualTo(q.text()));
        assertThat(a.entities()).anySatisfy(e -> assertThat(e.type()).isEqualTo(EntityType.LOCATION));
        a.entities().forEach(e -> e.mentions().forEach(
                m -> assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text())));
        a.events().forEach(e -> assertThat(body.substring(e.start(), e.end())).isEqualTo(e.text()));
    }

    /**
     * A 1.5M-char body of generated Arabic is annotated in full: before mention look-ups were indexed, resolving
     * and grouping its mentions grew with their square (so it sat beyond the old 300,000-char cap). Not timed here;
     * a quadratic regression shows as a stalled build. The cue finder stands in for the tagger, which is linear and
     * only costs build time here.
     */
    @Test
    void aBookLengthBodyGetsEntitiesQuotesAndEvents() {
        String body = GeneratedArabic.text(1_500_000, 11);
        assertThat(body.length()).isLessThan(Pipeline.MAX_ANNOTATED_CHARS);
        Pipeline pipeline = new Pipeline(EntityFinder.heuristic(), new QuoteFinder(), new EventCoder());
        Article a = pipeline.annotate(article(body));
        String annotated = a.body(); // built anew by each call: once here
        assertThat(annotated).isEqualTo(body);
        assertThat(a.quotes()).hasSizeGreaterThan(1000);
        assertThat(a.events()).hasSizeGreaterThan(1000);
        a.events().forEach(e -> assertThat(annotated.substring(e.start(), e.end())).isEqualTo(e.text()));
        assertThat(a.entities()).anySatisfy(e -> assertThat(e.name()).isEqualTo("وزارة الزراعة"));
        assertThat(a.entities()).filteredOn(e -> e.name().equals("القاهرة")).singleElement()
                .satisfies(e -> assertThat(e.mentions().size()).as("mentions of one city").isGreaterThan(500));
        a.entities().forEach(e -> e.mentions().forEach(
                m -> assertThat(annotated.substring(m.start(), m.end())).isEqualTo(m.text())));
    }

    @Test
    void aBodyBeyondTheLimitKeepsItsTextButGetsNoAnnotations() {
        String sentence = "قال المتحدث باسم الحكومة إن الوزير سيزور القاهرة غدا. ";
        String huge = sentence.repeat(Pipeline.MAX_ANNOTATED_CHARS / sentence.length() + 1);
        Article a = Pipeline.standard().annotate(article(huge));
        assertThat(a.body()).isEqualTo(huge);
        assertThat(a.quotes()).isEmpty();
        assertThat(a.entities()).isEmpty();
    }
}
