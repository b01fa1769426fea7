package org.marsad.extract.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.model.Analysis;
import org.marsad.model.Article;

/** Our own dump in the seed's shape (resources/dump/valley-bridge-2025-03-14.txt, an invented event). */
class FixtureDumpTest {
    static final ZonedDateTime REFERENCE = ZonedDateTime.of(2025, 3, 20, 8, 0, 0, 0, ZoneOffset.UTC);
    static final String TITLE = "افتتاح جسر وادي السنابل المعلق.. أطول جسر للمشاة في المنطقة";
    private static Article article;

    static String resource(String name) throws IOException {
        try (InputStream in = FixtureDumpTest.class.getResourceAsStream("/dump/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @BeforeAll
    static void read() throws IOException {
        Analysis a = new TextDumpExtractor().extract(resource("valley-bridge-2025-03-14.txt"), null, REFERENCE);
        assertThat(a).isInstanceOf(Article.class);
        article = (Article) a;
    }

    @Test
    void titleSingleSpacedAndSection() {
        assertThat(article.title()).isEqualTo(TITLE);
        assertThat(article.section()).isEqualTo("اقتصاد");
    }

    /** Eastern Arabic digits and صباحاً on the date line. */
    @Test
    void publishedFromEasternDigitsMorning() {
        assertThat(article.published()).isNotNull();
        assertThat(article.published().iso()).isEqualTo("2025-03-14T09:30");
    }

    @Test
    void captionCutBeforeEllipsisAndCredit() {
        assertThat(article.image()).isNotNull();
        assertThat(article.image().caption())
                .isEqualTo("وزير النقل يقص شريط افتتاح الجسر بحضور عدد من سكان القرى المجاو");
        assertThat(article.image().credit()).isEqualTo("أ ف ب");
    }

    @Test
    void publisherWithoutCompanyWordAndLatinTail() {
        assertThat(article.publisher()).isEqualTo("أنباء الوادي للنشر");
    }

    @Test
    void twoSubheadingsEightParagraphsInOrder() {
        assertThat(article.subheadings()).containsExactly("مخاوف من الازدحام", "رهان على السياحة البيئية");
        assertThat(article.paragraphs()).hasSize(8);
        assertThat(article.paragraphs().get(0)).startsWith("افتتح وزير النقل، صباح اليوم الجمعة");
        assertThat(article.paragraphs().get(7)).endsWith("خلال الأشهر الثلاثة الأولى.");
        assertThat(article.blocks().get(3).text()).isEqualTo("مخاوف من الازدحام");
        assertThat(article.blocks().get(6).text()).isEqualTo("رهان على السياحة البيئية");
    }

    @Test
    void noTickerChromeCaptionOrFooterInBody() {
        assertThat(article.body()).doesNotContain("الدفاع المدني").doesNotContain("logo").doesNotContain("القائمة")
                .doesNotContain("المصدر").doesNotContain("تابعونا").doesNotContain("©").doesNotContain(TITLE)
                .doesNotContain("اقتصاد\n").doesNotContain("٢٠٢٥");
    }

    @Test
    void languageIdAndNoAuthors() {
        assertThat(article.language()).isEqualTo("ar");
        assertThat(article.id()).hasSize(16);
        assertThat(article.authors()).isEmpty();
    }

    /** With a URL, the id hashes the URL, and the footer still names the publisher (the host is the fallback). */
    @Test
    void urlGivenKeepsFooterPublisher() throws IOException {
        String url = "https://www.wadi-news.example/economy/bridge";
        Article withUrl = (Article) new TextDumpExtractor()
                .extract(resource("valley-bridge-2025-03-14.txt"), url, REFERENCE);
        assertThat(withUrl.url()).isEqualTo(url);
        assertThat(withUrl.id()).isNotEqualTo(article.id());
        assertThat(withUrl.publisher()).isEqualTo("أنباء الوادي للنشر");
        assertThat(withUrl.body()).isEqualTo(article.body());
    }
}
