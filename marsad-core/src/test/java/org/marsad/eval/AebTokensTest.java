package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tokens are Python's {@code \w+} matches (expected values checked with Python 3.11's re). */
class AebTokensTest {
    @Test
    void splitsArabicOnSpacesAndArabicPunctuation() {
        assertThat(AebTokens.of("وصل الوفد إلى القاهرة، ثم غادر؟"))
                .containsExactly("وصل", "الوفد", "إلى", "القاهرة", "ثم", "غادر");
    }

    @Test
    void tashkeelSplitsAWordBecausePythonWordCharsExcludeCombiningMarks() {
        // م ُ ح َ م َّ د: the marks (Mn) are not \w in Python, so the word falls apart
        assertThat(AebTokens.of("مُحَمَّد")).containsExactly("م", "ح", "م", "د");
        assertThat(AebTokens.of("سيُعقد")).containsExactly("سي", "عقد");
    }

    @Test
    void tatweelArabicIndicDigitsAndUnderscoreAreWordChars() {
        assertThat(AebTokens.of("يوم ٢٠ مايو_2025 ـــ نعم")).containsExactly("يوم", "٢٠", "مايو_2025", "ـــ", "نعم");
    }

    @Test
    void lettersOutsideTheBasicPlaneAreOneToken() {
        assertThat(AebTokens.of("x \uD835\uDC00\uD835\uDC01 y")).containsExactly("x", "\uD835\uDC00\uD835\uDC01", "y");
    }

    @Test
    void nullAndPunctuationOnlyGiveNoTokens() {
        assertThat(AebTokens.of(null)).isEmpty();
        assertThat(AebTokens.of(" ، . « » — ")).isEmpty();
    }

    @Test
    void wordCharsAreLettersNumbersAndUnderscoreOnly() {
        assertThat(AebTokens.isWordChar('ب')).isTrue();
        assertThat(AebTokens.isWordChar('٣')).isTrue();
        assertThat(AebTokens.isWordChar('Ⅻ')).isTrue(); // Nl
        assertThat(AebTokens.isWordChar('½')).isTrue(); // No
        assertThat(AebTokens.isWordChar('\u064E')).isFalse(); // fatha, Mn
        assertThat(AebTokens.isWordChar('\u203F')).isFalse(); // undertie, Pc other than '_'
        assertThat(AebTokens.isWordChar('\u200F')).isFalse(); // right-to-left mark
        assertThat(AebTokens.isWordChar(0x0870)).isTrue(); // an Arabic Extended-B letter, new in Unicode 14
        assertThat(AebTokens.isWordChar(0x0888)).isFalse(); // a symbol (Sk) in the same block
        assertThat(AebTokens.isWordChar(0x0378)).isFalse(); // unassigned in every version
    }
}
