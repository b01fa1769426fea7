package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Clitic segmentation: proclitic chains, tatweel forms, pronouns, and the words that must stay whole. */
class CliticSegmenterTest {
    /** The token's segments as surfaces joined by |, e.g. و|ب|ال|تعاون. */
    private static String segments(String word) {
        AnalyzedText a = ArabicText.analyze(word);
        TextContract.check(a);
        assertThat(a.tokens()).hasSize(1);
        return a.tokens().get(0).segments().stream().map(s -> word.substring(s.start(), s.end()))
                .collect(Collectors.joining("|"));
    }

    private static List<SegmentKind> kinds(String word) {
        return ArabicText.analyze(word).tokens().get(0).segments().stream().map(Segment::kind).toList();
    }

    @Test
    void conjunctionPrepositionAndArticle() {
        assertThat(segments("وبالتعاون")).isEqualTo("و|ب|ال|تعاون");
        assertThat(kinds("وبالتعاون")).containsExactly(SegmentKind.CONJUNCTION, SegmentKind.PREPOSITION,
                SegmentKind.ARTICLE, SegmentKind.STEM);
        assertThat(segments("والحكومة")).isEqualTo("و|ال|حكومة");
        assertThat(segments("كالعادة")).isEqualTo("ك|ال|عادة");
    }

    @Test
    void lamLamIsPrepositionAndArticle() {
        assertThat(segments("فللمواطنين")).isEqualTo("ف|ل|ل|مواطنين");
        Token t = ArabicText.analyze("للمرة").tokens().get(0);
        assertThat(t.segments().get(1).kind()).isEqualTo(SegmentKind.ARTICLE);
        assertThat(t.segments().get(1).normalized()).isEqualTo("ال");
    }

    @Test
    void futureSinBeforeAnImperfectVerb() {
        assertThat(segments("وسيلتقي")).isEqualTo("و|س|يلتقي");
        assertThat(segments("ستعلن")).isEqualTo("س|تعلن");
        assertThat(segments("سيارة")).isEqualTo("سيارة");
        assertThat(segments("سنوات")).isEqualTo("سنوات");
    }

    @Test
    void tatweelFormsAreTheirOwnSegment() {
        assertThat(segments("لـ")).isEqualTo("لـ");
        assertThat(kinds("لـ")).containsExactly(SegmentKind.PREPOSITION);
        assertThat(segments("بـ4.3%")).isEqualTo("بـ|4.3%");
        assertThat(segments("ولـمرصد")).isEqualTo("و|لـ|مرصد");
    }

    @Test
    void attachedPronouns() {
        assertThat(segments("كتابهم")).isEqualTo("كتاب|هم");
        assertThat(segments("عليها")).isEqualTo("علي|ها");
        assertThat(segments("لهم")).isEqualTo("ل|هم");
        assertThat(segments("ولكنها")).isEqualTo("و|لكن|ها");
        assertThat(segments("مدرستنا")).isEqualTo("مدرست|نا");
        assertThat(kinds("كتابهم")).containsExactly(SegmentKind.STEM, SegmentKind.PRONOUN);
    }

    @Test
    void wordsThatOnlyLookCliticizedStayWhole() {
        for (String w : List.of("وزير", "وزارته", "بيت", "فريق", "بيانات", "لبنان", "كبيرة", "فيها", "الذي", "الله",
                "اتجاه", "مدرسة", "وقت", "بلد", "كان", "الاف")) {
            assertThat(segments(w)).as(w).doesNotContain("|" + w.substring(1));
        }
        assertThat(segments("وزير")).isEqualTo("وزير");
        assertThat(segments("بيت")).isEqualTo("بيت");
        assertThat(segments("آلاف")).isEqualTo("آلاف");
        assertThat(segments("فيها")).isEqualTo("في|ها");
    }

    @Test
    void futureSinNeedsAVerbShapedRest() {
        assertThat(segments("سيطرت")).isEqualTo("سيطرت"); // a past verb: no future
        assertThat(segments("سابقا")).isEqualTo("سابقا"); // a bare alef is no person prefix
        assertThat(segments("سنويا")).isEqualTo("سنويا");
        assertThat(segments("ساعتين")).isEqualTo("ساعتين");
        assertThat(segments("سأعمل")).isEqualTo("س|أعمل");
    }

    @Test
    void aBareAlefAfterACliticIsTheWordsOwnInShortWords() {
        assertThat(segments("وافق")).isEqualTo("وافق");
        assertThat(segments("كانوا")).isEqualTo("كانوا");
        assertThat(segments("لافتا")).isEqualTo("لافتا");
        assertThat(segments("باستخدام")).isEqualTo("ب|استخدام");
        assertThat(segments("وانتقل")).isEqualTo("و|انتقل");
        assertThat(segments("فلاديمير")).isEqualTo("فلاديمير"); // not ف + ل + اديمير
        assertThat(segments("واجتماع")).isEqualTo("و|اجتماع");
        assertThat(segments("وابن")).isEqualTo("و|ابن");
    }

    @Test
    void endingsThatAreTheWordsOwn() {
        assertThat(segments("عبدالله")).isEqualTo("عبدالله");
        assertThat(segments("لهذه")).isEqualTo("لهذه");
        assertThat(segments("توجيه")).isEqualTo("توجيه");
        assertThat(segments("أحيانا")).isEqualTo("أحيانا");
        assertThat(segments("إليه")).isEqualTo("إلي|ه");
        assertThat(segments("مخزونًا")).isEqualTo("مخزونًا"); // tanween: indefinite, no pronoun
        assertThat(segments("قانونا")).isEqualTo("قانونا");
        assertThat(segments("وكالات")).isEqualTo("وكالات");
    }

    @Test
    void faBeforeThreeLettersOnlyBeforeFunctionWordsAndVerbs() {
        assertThat(segments("فقال")).isEqualTo("ف|قال");
        assertThat(segments("فهذا")).isEqualTo("ف|هذا");
        assertThat(segments("فيتم")).isEqualTo("ف|يتم");
        assertThat(segments("فرقة")).isEqualTo("فرقة");
        assertThat(segments("فورا")).isEqualTo("فورا");
        assertThat(segments("فتاة")).isEqualTo("فتاة");
    }

    @Test
    void kafBeforeWawIsTheWordsOwn() {
        assertThat(segments("كونها")).isEqualTo("كون|ها");
        assertThat(segments("كالوزير")).isEqualTo("ك|ال|وزير");
    }

    @Test
    void shortWordsKeepTheirFirstLetter() {
        assertThat(segments("وجه")).isEqualTo("وجه");
        assertThat(segments("بعد")).isEqualTo("بعد");
        assertThat(segments("لكن")).isEqualTo("لكن");
        assertThat(segments("بشكل")).isEqualTo("بشكل"); // ب + شكل, but three letters are too few to be sure
    }

    @Test
    void diacriticsAndTatweelStayWithTheirLetter() {
        String word = "وَبِالتَّعَاوُنِ";
        assertThat(segments(word)).isEqualTo("وَ|بِ|ال|تَّعَاوُنِ");
        assertThat(ArabicText.analyze(word).tokens().get(0).segments().get(3).normalized()).isEqualTo("تعاون");
    }

    @Test
    void digitsAfterAConjunction() {
        assertThat(segments("و6")).isEqualTo("و|6");
    }

    @Test
    void aLigatureIsNeverCut() {
        String word = "ﻟﻠﺒﻴﺖ"; // presentation forms, one char per letter
        assertThat(segments(word)).contains("|");
        TextContract.check(ArabicText.analyze("وﻻية ﻻ"));
    }
}
