package org.marsad.entity.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.text.TokenKind;

/** How tokens are read for the tagger: forms, stems and the leading clitics a mention leaves out. */
class NerWordsTest {
    @Test
    void aConjunctionBeforeAPlaceIsAClitic() {
        NerWord w = NerWords.of(List.of("وطرابلس"))[0];
        assertThat(w.cliticChars()).isEqualTo(1);
        assertThat(w.stem()).isEqualTo("طرابلس");
        assertThat(w.prefix()).isEqualTo("و");
    }

    @Test
    void theArticleStaysInTheNameButItsPrepositionDoesNot() {
        NerWord w = NerWords.of(List.of("بالقاهرة"))[0];
        assertThat(w.cliticChars()).isEqualTo(1); // ب only: القاهرة keeps its ال
        assertThat(w.prefix()).isEqualTo("ب+ال");
    }

    @Test
    void formsAreSearchNormalized() {
        NerWord w = NerWords.of(List.of("إسطنبول"))[0];
        assertThat(w.normalized()).isEqualTo("اسطنبول");
        assertThat(w.kind()).isEqualTo(TokenKind.ARABIC_WORD);
    }

    @Test
    void aGivenTokenOurTokenizerWouldSplitIsReadWhole() {
        NerWord w = NerWords.of(List.of("(أ"))[0];
        assertThat(w.surface()).isEqualTo("(أ");
        assertThat(w.cliticChars()).isZero();
    }
}
