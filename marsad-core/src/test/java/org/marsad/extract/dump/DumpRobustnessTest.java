package org.marsad.extract.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.extract.Page;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Block;
import org.marsad.model.Rejection;

/** Bad or odd input never throws: random line soups, one enormous line, many lines; and the front door reads dumps. */
class DumpRobustnessTest {
    private static final ZonedDateTime REFERENCE = ZonedDateTime.of(2025, 5, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    /** Fragments that poke every rule: credits, labels, dates, chrome, footer, marks, odd spaces, emoji. */
    private static final String[] FRAGMENTS = {
        "logo", "العالم", "المصدر:", "...", "…", "رويترز", "(أ ف ب)", "تصوير:", "©", "2025", "٢٠٢٥", "١٢", "يونيو",
        "تشرين الأول", "5:00", "م", "صباحاً", "تابعونا على", "جميع الحقوق محفوظة", "شركة", "LLC", "؟", ".", "،", ":",
        "\"", "»", "اقرأ أيضاً", "بقلم", "كتب", "عاجل", "-", "|", "/", "\u00A0", "\u200F", "\u0640", "ً", "😀", "\t",
        "وقال الوزير إن الحكومة ستواصل دعم المزارعين في المناطق الجافة", "الأكثر قراءة", ";", "(", ")", "[", "Getty"
    };

    private static String soup(Random random, int lines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            int parts = random.nextInt(12);
            for (int p = 0; p < parts; p++) {
                sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                if (random.nextInt(3) > 0) sb.append(' ');
            }
            sb.append(random.nextInt(5) == 0 ? "\r\n" : "\n");
        }
        return sb.toString();
    }

    private static void checkInvariants(Analysis a) {
        assertThat(a).isNotNull();
        if (a instanceof Article article) {
            assertThat(article.blocks()).isNotEmpty().allSatisfy(b -> assertThat(b.text()).isNotBlank()
                    .doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("\n"));
            if (article.image() != null) {
                assertThat(article.image().caption() != null || article.image().credit() != null).isTrue();
            }
        } else {
            assertThat(((Rejection) a).detail()).isNotBlank();
        }
    }

    @Test
    void randomLineSoupsNeverThrow() {
        Random random = new Random(20250620L);
        TextDumpExtractor extractor = new TextDumpExtractor();
        for (int i = 0; i < 400; i++) {
            checkInvariants(extractor.extract(soup(random, 1 + random.nextInt(40)), null, REFERENCE));
        }
    }

    @Test
    void enormousLineAndManyLines() {
        TextDumpExtractor extractor = new TextDumpExtractor();
        String word = "المصدر:...رويترز(" ;
        checkInvariants(extractor.extract(word.repeat(20_000), null, REFERENCE));
        checkInvariants(extractor.extract("تابعونا".repeat(50_000) + "\n", "http://[bad", REFERENCE));
        checkInvariants(extractor.extract(soup(new Random(7), 20_000), "https://www.example.com/x", REFERENCE));
    }

    /** A dump given to the front door is sniffed as a dump (no markup) and read the same way. */
    @Test
    void frontDoorReadsADump() throws IOException {
        String text = FixtureDumpTest.resource("valley-bridge-2025-03-14.txt");
        Page page = new Page(text.getBytes(StandardCharsets.UTF_8), null, null, Page.Format.AUTO, REFERENCE);
        Analysis a = Marsad.analyze(page);
        assertThat(a).isInstanceOf(Article.class);
        Article article = (Article) a;
        assertThat(article.title()).isEqualTo(FixtureDumpTest.TITLE);
        assertThat(article.blocks()).filteredOn(b -> b.kind() == Block.Kind.HEADING).hasSize(2);
        assertThat(article.published().iso()).isEqualTo("2025-03-14T09:30");
    }
}
