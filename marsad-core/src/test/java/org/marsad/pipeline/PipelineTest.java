package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Block;
import org.marsad.model.EntityType;

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
