package org.marsad.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChromeNamesTest {
    @Test
    void strongWordsMatchAsWordPrefixes() {
        assertThat(ChromeNames.isChrome("comments-area")).isTrue();
        assertThat(ChromeNames.isChrome("article share-bar")).isTrue();
        assertThat(ChromeNames.isChrome("box most-read")).isTrue();
        assertThat(ChromeNames.isChrome("mostread")).isTrue();
        assertThat(ChromeNames.isChrome("widget_nypost_trending_widget")).isTrue();
    }

    @Test
    void strongWordsInsideOtherWordsDoNotMatch() {
        assertThat(ChromeNames.isChrome("pagebuilder-pagerow")).isFalse(); // "pager" inside "pagerow" only at a boundary
        assertThat(ChromeNames.isChrome("postcomments")).isFalse();
    }

    @Test
    void weakWordsMatchWholeWordsAndYieldToContentWords() {
        assertThat(ChromeNames.isChrome("site-header")).isTrue();
        assertThat(ChromeNames.isChrome("ad")).isTrue();
        assertThat(ChromeNames.isChrome("header-content")).isFalse();
        assertThat(ChromeNames.isChrome("download")).isFalse(); // "ad" is no word here
        assertThat(ChromeNames.isChrome("widget blog")).isTrue();
    }
}
