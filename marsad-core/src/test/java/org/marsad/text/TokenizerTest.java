package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Token kinds and exact surfaces on sentences written for the purpose. */
class TokenizerTest {
    private static List<String> surfaces(String text) {
        AnalyzedText a = ArabicText.analyze(text);
        TextContract.check(a);
        return a.tokens().stream().map(a::surface).toList();
    }

    private static TokenKind kind(String text) {
        List<Token> t = ArabicText.analyze(text).tokens();
        assertThat(t).as("one token in %s", text).hasSize(1);
        return t.get(0).kind();
    }

    @Test
    void wordsAndPunctuationKeepExactSurfaces() {
        assertThat(surfaces("قالت الوزيرةُ، مساءً: «سنعمل»!"))
                .containsExactly("قالت", "الوزيرةُ", "،", "مساءً", ":", "«", "سنعمل", "»", "!");
    }

    @Test
    void theTatweelPrepositionIsItsOwnTokenBeforeAQuote() {
        assertThat(surfaces("قال لـ\"مرصد نيوز\" أمس")).containsExactly("قال", "لـ", "\"", "مرصد", "نيوز", "\"", "أمس");
    }

    @Test
    void numbersInBothDigitSetsWithDecimalsAndPercent() {
        assertThat(kind("3.5")).isEqualTo(TokenKind.NUMBER);
        assertThat(kind("٣٫٥")).isEqualTo(TokenKind.NUMBER);
        assertThat(kind("1,000,000")).isEqualTo(TokenKind.NUMBER);
        assertThat(surfaces("ارتفع 25% و٤٠٪")).containsExactly("ارتفع", "25%", "و٤٠٪");
        assertThat(kind("1990-1995")).isEqualTo(TokenKind.NUMBER);
    }

    @Test
    void datesAndTimes() {
        assertThat(kind("20/6/2025")).isEqualTo(TokenKind.DATE);
        assertThat(kind("٢٠/٦/٢٠٢٥")).isEqualTo(TokenKind.DATE);
        assertThat(kind("2025-06-20")).isEqualTo(TokenKind.DATE);
        assertThat(kind("١٤:٣٠")).isEqualTo(TokenKind.DATE);
        assertThat(kind("20.6.2025")).isEqualTo(TokenKind.DATE);
    }

    @Test
    void urlsAndEmailsLeaveTheirTrailingPunctuation() {
        assertThat(surfaces(
                "زوروا https://marsad.example/a?b=1. أو www.marsad.example، واكتبوا إلى team@marsad.example."))
                .containsExactly("زوروا", "https://marsad.example/a?b=1", ".", "أو", "www.marsad.example", "،",
                        "واكتبوا", "إلى", "team@marsad.example", ".");
        assertThat(kind("https://marsad.example")).isEqualTo(TokenKind.URL);
        assertThat(kind("team@marsad.example")).isEqualTo(TokenKind.EMAIL);
    }

    @Test
    void abbreviationsKeepTheirDots() {
        assertThat(surfaces("التقى د. سامي و أ.د. ليلى، ص.ب. 12، عام 300 ق.م."))
                .containsExactly("التقى", "د.", "سامي", "و", "أ.د.", "ليلى", "،", "ص.ب.", "12", "،", "عام", "300",
                        "ق.م.");
    }

    @Test
    void latinWordsAcronymsAndHyphens() {
        assertThat(surfaces("قالت U.S. و AK-47 و O'Neil")).containsExactly("قالت", "U.S.", "و", "AK-47", "و",
                "O'Neil");
        assertThat(kind("Reuters")).isEqualTo(TokenKind.LATIN_WORD);
        assertThat(kind("Москва")).isEqualTo(TokenKind.OTHER_WORD);
    }

    @Test
    void runsOfOneMarkAreOneToken() {
        assertThat(surfaces("ماذا؟! انتظر...")).containsExactly("ماذا", "؟", "!", "انتظر", "...");
    }

    @Test
    void invisibleMarksSeparateButJoinersStayInside() {
        assertThat(surfaces("مرصد\u200F نيوز\u200E")).containsExactly("مرصد", "نيوز");
        assertThat(surfaces("می\u200Cخواهم")).containsExactly("می\u200Cخواهم");
        assertThat(surfaces("مُحَمَّدٌ")).containsExactly("مُحَمَّدٌ");
    }

    @Test
    void symbolsAndEmoji() {
        assertThat(surfaces("السعر $5 😀")).containsExactly("السعر", "$", "5", "😀");
        assertThat(ArabicText.analyze("😀").tokens().get(0).kind()).isEqualTo(TokenKind.SYMBOL);
    }
}
