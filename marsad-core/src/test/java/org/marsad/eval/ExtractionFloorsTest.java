package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The foundation issue's extraction floors, one test each, measured with {@link PageAnalyzer#MARSAD} on the real
 * pages of ../shared/data/html. Each test prints its figure. Skips (with a message) when ../shared is absent.
 * Tagged {@code floor}: {@code -DexcludedGroups=floor} leaves them out while the pipeline is below its floors.
 */
@Tag("floor")
class ExtractionFloorsTest {
    private static Path html;
    private static AebRun aeb;
    private static ArabicEvaluation arabic;

    @BeforeAll
    static void locate() {
        String shared = System.getProperty(SharedData.PROPERTY);
        html = shared == null ? null : Path.of(shared, "data", "html");
        Assumptions.assumeTrue(html != null && html.toFile().isDirectory(),
                "skipped: no evaluation pages under marsad.shared=" + shared);
    }

    private static synchronized AebRun aeb() {
        Path dir = html.resolve("scrapinghub-aeb");
        Assumptions.assumeTrue(AebBenchmark.present(dir), "skipped: no AEB benchmark at " + dir);
        if (aeb == null) aeb = ExtractionEvaluator.aeb(AebBenchmark.load(dir), PageAnalyzer.MARSAD);
        return aeb;
    }

    private static synchronized ArabicEvaluation arabic() {
        if (arabic == null) arabic = ExtractionEvaluator.arabic(ArabicGold.load(html), PageAnalyzer.MARSAD);
        Assumptions.assumeTrue(!arabic.pages().isEmpty(), "skipped: no Arabic gold pages under " + html);
        return arabic;
    }

    @AfterAll
    static void printReports() {
        if (aeb != null) ExtractionReport.aeb(aeb).forEach(System.out::println);
        if (arabic != null) ExtractionReport.arabic(arabic).forEach(System.out::println);
    }

    @Test
    void aebF1ReachesTheFloorOverThe181Pages() {
        AebEvaluation e = aeb().evaluation();
        System.out.println("AEB: " + e.summary() + "  floor F1 >= " + ExtractionFloors.AEB_F1);
        assertThat(e.pages()).hasSize(181);
        assertThat(e.f1()).as("AEB F1 (%s)", e.summary()).isGreaterThanOrEqualTo(ExtractionFloors.AEB_F1);
    }

    @Test
    void titlesAreExactOnEveryArabicPageWithTitleGold() {
        ArabicEvaluation e = arabic();
        List<String> wrong = e.pages().stream().filter(p -> Boolean.FALSE.equals(p.titleRight()))
                .map(p -> p.gold().name() + ": got «" + p.title() + "» want «" + p.gold().title() + "»").toList();
        System.out.println("Arabic titles exact: " + e.titles() + (wrong.isEmpty() ? "" : "; wrong: " + wrong));
        assertThat(e.titles().total()).isPositive();
        assertThat(wrong).as("titles exact %s", e.titles()).isEmpty();
    }

    @Test
    void datesAreRightToTheDayOnTenOfTheElevenHtmldatePages() {
        ArabicEvaluation.Tally days = arabic().dates("htmldate-mediacloud");
        System.out.println("htmldate-mediacloud days right: " + days + "  floor >= " + ExtractionFloors.HTMLDATE_DAYS);
        assertThat(days.total()).isEqualTo(11);
        assertThat(days.right()).as("htmldate days right %s", days)
                .isGreaterThanOrEqualTo(ExtractionFloors.HTMLDATE_DAYS);
    }

    @Test
    void bodyF1ReachesTheFloorOnEveryArabicPageWithBodyGold() {
        ArabicEvaluation e = arabic();
        List<String> figures = e.bodies().stream().map(p -> String.format(Locale.ROOT, "%s %.3f",
                p.gold().name(), p.bodyMatch().f1())).toList();
        List<String> below = e.bodies().stream().filter(p -> p.bodyMatch().f1() < ExtractionFloors.BODY_F1)
                .map(p -> String.format(Locale.ROOT, "%s F1 %.3f", p.gold().name(), p.bodyMatch().f1())).toList();
        System.out.println("Arabic body F1 per page: " + figures
                + String.format(Locale.ROOT, "  mean %.3f", e.meanBodyF1()));
        assertThat(e.bodies()).isNotEmpty();
        assertThat(below).as("pages below body F1 %s", ExtractionFloors.BODY_F1).isEmpty();
    }

    @Test
    void theThreeNonArticlesAreRejected() {
        ArabicEvaluation e = arabic();
        List<String> outcomes = e.pages().stream().filter(p -> p.gold().nonArticle())
                .map(p -> p.gold().name() + " -> " + p.outcome()).toList();
        System.out.println("non-articles rejected: " + e.nonArticlesRejected() + " " + outcomes);
        assertThat(e.nonArticlesRejected().total()).isEqualTo(3);
        assertThat(e.nonArticlesRejected().all()).as("non-articles rejected: %s", outcomes).isTrue();
    }
}
