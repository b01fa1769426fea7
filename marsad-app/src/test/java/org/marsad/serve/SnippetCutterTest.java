package org.marsad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Block;

class SnippetCutterTest {
    private final SnippetCutter cutter = new SnippetCutter();

    private static Article article(String... paragraphs) {
        return new Article("s1", null, null, "ar", "عنوان", null, null, null, List.of(), null, null,
                List.of(paragraphs).stream().map(Block::paragraph).toList());
    }

    private static List<String> marked(Snippet s) {
        return s.marks().stream().map(m -> s.text().substring(m[0], m[1])).toList();
    }

    @Test
    void marksTheQueryWordUnderItsClitics() {
        // The query المفاوضات and the text's وبالمفاوضات share one index term: the mark covers the written word.
        Snippet s = cutter.cut(article("افتتح المؤتمر أعماله صباحا.", "وتمسك الوفد بالمفاوضات رغم التصعيد."),
                SnippetCutter.queryTerms("المفاوضات"));
        assertThat(s.text()).isEqualTo("وتمسك الوفد بالمفاوضات رغم التصعيد.");
        assertThat(marked(s)).containsExactly("بالمفاوضات");
    }

    @Test
    void withoutAMatchTheSnippetIsTheOpening() {
        Snippet s = cutter.cut(article("ارتفعت أسعار القمح في الأسواق المحلية."), Set.of());
        assertThat(s.text()).isEqualTo("ارتفعت أسعار القمح في الأسواق المحلية.");
        assertThat(s.marks()).isEmpty();
    }

    @Test
    void aLongSentenceIsCutAroundTheMatch() {
        String filler = "وتحدث المشاركون عن قضايا كثيرة ".repeat(12);
        Snippet s = cutter.cut(article(filler + "ثم أعلنوا اتفاق الهدنة في ختام الجلسة"), SnippetCutter.queryTerms("الهدنة"));
        assertThat(s.text().length()).isLessThanOrEqualTo(SnippetCutter.SNIPPET_CHARS + 1);
        assertThat(marked(s)).containsExactly("الهدنة");
    }
}
