package org.marsad.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.Quote;
import org.marsad.model.Speaker;
import org.marsad.text.ArabicText;

/** Each reading rule of the quote finder on sentences written for these tests. */
class QuoteFinderTest {
    private static final QuoteFinder FINDER = new QuoteFinder();

    private static List<Quote> quotes(String body) {
        List<Quote> found = FINDER.quotes(ArabicText.analyze(body), List.of());
        for (Quote q : found) assertThat(body.substring(q.start(), q.end())).isEqualTo(q.text()); // exact offsets
        return found;
    }

    private static Quote only(String body) {
        List<Quote> found = quotes(body);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void nameWithRoleInApposition() {
        Quote q = only("قال خالد المنصوري، مدير هيئة المياه في مدينة الواحة، إن المشروع سيوفر المياه لألف منزل.");
        assertThat(q.speaker().name()).isEqualTo("خالد المنصوري");
        assertThat(q.speaker().role()).isEqualTo("مدير هيئة المياه في مدينة الواحة");
        assertThat(q.speaker().kind()).isEqualTo(Speaker.Kind.PERSON);
        assertThat(q.text()).isEqualTo("المشروع سيوفر المياه لألف منزل");
        assertThat(q.cue()).isEqualTo("قال");
        assertThat(q.direct()).isFalse();
        assertThat(q.rule()).isEqualTo("name+apposition");
    }

    @Test
    void surnamePointsBackToTheFullNameAndOutletIsRead() {
        List<Quote> qs = quotes("قال خالد المنصوري إن العمل بدأ.\nوأكد المنصوري في تصريحات لـ\"النهار\" أن الكلفة معقولة.");
        assertThat(qs).hasSize(2);
        assertThat(qs.get(1).speaker().name()).isEqualTo("خالد المنصوري");
        assertThat(qs.get(1).rule()).isEqualTo("surname");
        assertThat(qs.get(1).outlet()).isEqualTo("النهار");
        assertThat(qs.get(1).cue()).isEqualTo("وأكد");
    }

    @Test
    void roleNounPointsBackDespiteASpellingSlip() {
        List<Quote> qs = quotes("قالت سلمى العلي، أستاذة الهندسة المدنية بجامعة الواحة، إن التصميم آمن.\n"
                + "وقال سعيد الكردي إن الأرض صالحة.\n"
                + "ورأت أستاذة الهندسة المدنيه أن الرقابة واجبة.");
        assertThat(qs).hasSize(3);
        assertThat(qs.get(2).speaker().name()).isEqualTo("سلمى العلي");
        assertThat(qs.get(2).rule()).isEqualTo("role-back");
    }

    @Test
    void bareVerbContinuesTheLastSpeakerOfItsGender() {
        List<Quote> qs = quotes("قالت سلمى العلي إن التصميم آمن.\nوقال سعيد الكردي إن الأرض صالحة.\n"
                + "وأضافت أن المشروع يحتاج إلى رقابة.\nوأضاف أن التربة جيدة.");
        assertThat(qs).extracting(q -> q.speaker().name())
                .containsExactly("سلمى العلي", "سعيد الكردي", "سلمى العلي", "سعيد الكردي");
        assertThat(qs.get(2).rule()).isEqualTo("continuation");
    }

    @Test
    void participleAddsAStatementOfTheSameSpeaker() {
        List<Quote> qs = quotes("وأكد سعيد الكردي أن العمل سيبدأ غداً، مشيراً إلى أن الكلفة بلغت مليون دينار.");
        assertThat(qs).hasSize(2);
        assertThat(qs.get(0).text()).isEqualTo("العمل سيبدأ غداً");
        assertThat(qs.get(1).text()).isEqualTo("الكلفة بلغت مليون دينار");
        assertThat(qs.get(1).speaker().name()).isEqualTo("سعيد الكردي");
        assertThat(qs.get(1).rule()).isEqualTo("participle");
    }

    @Test
    void quotedWordsAfterAColonRunToTheirClosingMarkAcrossSentences() {
        List<Quote> qs = quotes("قال سعيد الكردي إن الموسم جيد.\nوتابع قائلاً: «نحن جاهزون للعمل. وسنبدأ قريباً».");
        assertThat(qs).hasSize(2);
        assertThat(qs.get(1).direct()).isTrue();
        assertThat(qs.get(1).text()).isEqualTo("نحن جاهزون للعمل. وسنبدأ قريباً");
        assertThat(qs.get(1).speaker().name()).isEqualTo("سعيد الكردي");
    }

    @Test
    void quotationBeforeItsCue() {
        Quote q = only("«المياه حق للجميع ولن نتأخر»، قال الوزير سعيد الكردي.");
        assertThat(q.direct()).isTrue();
        assertThat(q.text()).isEqualTo("المياه حق للجميع ولن نتأخر");
        assertThat(q.speaker().name()).isEqualTo("سعيد الكردي");
    }

    @Test
    void groupsInstitutionsAndAnonymousSources() {
        List<Quote> qs = quotes("وأكد الخبراء أن المياه الجوفية تتراجع.\nوقالت وزارة الزراعة في بيان إن الموسم جيد.\n"
                + "وقال مصدر مطلع إن الاجتماع تأجل.\nوقال مسؤول رفض الكشف عن اسمه إن القرار نهائي.");
        assertThat(qs).extracting(q -> q.speaker().kind()).containsExactly(Speaker.Kind.GROUP,
                Speaker.Kind.INSTITUTION, Speaker.Kind.ANONYMOUS, Speaker.Kind.ANONYMOUS);
        assertThat(qs.get(1).speaker().name()).isEqualTo("وزارة الزراعة");
    }

    @Test
    void attributionAfterTheStatement() {
        Quote q = only("وارتفعت أسعار القمح بنسبة عشرة بالمئة، بحسب وزارة الزراعة.");
        assertThat(q.text()).isEqualTo("وارتفعت أسعار القمح بنسبة عشرة بالمئة");
        assertThat(q.speaker().name()).isEqualTo("وزارة الزراعة");
        assertThat(q.cue()).isEqualTo("بحسب");
    }

    @Test
    void attributionNeedsASpeakerNotARule() {
        assertThat(quotes("وتصرف المنحة وفقاً للنظام المعمول به.")).isEmpty();
    }

    @Test
    void reportedThroughAnOutletTheSpeakerComesAfterAn() {
        Quote q = only("ونقلت وكالة الأنباء الوطنية عن وزير المالية فهد الراشد قوله إن الميزانية تكفي.");
        assertThat(q.speaker().name()).isEqualTo("فهد الراشد");
        assertThat(q.speaker().role()).isEqualTo("وزير المالية");
        assertThat(q.outlet()).isEqualTo("وكالة الأنباء الوطنية");
    }

    @Test
    void subjectBeforeItsVerb() {
        Quote q = only("لكن هيئة المياه قالت إن التأخير غير مقبول.");
        assertThat(q.speaker().name()).isEqualTo("هيئة المياه");
        assertThat(q.speaker().kind()).isEqualTo(Speaker.Kind.INSTITUTION);
    }

    @Test
    void aCueInsideTheContentIsReportedSpeechNotANewStatement() {
        Quote q = only("وقال سعيد الكردي إن الحكومة ترى في المشروع حلاً يعني أن الأزمة انتهت.");
        assertThat(q.text()).startsWith("الحكومة ترى");
        assertThat(q.speaker().name()).isEqualTo("سعيد الكردي");
    }

    @Test
    void aCueOpeningANewClauseEndsTheContentBeforeIt() {
        List<Quote> qs = quotes("وأكد سعيد الكردي أن الحكومة جاهزة، لكنه أكد أيضاً أن التمويل ناقص.");
        assertThat(qs).hasSize(2);
        assertThat(qs.get(0).text()).isEqualTo("الحكومة جاهزة");
        assertThat(qs.get(1).speaker().name()).isEqualTo("سعيد الكردي");
    }

    @Test
    void aCueAfterADashedAsideStaysInsideTheContent() {
        Quote q = only("وأضافت سلمى العلي أن المهندس - وهو من الواحة - أعلن أن الموعد تغير.");
        assertThat(q.text()).endsWith("الموعد تغير");
        assertThat(q.speaker().name()).isEqualTo("سلمى العلي");
    }

    @Test
    void aFeminineBareCueWithNobodyOfItsGenderTakesTheClausesInstitution() {
        Quote q = only("وطلبت الوزارة من المتقدمين مراجعة مكاتبها، مبينة أن المواعيد تنتهي الأحد.");
        assertThat(q.speaker().name()).isEqualTo("الوزارة");
        assertThat(q.speaker().kind()).isEqualTo(Speaker.Kind.INSTITUTION);
        assertThat(q.rule()).isEqualTo("clause-subject");
    }

    @Test
    void aVerbWithoutContentIsNoQuote() {
        assertThat(quotes("وأعرب الوزير سعيد الكردي عن أمله في نجاح الموسم.")).isEmpty();
    }

    @Test
    void speakersLinkToTheEntityWhoseMentionOverlapsThem() {
        String body = "قال الوزير سعيد الكردي إن الموسم جيد.";
        int at = body.indexOf("سعيد");
        Entity e = new Entity("p1", EntityType.PERSON, "سعيد بن علي الكردي", List.of("سعيد الكردي"), List.of("الوزير"),
                null, false, List.of(new Mention("سعيد الكردي", at, at + 11, EntityType.PERSON)));
        Quote q = FINDER.quotes(ArabicText.analyze(body), List.of(e)).get(0);
        assertThat(q.speaker().entity()).isEqualTo("p1");
        assertThat(q.speaker().name()).isEqualTo("سعيد بن علي الكردي");
    }

    @Test
    void noCueNoQuote() {
        assertThat(quotes("")).isEmpty();
        assertThat(quotes("افتتح الوزير المشروع صباح اليوم بحضور عدد من المسؤولين.")).isEmpty();
    }
}
