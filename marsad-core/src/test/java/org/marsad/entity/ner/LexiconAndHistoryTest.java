package org.marsad.entity.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The train-derived lexicon (words and phrases) and the document history of the first pass. */
class LexiconAndHistoryTest {
    private static final NerLabels L = NerLabels.ANERCORP;

    private static int[] labels(String... tags) {
        int[] y = new int[tags.length];
        for (int i = 0; i < y.length; i++) y[i] = L.index(tags[i]);
        return y;
    }

    @Test
    void aPhraseSeenAsAnEntityMatchesWithAProcliticOnItsFirstWord() {
        List<NerWord[]> words = List.<NerWord[]>of(NerWords.of(List.of("اجتمع", "مجلس", "التعاون", "الخليجي", "أمس")));
        List<int[]> tags = List.of(labels("O", "B-ORG", "I-ORG", "I-ORG", "O"));
        EntityLexicon lexicon = EntityLexicon.build(words, tags, L);
        int[] match = lexicon.phraseMatches(NerWords.of(List.of("وقال", "ومجلس", "التعاون", "الخليجي")));
        int org = 1 << NerLabels.TYPES.indexOf("ORG");
        assertThat(match).containsExactly(-1, (org << 1) | 1, org << 1, org << 1);
        assertThat(lexicon.mask("الخليجي")).isNotZero();
        assertThat(lexicon.mask("اجتمع")).isZero(); // never inside an entity
    }

    /** The look-up stops once no known phrase starts with the words read so far, yet still finds the longest. */
    @Test
    void theLongestPhraseWinsAndAPhraseCutShortMatchesNothing() {
        List<NerWord[]> words = List.<NerWord[]>of(
                NerWords.of(List.of("زار", "جامعة", "الملك", "سعود", "اليوم")),
                NerWords.of(List.of("وصل", "جامعة", "الملك", "أمس")));
        List<int[]> tags = List.of(labels("O", "B-ORG", "I-ORG", "I-ORG", "O"), labels("O", "B-ORG", "I-ORG", "O"));
        EntityLexicon lexicon = EntityLexicon.build(words, tags, L);
        int org = 1 << NerLabels.TYPES.indexOf("ORG");
        int[] longest = lexicon.phraseMatches(NerWords.of(List.of("في", "جامعة", "الملك", "سعود", "بالرياض")));
        assertThat(longest).containsExactly(-1, (org << 1) | 1, org << 1, org << 1, -1);
        int[] shorter = lexicon.phraseMatches(NerWords.of(List.of("جامعة", "الملك", "فيصل")));
        assertThat(shorter).containsExactly((org << 1) | 1, org << 1, -1);
        assertThat(lexicon.phraseMatches(NerWords.of(List.of("جامعة", "القاهرة")))).containsExactly(-1, -1);
    }

    @Test
    void aWordTaggedElsewhereInTheDocumentCarriesThatType() {
        List<NerWord[]> doc = List.of(NerWords.of(List.of("وصل", "المدرب", "كارلو", "أنشيلوتي")),
                NerWords.of(List.of("وقال", "أنشيلوتي", "إن", "الفريق", "جاهز")));
        List<int[]> firstPass = List.of(labels("O", "O", "B-PERS", "I-PERS"), labels("O", "O", "O", "O", "O"));
        int[][] h = DocumentHistory.of(doc, firstPass, L);
        int pers = 1 << NerLabels.TYPES.indexOf("PERS");
        assertThat(h[1][1]).isEqualTo(pers); // its own untagged reading does not count
        assertThat(h[0][3]).isEqualTo(1 << 4); // only the other reading counts: untagged in the next sentence
        assertThat(h[1][2]).isZero(); // إن: too short to count
    }
}
