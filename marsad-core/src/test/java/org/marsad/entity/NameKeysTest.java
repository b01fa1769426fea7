package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One real spelling pair per transliteration rule of {@link NameKeys#phonetic}. */
class NameKeysTest {
    @Test
    void gLettersMeet() {
        assertThat(NameKeys.phonetic("سيرجي شويغو")).isEqualTo(NameKeys.phonetic("سيرغي شويغو"));
        assertThat(NameKeys.phonetic("بيونج يانج")).isEqualTo(NameKeys.phonetic("بيونغ يانغ"));
    }

    @Test
    void alefMaqsuraAndTaMarbutaMeet() {
        assertThat(NameKeys.phonetic("أفريقيا الوسطي")).isEqualTo(NameKeys.phonetic("أفريقيا الوسطى"));
        assertThat(NameKeys.phonetic("أسامة")).isEqualTo(NameKeys.phonetic("أسامه"));
    }

    @Test
    void hamzaSeatsMeet() {
        assertThat(NameKeys.phonetic("إفريقيا الوسطى")).isEqualTo(NameKeys.phonetic("أفريقيا الوسطى"));
        assertThat(NameKeys.phonetic("ميخائيل")).isEqualTo(NameKeys.phonetic("ميخايل"));
    }

    @Test
    void doubledLettersCountOnce() {
        assertThat(NameKeys.phonetic("جيلليان")).isEqualTo(NameKeys.phonetic("جيليان"));
    }

    @Test
    void theArticleIsDropped() {
        assertThat(NameKeys.phonetic("الكرملين")).isEqualTo(NameKeys.phonetic("كرملين"));
    }

    @Test
    void longVowelsInsideAWordAreDropped() {
        assertThat(NameKeys.phonetic("بوتين")).isEqualTo(NameKeys.phonetic("بوتن"));
        assertThat(NameKeys.phonetic("ماكرون")).isEqualTo(NameKeys.phonetic("مكرون"));
    }

    @Test
    void differentNamesStayApart() {
        assertThat(NameKeys.phonetic("نزار بوش")).isNotEqualTo(NameKeys.phonetic("جورج بوش"));
        assertThat(NameKeys.phonetic("سمير")).isNotEqualTo(NameKeys.phonetic("نزار"));
    }

    @Test
    void searchFoldsAndSquashesSpaces() {
        assertThat(NameKeys.search("  تل   أبيب ")).isEqualTo("تل ابيب");
    }
}
