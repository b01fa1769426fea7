package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Gold cleaning and comparison rules, each on text written for this test. */
class GoldTextTest {
    @Test
    void normalizeSpaceCollapsesEveryWhitespaceRunIncludingNoBreakSpaces() {
        assertThat(GoldText.normalizeSpace("  رئيس\u00A0الوزراء \n\t يزور  عمّان "))
                .isEqualTo("رئيس الوزراء يزور عمّان");
        assertThat(GoldText.normalizeSpace(null)).isNull();
    }

    @Test
    void normalizeSpaceKeepsMarksAndPunctuation() {
        assertThat(GoldText.normalizeSpace("«الصَّباح»:  حوار")).isEqualTo("«الصَّباح»: حوار");
    }

    @Test
    void theVideoPlayerBlockIsDroppedFromMagicHtmlGold() {
        String gold = String.join("\n", "بدأ العام الدراسي في المدارس الحكومية", "Error loading media", "Pause",
                "00:12 / 00:40", "advertisement", "وتوزعت الكتب على الطلاب في اليوم الأول", "LRT");
        assertThat(GoldText.withoutVideoPlayer(gold))
                .isEqualTo("بدأ العام الدراسي في المدارس الحكومية\nوتوزعت الكتب على الطلاب في اليوم الأول\nLRT");
    }

    @Test
    void goldWithoutAPlayerOrWithAnUnclosedOneIsUnchanged() {
        String plain = "ارتفعت أسعار الخضار في الأسواق\nوقال التجار إن السبب هو الحر";
        assertThat(GoldText.withoutVideoPlayer(plain)).isEqualTo(plain);
        String unclosed = plain + "\nError loading media\nPlay";
        assertThat(GoldText.withoutVideoPlayer(unclosed)).isEqualTo(unclosed);
    }

    @Test
    void readabilityBodyKeepsParagraphsAndSubheadingsButNotHeadlineFiguresOrRegions() {
        String html = """
                <div id="readability-page-1"><main>
                <h2 id="content">عنوان الخبر الرئيسي</h2>
                <figure><p role="text"><span>مصدر الصورة،</span> وكالة</p><figcaption>صورة الميناء</figcaption></figure>
                <section role="region"><ul><li>الكاتب: سعاد</li></ul></section>
                <p dir="rtl"> وصلت السفينة إلى الميناء   فجراً. </p>
                <div role="region"><p>قصص مقترحة</p></div>
                <h2 id="x">خلفية</h2>
                <p dir="rtl">وكانت الرحلة قد بدأت قبل أسبوع.</p>
                <p> </p>
                </main><section role="region"><h2>الأخبار الرئيسية</h2></section></div>""";
        assertThat(GoldText.readabilityBody(html))
                .isEqualTo("وصلت السفينة إلى الميناء فجراً.\nخلفية\nوكانت الرحلة قد بدأت قبل أسبوع.");
    }

    @Test
    void snippetsAreFoundAfterWhitespaceNormalisation() {
        assertThat(GoldText.containsNormalized("قال المدير:\n كل  الفرق جاهزة", "كل الفرق")).isTrue();
        assertThat(GoldText.containsNormalized("قال المدير", "الطقس غائم")).isFalse();
        assertThat(GoldText.containsNormalized(null, "أي")).isFalse();
    }
}
