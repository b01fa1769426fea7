package org.marsad.extract.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.extract.TextClean;
import org.marsad.model.Analysis;
import org.marsad.model.Article;

/**
 * The seed page (a real scraped dump in ../shared, never copied into the project): every bar is checked against the
 * seed's own lines, located by their shape, so no sentence of it is written here.
 */
class SeedDumpTest {
    private static final ZonedDateTime REFERENCE = ZonedDateTime.of(2025, 6, 21, 12, 0, 0, 0, ZoneOffset.UTC);
    private static List<String> raw;
    private static Article article;

    @BeforeAll
    static void read() throws IOException {
        String shared = System.getProperty("marsad.shared");
        Path seed = shared == null ? null : Path.of(shared, "seed", "erem-news-shoigu-2025-06-20.txt");
        Assumptions.assumeTrue(seed != null && Files.isRegularFile(seed),
                "the seed page is not here (marsad.shared=" + shared + "): skipping the seed bars");
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        raw = text.lines().map(TextClean::line).filter(l -> !l.isEmpty()).toList();
        Analysis a = new TextDumpExtractor().extract(text, null, REFERENCE);
        assertThat(a).isInstanceOf(Article.class);
        article = (Article) a;
    }

    @Test
    void titleIsTheHeadlineWithSingleSpaces() {
        // the headline is the first line that the page repeats (as the image alt text) a line later
        String headline = raw.get(3);
        assertThat(raw.get(4)).isEqualTo(headline);
        assertThat(article.title()).isEqualTo(headline).doesNotContain("  ");
    }

    @Test
    void sectionIsTheWorldSection() {
        assertThat(article.section()).isEqualTo("العالم");
    }

    @Test
    void publishedIsTheDateLine() {
        assertThat(article.published()).isNotNull();
        assertThat(article.published().iso()).isEqualTo("2025-06-20T17:00");
    }

    @Test
    void imageIsTheCutCaptionAndItsCredit() {
        String captionLine = raw.get(5);
        int cut = captionLine.indexOf("...");
        assertThat(article.image()).isNotNull();
        assertThat(article.image().credit()).isEqualTo("رويترز");
        assertThat(article.image().caption()).isEqualTo(captionLine.substring(0, cut)).doesNotContain("...")
                .doesNotContain("المصدر");
    }

    @Test
    void publisherComesFromTheFooter() {
        assertThat(article.publisher()).isEqualTo("إرم ميديا");
    }

    @Test
    void fiveSubheadingsAndTwentyParagraphs() {
        assertThat(article.subheadings()).hasSize(5).allSatisfy(h -> assertThat(h.split(" ").length).isBetween(2, 5));
        assertThat(article.paragraphs()).hasSize(20);
        // the paragraphs are exactly the long lines between the date line and the footer, in page order
        List<String> expected = raw.subList(7, raw.size()).stream()
                .filter(l -> l.length() > 100).toList();
        assertThat(article.paragraphs()).containsExactlyElementsOf(expected);
        assertThat(article.body()).startsWith(expected.get(0)).endsWith(expected.get(expected.size() - 1));
    }

    @Test
    void noTickerLogoOrFooterInTheBody() {
        String ticker = raw.get(0);
        assertThat(article.body()).doesNotContain(ticker).doesNotContain("logo").doesNotContain("تابعونا")
                .doesNotContain("©").doesNotContain(";").doesNotContain(article.title());
        assertThat(article.blocks()).noneMatch(b -> b.text().equals("العالم"));
    }

    @Test
    void languageAndId() {
        assertThat(article.language()).isEqualTo("ar");
        assertThat(article.id()).hasSize(16);
        assertThat(article.url()).isNull();
    }
}
