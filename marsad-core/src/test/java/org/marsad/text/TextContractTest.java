package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The layer's contract on written and random text: exact spans, tiling segments, thread safety, no crash. */
class TextContractTest {
    private static final String NEWS = "أعلنت وزارةُ الصحة، مساء الأحد، عن تسجيل ١٢٠ إصابة جديدة بنسبة ٣٫٥٪.\n"
            + "وقال د. سامي الخطيب لـ\"مرصد\": «الوضع تحت السيطرة… وسنعلن التفاصيل غدًا».\n"
            + "للمزيد: www.marsad.example/news?id=7 أو news@marsad.example\n"
            + "الرياض ــ 20/6/2025 الساعة 14:30 — فللمواطنين حقٌّ في المعرفة؛ وبالتالي سيتابعون.";

    @Test
    void writtenNewsKeepsTheContract() {
        AnalyzedText a = ArabicText.analyze(NEWS);
        TextContract.check(a);
        assertThat(a.sentences()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void theTextIsNeverChanged() {
        String copy = new String(NEWS.toCharArray());
        AnalyzedText a = ArabicText.analyze(NEWS);
        assertThat(a.text()).isSameAs(NEWS);
        assertThat(NEWS).isEqualTo(copy);
    }

    @Test
    void nullAndEmptyGiveNothing() {
        assertThat(ArabicText.analyze(null).tokens()).isEmpty();
        assertThat(ArabicText.analyze("").sentences()).isEmpty();
        assertThat(ArabicText.analyze(" \n\u200F\u200E ").tokens()).isEmpty();
    }

    @Test
    void eightThreadsGiveIdenticalOutput() throws Exception {
        String text = randomText(new Random(7), 20_000) + NEWS;
        AnalyzedText expected = ArabicText.analyze(text);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<AnalyzedText>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) runs.add(pool.submit(() -> ArabicText.analyze(text)));
            for (Future<AnalyzedText> run : runs) assertThat(run.get()).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void randomStringsNeverCrash() {
        Random random = new Random(20250620L);
        for (int round = 0; round < 300; round++) {
            String text = randomText(random, 1 + random.nextInt(400));
            AnalyzedText a = ArabicText.analyze(text);
            assertThat(TextContract.violation(a)).as("round %d", round).isNull();
            for (NormalizationProfile p : NormalizationProfile.values()) ArabicText.normalize(text, p);
        }
    }

    @Test
    void a100kCharStringKeepsTheContract() {
        String text = randomText(new Random(100_000), 100_000);
        AnalyzedText a = ArabicText.analyze(text);
        TextContract.check(a);
        assertThat(a.tokens()).isNotEmpty();
    }

    @Test
    void pathologicalRunsKeepTheContract() {
        TextContract.check(ArabicText.analyze("ـ".repeat(5000) + "َ".repeat(5000) + "«".repeat(3000)));
        TextContract.check(ArabicText.analyze("و".repeat(10_000) + ".".repeat(10_000) + "1.".repeat(5000)));
        TextContract.check(ArabicText.analyze("\uD800".repeat(100) + "\uDC00".repeat(100) + "ﷺﷻ﷽ﻻﻷ".repeat(100)));
        TextContract.check(ArabicText.analyze("a@b." + "x.".repeat(1000) + "http://" + "لل".repeat(1000)));
        TextContract.check(ArabicText.analyze("1_".repeat(50_000) + "a-".repeat(50_000))); // linear, not quadratic
    }

    /** Arabic words, diacritics, tatweel, bidi and zero-width marks, Latin, digits, punctuation, lone surrogates. */
    static String randomText(Random random, int length) {
        String[] pieces = {"و", "ب", "ل", "ال", "لل", "س", "ـ", "َ", "ً", "ّ", "ٰ", "\u200F", "\u200E", "\u200C",
            "\u200D", "\u202B", "\u2067", "\uFEFF", "\u00A0", " ", " ", " ", "\n", ".", "،", "؛", "؟", "!", "…", "«",
            "»", "\"", "'", "(", ")", "-", "—", "/", ":", "%", "٪", "٫", "1", "٣", "۴", "abc", "U.S.", "x@y.com",
            "https://a.b/c", "www.", "د.", "ق.م.", "ﻻ", "ﷲ", "ﺑ", "\uD83D\uDE00", "\uD800", "\uDC00", "ی", "ک",
            "قالت", "الوزير", "وبالتعاون", "كتابهم", "مدرسة", "文字", "Ωμέγα", "\t", "\r\n", "\u0000", "\uFFFF"};
        StringBuilder sb = new StringBuilder(length + 16);
        while (sb.length() < length) {
            if (random.nextInt(8) == 0) sb.append((char) random.nextInt(0x10000));
            else sb.append(pieces[random.nextInt(pieces.length)]);
        }
        return sb.substring(0, length);
    }
}
