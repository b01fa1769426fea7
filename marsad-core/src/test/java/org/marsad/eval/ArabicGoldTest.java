package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Arabic gold loader reads every staged page and the gold its SOURCE.md promises. Skips without ../shared. */
class ArabicGoldTest {
    private static List<ArabicGoldPage> pages;

    @BeforeAll
    static void load() {
        String shared = System.getProperty(SharedData.PROPERTY);
        Path html = shared == null ? null : Path.of(shared, "data", "html");
        Assumptions.assumeTrue(html != null && Files.isDirectory(html.resolve("arabic-wild")),
                "skipped: no Arabic gold pages under marsad.shared=" + shared);
        pages = ArabicGold.load(html);
    }

    @Test
    void everyStagedPageIsThereWithItsGold() {
        pages.forEach(p -> System.out.println(p.source() + " | " + p.name()));
        assertThat(pages).hasSize(21).allMatch(p -> Files.isRegularFile(p.page()));
        assertThat(pages.stream().filter(p -> p.title() != null)).hasSize(4);
        assertThat(pages.stream().filter(p -> p.date() != null)).hasSize(13);
        assertThat(pages.stream().filter(p -> p.source().equals("htmldate-mediacloud"))).hasSize(11);
        assertThat(pages.stream().filter(p -> p.body() != null)).hasSize(5).allMatch(p -> !p.body().isBlank());
        assertThat(pages.stream().filter(p -> p.bodyPrefix() != null)).hasSize(1);
        assertThat(pages.stream().filter(p -> !p.with().isEmpty())).hasSize(1);
        assertThat(pages.stream().filter(ArabicGoldPage::nonArticle)).hasSize(3).allMatch(p -> p.url() == null);
        assertThat(pages.stream().filter(p -> !p.nonArticle()))
                .allMatch(p -> p.url() != null && p.url().startsWith("http"));
    }

    @Test
    void goldBodiesAreCleanedOfPlayerStringsAndPageChrome() {
        List<ArabicGoldPage> bodies = pages.stream().filter(p -> p.body() != null).toList();
        assertThat(bodies).noneMatch(p -> p.body().contains(GoldText.PLAYER_FIRST) || p.body().contains("Vidverto"));
        ArabicGoldPage bbc = bodies.stream().filter(p -> p.name().contains("bbc")).findFirst().orElseThrow();
        assertThat(bbc.body().lines().count()).isGreaterThan(30); // 33 paragraphs and a subheading
        assertThat(bbc.body()).doesNotContain("EPA-EFE").doesNotContain(bbc.title());
        ArabicGoldPage lbc = bodies.stream().filter(p -> p.source().equals("fundus")).findFirst().orElseThrow();
        assertThat(lbc.body().lines()).hasSize(6);
        assertThat(lbc.date().offset()).isNotNull();
    }
}
