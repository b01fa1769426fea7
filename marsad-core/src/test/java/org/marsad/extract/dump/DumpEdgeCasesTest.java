package org.marsad.extract.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Rejection;

/** Dumps that bend the usual shape; every text here is our own writing. */
class DumpEdgeCasesTest {
    private static final ZonedDateTime REFERENCE = ZonedDateTime.of(2025, 1, 10, 12, 0, 0, 0, ZoneOffset.UTC);
    private final TextDumpExtractor extractor = new TextDumpExtractor();

    private static final String P1 = "أعلنت إدارة المهرجان الثقافي السنوي في مدينة الواحة عن برنامج دورته الجديدة، "
            + "التي تضم أكثر من ستين عرضاً مسرحياً وموسيقياً تقام على مدى عشرة أيام في ساحات المدينة القديمة.";
    private static final String P2 = "وقال مدير المهرجان إن الدورة الحالية تخصص يوماً كاملاً لعروض الأطفال، "
            + "وإن التذاكر ستباع بأسعار رمزية لتشجيع العائلات على الحضور من القرى المجاورة.";
    private static final String P3 = "ويشارك في المهرجان هذا العام فنانون من أحد عشر بلداً، بينهم فرقة للإنشاد "
            + "تزور المدينة للمرة الأولى منذ تأسيس المهرجان قبل خمسة عشر عاماً.";
    private static final String TITLE = "مهرجان الواحة الثقافي يعلن برنامج دورته الجديدة";

    private Analysis read(String text) {
        return extractor.extract(text, null, REFERENCE);
    }

    private Article article(String text) {
        Analysis a = read(text);
        assertThat(a).as("an article, not %s", a).isInstanceOf(Article.class);
        return (Article) a;
    }

    @Test
    void emptyDumpIsRejectedAsEmpty() {
        for (String blank : new String[] {"", "\n\n", " \t\u00A0\n  \r\n"}) {
            Analysis a = read(blank);
            assertThat(a).isInstanceOf(Rejection.class);
            assertThat(((Rejection) a).reason()).isEqualTo(Rejection.Reason.EMPTY);
        }
        assertThat(extractor.extract(null, null, null)).isInstanceOf(Rejection.class);
    }

    @Test
    void chromeOnlyDumpHasNoContent() {
        Analysis a = read("logo\nالقائمة\nبحث\nفيسبوك\nتويتر\n;\nlogo\nتابعونا على\nجميع الحقوق محفوظة © 2025\n");
        assertThat(a).isInstanceOf(Rejection.class);
        Rejection r = (Rejection) a;
        assertThat(r.reason()).isEqualTo(Rejection.Reason.NO_CONTENT);
        assertThat(r.detail()).contains("chrome");
    }

    @Test
    void listOfShortHeadlinesIsNotAnArticle() {
        String dump = """
                logo
                الأكثر قراءة
                ارتفاع أسعار الذهب في الأسواق المحلية
                المنتخب الوطني يفوز في مباراة ودية
                افتتاح معرض الكتاب بمشاركة مئتي دار نشر
                أمطار غزيرة متوقعة نهاية الأسبوع
                تابعونا على
                """;
        Analysis a = read(dump);
        assertThat(a).isInstanceOf(Rejection.class);
        assertThat(((Rejection) a).reason()).isEqualTo(Rejection.Reason.NOT_ARTICLE);
        assertThat(((Rejection) a).detail()).contains("headline");
    }

    @Test
    void headlineOnlyDumpHasNoContent() {
        String dump = "logo\nثقافة\n" + TITLE + "\n" + TITLE + "\n١٠ يناير ٢٠٢٥\nتابعونا على\n";
        Analysis a = read(dump);
        assertThat(a).isInstanceOf(Rejection.class);
        Rejection r = (Rejection) a;
        assertThat(r.reason()).isEqualTo(Rejection.Reason.NO_CONTENT);
        assertThat(r.detail()).contains(TITLE).contains("no article paragraph");
    }

    @Test
    void dumpWithoutDateLine() {
        String dump = "logo\nثقافة\n" + TITLE + "\n" + TITLE + "\n" + P1 + "\n" + P2 + "\n" + P3 + "\n;\nتابعونا على\n";
        Article a = article(dump);
        assertThat(a.published()).isNull();
        assertThat(a.title()).isEqualTo(TITLE);
        assertThat(a.section()).isEqualTo("ثقافة");
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
        assertThat(a.image()).isNull();
        assertThat(a.publisher()).isNull();
    }

    /** Levantine month names (تشرين الأول) with مساءً and Eastern digits. */
    @Test
    void levantineMonthName() {
        String dump = "logo\nثقافة\n" + TITLE + "\n" + TITLE + "\n١٢ تشرين الأول ٢٠٢٤، ٤:١٥ مساءً\n" + P1 + "\n" + P2
                + "\n";
        Article a = article(dump);
        assertThat(a.published()).isNotNull();
        assertThat(a.published().iso()).isEqualTo("2024-10-12T16:15");
        assertThat(a.paragraphs()).containsExactly(P1, P2);
    }

    /** المصدر: inside a sentence is a quoted source, not a photo credit: the paragraph stays whole. */
    @Test
    void sourceLabelMidSentenceIsNoCredit() {
        String quoted = "وأضاف المصدر: إن اللجنة المنظمة ستعلن أسماء الفائزين بجوائز المهرجان في حفل الختام "
                + "الذي يقام مساء الجمعة المقبل في المسرح البلدي.";
        String dump = "logo\nثقافة\n" + TITLE + "\n" + TITLE + "\n١٠ يناير ٢٠٢٥\n" + P1 + "\n" + quoted + "\n" + P2
                + "\n";
        Article a = article(dump);
        assertThat(a.image()).isNull();
        assertThat(a.paragraphs()).containsExactly(P1, quoted, P2);
    }

    /** The same sentence as the first paragraph, right after the head, is no caption either. */
    @Test
    void sourceLabelInFirstParagraphIsNoCredit() {
        String first = "قال مصدر في إدارة المهرجان، المصدر: لجنة التنظيم، إن البرنامج اكتمل قبل موعده بأسبوعين "
                + "رغم تأخر وصول بعض الفرق.";
        Article a = article("logo\n" + TITLE + "\n" + TITLE + "\n" + first + "\n" + P2 + "\n");
        assertThat(a.image()).isNull();
        assertThat(a.paragraphs()).containsExactly(first, P2);
    }

    /** Without the repeated headline, the headline is the headline-shaped line above the date line. */
    @Test
    void titleWithoutRepetitionAboveDateLine() {
        String dump = "logo\nثقافة\n" + TITLE + "\n١٠ يناير ٢٠٢٥، ١١:٠٠ صباحاً\n" + P1 + "\nالعروض الموسيقية\n" + P2
                + "\n";
        Article a = article(dump);
        assertThat(a.title()).isEqualTo(TITLE);
        assertThat(a.section()).isEqualTo("ثقافة");
        assertThat(a.published().iso()).isEqualTo("2025-01-10T11:00");
        assertThat(a.subheadings()).containsExactly("العروض الموسيقية");
    }

    /** A related-story link and a share bar inside the body are dropped; so is a run of three short lines. */
    @Test
    void relatedLinksShareBarAndLinkListsDropped() {
        String dump = "logo\n" + TITLE + "\n" + TITLE + "\n" + P1
                + "\nاقرأ أيضاً\nافتتاح متحف للفنون الشعبية في الواحة\n"
                + P2 + "\nشارك\nفيسبوك\nواتساب\n" + P3 + "\nالأكثر قراءة\nأسعار الذهب اليوم\nنتائج الدوري المحلي\n"
                + "حالة الطقس غداً\n;\n";
        Article a = article(dump);
        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
        assertThat(a.subheadings()).isEmpty();
    }

    /** A byline under the headline gives the author and stays out of the body. */
    @Test
    void bylineGivesAuthor() {
        String dump = "logo\n" + TITLE + "\n" + TITLE + "\nبقلم: سلمى حداد\n١٠ يناير ٢٠٢٥\n" + P1 + "\n" + P2 + "\n";
        Article a = article(dump);
        assertThat(a.authors()).containsExactly("سلمى حداد");
        assertThat(a.body()).doesNotContain("سلمى");
    }

    /** No copyright line: the publisher is the URL's host. */
    @Test
    void publisherFallsBackToHost() {
        Analysis a = extractor.extract(TITLE + "\n" + TITLE + "\n" + P1 + "\n" + P2 + "\n",
                "https://www.alwaha-news.example/culture/1", REFERENCE);
        assertThat(((Article) a).publisher()).isEqualTo("alwaha-news.example");
    }

    /** Windows line ends, tabs and no-break spaces clean to single spaces. */
    @Test
    void crlfAndOddSpaces() {
        String dump = "logo\r\n" + TITLE.replace(" ", "\u00A0 ") + "\r\n" + TITLE + "\r\n" + P1.replace("، ", "،\t")
                + "\r\n" + P2 + "\r\n";
        Article a = article(dump);
        assertThat(a.title()).isEqualTo(TITLE);
        assertThat(a.paragraphs()).containsExactly(P1, P2);
    }

    /** A widget heading (الأكثر قراءة) or a list of three links after the story ends it: teasers below stay out. */
    @Test
    void storyEndsAtWidgetHeadingOrLinkList() {
        String teaser = "وفي خبر آخر، أعلنت بلدية الواحة عن إغلاق السوق القديم مؤقتاً لأعمال الترميم التي تستمر "
                + "شهرين، على أن يعاد افتتاحه قبل بداية الموسم السياحي.";
        Article widget = article("logo\n" + TITLE + "\n" + TITLE + "\n" + P1 + "\n" + P2 + "\nالأكثر قراءة\n" + teaser
                + "\n");
        assertThat(widget.paragraphs()).containsExactly(P1, P2);
        Article list = article("logo\n" + TITLE + "\n" + TITLE + "\n" + P1 + "\n" + P2
                + "\nمهرجان الواحة\nالمسرح البلدي\nعروض الأطفال\n" + teaser + "\n");
        assertThat(list.paragraphs()).containsExactly(P1, P2);
        assertThat(list.subheadings()).isEmpty();
    }

    /** A bare كتبت-line right under the headline is a byline; the same verb opening a headline is not. */
    @Test
    void bareBylineUnderHeadline() {
        Article a = article(TITLE + "\n" + TITLE + "\nكتبت ريم سالم\n" + P1 + "\n" + P2 + "\n");
        assertThat(a.authors()).containsExactly("ريم سالم");
        Article b = article("logo\nكتب نادرة في معرض الواحة للكتاب هذا العام\n١٠ يناير ٢٠٢٥\n" + P1 + "\n");
        assertThat(b.authors()).isEmpty();
        assertThat(b.title()).isEqualTo("كتب نادرة في معرض الواحة للكتاب هذا العام");
    }

    /** An update line (آخر تحديث) gives the modified date, not the published one, in the head or in the body. */
    @Test
    void updateLineGivesModifiedDate() {
        Article a = article("logo\n" + TITLE + "\n" + TITLE + "\n١٠ يناير ٢٠٢٥، ٩:٠٠ صباحاً\n"
                + "آخر تحديث: ١١ يناير ٢٠٢٥، ٢:٣٠ مساءً\n" + P1 + "\n" + P2 + "\n");
        assertThat(a.published().iso()).isEqualTo("2025-01-10T09:00");
        assertThat(a.modified().iso()).isEqualTo("2025-01-11T14:30");
        assertThat(a.body()).doesNotContain("تحديث");
        Article b = article("logo\n" + TITLE + "\n" + TITLE + "\n" + P1 + "\n" + P2
                + "\nآخر تحديث: ١١ يناير ٢٠٢٥\n");
        assertThat(b.published()).isNull();
        assertThat(b.modified().iso()).isEqualTo("2025-01-11");
    }
}
