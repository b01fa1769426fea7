package org.marsad.entity.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading CoNLL files, reading entities off BIO tags, and the exact-match score. */
class ConllAndScoreTest {
    @Test
    void readsTokensAndLastColumnLabelsWithBlankLinesBetweenSentences() throws IOException {
        String file = "\uFEFFزار B\tO\nالوزير NN O\nعمّان NNP B-LOC\n\n\nوصل O\nسعيد B-PERS\n";
        List<ConllSentence> s = ConllReader.read(new BufferedReader(new StringReader(file)));
        assertThat(s).hasSize(2);
        assertThat(s.get(0).tokens()).containsExactly("زار", "الوزير", "عمّان");
        assertThat(s.get(0).labels()).containsExactly("O", "O", "B-LOC");
        assertThat(s.get(1).labels()).containsExactly("O", "B-PERS");
    }

    @Test
    void aSentenceWithOneColumnHasNoLabels() throws IOException {
        List<ConllSentence> s = ConllReader.read(new BufferedReader(new StringReader("قال\nخالد\n")));
        assertThat(s.get(0).labelled()).isFalse();
        assertThat(s.get(0).tokens()).containsExactly("قال", "خالد");
    }

    @Test
    void anITagAfterOStartsAnEntityAsConllevalDoes() {
        assertThat(BioSpans.spans(List.of("O", "I-ORG", "I-ORG", "B-ORG", "I-LOC")))
                .extracting(a -> String.join(",", a))
                .containsExactly("ORG,1,3", "ORG,3,4", "LOC,4,5");
    }

    @Test
    void onlyExactSpansOfTheRightTypeCount() {
        List<List<String>> gold = List.of(List.of("B-PERS", "I-PERS", "O", "B-LOC"), List.of("B-ORG", "I-ORG"));
        List<List<String>> predicted = List.of(List.of("B-PERS", "O", "O", "B-LOC"), List.of("B-ORG", "I-ORG"));
        NerScore s = NerScore.of(gold, predicted);
        assertThat(s.microF1()).isEqualTo(2.0 * 2 / (3 + 3));
        assertThat(s.f1("PERS")).isZero();
        assertThat(s.f1("LOC")).isEqualTo(1.0);
        assertThat(s.f1("MISC")).isZero();
        assertThat(s.summary()).contains("micro P 0.6667 R 0.6667 F1 0.6667");
    }

    @Test
    void aqmarTagsMapOntoAnercorpLabels() {
        assertThat(AqmarCorpus.tag("B-PER")).isEqualTo("B-PERS");
        assertThat(AqmarCorpus.tag("I-MIS2")).isEqualTo("I-MISC");
        assertThat(AqmarCorpus.tag("B-MIS1`")).isEqualTo("B-MISC");
        assertThat(AqmarCorpus.tag("I--ORG")).isEqualTo("I-ORG");
        assertThat(AqmarCorpus.tag("B-ENGLISH")).isEqualTo("O");
        assertThat(AqmarCorpus.tag("OO")).isEqualTo("O");
    }

    @Test
    void misspeltTagsReadAsO() {
        assertThat(NerLabels.ANERCORP.index("B-ERS")).isZero();
        assertThat(NerLabels.ANERCORP.name(NerLabels.ANERCORP.index("I-MISC"))).isEqualTo("I-MISC");
    }

    @Test
    void theProvenanceNamesTheFoldsTheScoreCameFrom() {
        String text = NerProvenance.text(NerHyperParameters.DEFAULT, 10, 20, 30, 40, 50, 3, null, null);
        assertThat(text).contains("3-fold cross-validation on the train split: not measured in this run");
    }
}
