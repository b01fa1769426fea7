package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Block;
import org.marsad.model.NewsDate;

/** The per-page checks on an article built here, with text written for this test. */
class ArabicPageResultTest {
    private static final String BODY =
            "أعلنت الهيئة العامة للأرصاد أن موجة الحر ستستمر حتى نهاية الأسبوع في معظم المناطق";
    private static final ArabicGoldPage.GoldDate JUNE_20_UTC =
            new ArabicGoldPage.GoldDate(LocalDate.of(2025, 6, 20), ZoneOffset.UTC);

    private static Article article(String title, NewsDate published, String body) {
        return new Article("id", null, null, "ar", title, null, published, null, List.of(), null, null,
                List.of(Block.paragraph(body)));
    }

    private static ArabicGoldPage page() {
        return ArabicGoldPage.of("test", "test page", Path.of("page.html"), null);
    }

    @Test
    void titleIsExactAfterWhitespaceNormalisationOnly() {
        ArabicGoldPage gold = page().withTitle("موجة حر  تضرب البلاد");
        Article spaced = article(" موجة حر تضرب\u00A0البلاد", null, BODY);
        assertThat(ArabicPageResult.check(gold, "article", spaced).titleRight()).isTrue();
        assertThat(ArabicPageResult.check(gold, "article", article("موجة حر تضرب البلاد - الأخبار", null, BODY))
                .titleRight()).isFalse();
        assertThat(ArabicPageResult.check(gold, "no-content", null).titleRight()).isFalse();
        assertThat(ArabicPageResult.check(page(), "article", article("أي عنوان", null, BODY)).titleRight()).isNull();
    }

    @Test
    void theDayIsComparedOnTheGoldsCalendarWhenBothStateAnOffset() {
        NewsDate earlyMorningCairo = NewsDate.of(LocalDateTime.of(2025, 6, 21, 1, 30), ZoneOffset.ofHours(3));
        assertThat(ArabicPageResult.sameDay(JUNE_20_UTC, earlyMorningCairo)).isTrue(); // 22:30Z on the 20th
        assertThat(ArabicPageResult.sameDay(JUNE_20_UTC, NewsDate.of(LocalDate.of(2025, 6, 20)))).isTrue();
        assertThat(ArabicPageResult.sameDay(JUNE_20_UTC, NewsDate.of(LocalDate.of(2025, 6, 21)))).isFalse();
        ArabicGoldPage.GoldDate dayOnly = new ArabicGoldPage.GoldDate(LocalDate.of(2025, 6, 21), null);
        assertThat(ArabicPageResult.sameDay(dayOnly, earlyMorningCairo)).isTrue(); // the stated day
        assertThat(ArabicPageResult.sameDay(dayOnly, null)).isFalse();
    }

    @Test
    void bodySnippetsAndPrefixAreCheckedOnTheBody() {
        ArabicGoldPage gold = page().withBody(BODY).withPrefix("أعلنت الهيئة العامة")
                .withSnippets(List.of("موجة الحر", "الأمطار"), List.of("اقرأ أيضا", "نهاية الأسبوع"));
        ArabicPageResult r = ArabicPageResult.check(gold, "article", article(null, null, BODY));
        assertThat(r.bodyMatch().f1()).isEqualTo(1.0);
        assertThat(r.prefixRight()).isTrue();
        assertThat(r.withFound()).isEqualTo(1);
        assertThat(r.withoutFound()).isEqualTo(1);
        assertThat(r.rejectedRight()).isNull();
    }

    @Test
    void aNonArticleMustBeRejected() {
        ArabicGoldPage gold = page().asNonArticle();
        assertThat(ArabicPageResult.check(gold, "not-article", null).rejectedRight()).isTrue();
        assertThat(ArabicPageResult.check(gold, "article", article(null, null, BODY)).rejectedRight()).isFalse();
        assertThat(ArabicPageResult.check(gold, "error: boom", null).rejectedRight()).isFalse();
    }

    @Test
    void totalsCountOnlyPagesWithTheGold() {
        ArabicEvaluation e = new ArabicEvaluation(List.of(
                ArabicPageResult.check(page().withTitle("عنوان"), "article", article("عنوان", null, BODY)),
                ArabicPageResult.check(page().withBody(BODY), "no-content", null),
                ArabicPageResult.check(page().asNonArticle(), "not-article", null)));
        assertThat(e.titles()).isEqualTo(new ArabicEvaluation.Tally(1, 1));
        assertThat(e.dates().total()).isZero();
        assertThat(e.bodiesAtFloor()).isEqualTo(new ArabicEvaluation.Tally(0, 1));
        assertThat(e.meanBodyF1()).isZero();
        assertThat(e.nonArticlesRejected().all()).isTrue();
        assertThat(ExtractionReport.arabic(e)).anyMatch(l -> l.contains("non-articles rejected: 1/1"));
    }
}
