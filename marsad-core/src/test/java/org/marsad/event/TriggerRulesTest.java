package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marsad.event.Coding.only;
import static org.marsad.event.Coding.types;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.model.Event;

/** One sentence of our own per trigger rule of {@link TriggerFinder} and per PLOVER type of the shipped lexicon. */
class TriggerRulesTest {
    @ParameterizedTest(name = "{0} ← {1}")
    @CsvSource(delimiter = '|', value = {
        "ASSAULT   | قصفت الطائرات الحربية مواقع المسلحين شمال المدينة",
        "PROTEST   | تظاهر مئات العمال أمام مقر الوزارة للمطالبة بأجورهم",
        "CONSULT   | التقى وزير الخارجية المصري بنظيره الأردني في عمّان الأردنية",
        "AGREE     | اتفقت الحكومة والنقابات على زيادة الأجور",
        "SANCTION  | فرضت واشنطن عقوبات جديدة على شركات إيرانية",
        "ACCUSE    | اتهمت الحكومة المعارضة بتأجيج العنف",
        "REJECT    | رفض البرلمان مشروع القانون الجديد",
        "THREATEN  | هدد الرئيس بطرد السفراء الأجانب",
        "REQUEST   | طالبت النقابة الحكومة بزيادة الرواتب",
        "SUPPORT   | أيدت الجامعة العربية قرار مجلس الأمن",
        "AID       | أرسلت الإمارات مساعدات طبية إلى السودان",
        "RETREAT   | انسحبت القوات من البلدة بعد معارك عنيفة",
        "COERCE    | اعتقلت الشرطة ثلاثة صحفيين في العاصمة",
        "MOBILIZE  | نشرت تركيا قوات إضافية على حدودها الجنوبية",
        "COOPERATE | تعاونت أجهزة الأمن في البلدين لتفكيك الشبكة",
        "CONCEDE   | أفرجت السلطات عن عشرات المعتقلين"})
    void everyPloverTypeHasATrigger(String type, String sentence) {
        assertThat(types(sentence)).contains(type);
    }

    /** Verbs spread to persons and aspects: feminine ت, plural وا/ون, imperfect ي/ت. */
    @Test
    void verbFormsOfEveryPerson() {
        assertThat(types("هاجمت مجموعة مسلحة حاجزا للجيش")).contains("ASSAULT");
        assertThat(types("هاجموا الحاجز ليلا")).contains("ASSAULT");
        assertThat(types("يهاجمون القرى الحدودية كل ليلة")).contains("ASSAULT");
        assertThat(types("تستهدف المدفعية مواقع المتمردين")).contains("ASSAULT");
    }

    /** Clitics are peeled letter by letter: و، ف، ب، ال and the future س. */
    @Test
    void cliticsArePeeled() {
        assertThat(types("وهاجم مسلحون دورية للشرطة")).contains("ASSAULT");
        assertThat(types("ندد الحزب بالهجوم على المسجد")).contains("ASSAULT");
        assertThat(only("وسيلتقي الرئيس بوفد من المعارضة", "CONSULT").mode()).isEqualTo(Event.Mode.HYPOTHETICAL);
    }

    /** Verbal nouns with the article or the accusative alef are triggers too. */
    @Test
    void verbalNouns() {
        assertThat(types("أسفر الانفجار عن سقوط جرحى")).contains("ASSAULT");
        assertThat(types("شنت الطائرات هجوما على المطار")).contains("ASSAULT");
        assertThat(types("نظم الطلاب اعتصاما داخل الحرم الجامعي")).contains("PROTEST");
    }

    /** A phrase's components may have words between them: the subject of a VSO sentence. */
    @Test
    void phraseWithSubjectBetween() {
        Event e = only("فرضت الولايات المتحدة عقوبات على مسؤولين كبار", "SANCTION");
        assertThat(e.trigger()).isEqualTo("فرضت عقوبات");
        assertThat(e.actor().country()).isEqualTo("USA");
    }

    /** A phrase claims its words: أطلق سراح is a release, never also a shooting. */
    @Test
    void phrasesClaimTheirWords() {
        assertThat(types("أطلقت السلطات سراح الناشطين")).contains("CONCEDE").doesNotContain("ASSAULT");
        assertThat(types("أطلق مسلحون النار على حافلة")).contains("ASSAULT").doesNotContain("CONCEDE");
        assertThat(types("رفعت الحكومة الحظر عن الاستيراد")).contains("CONCEDE").doesNotContain("SANCTION");
    }

    /** What is sent decides: troops mobilize, aid is aid, an envoy consults. */
    @Test
    void sendingDependsOnWhatIsSent() {
        assertThat(types("أرسلت الحكومة قوات إلى الحدود")).containsExactly("MOBILIZE");
        assertThat(types("أرسلت الحكومة مساعدات إلى المنكوبين")).containsExactly("AID");
        assertThat(types("أرسل الملك مبعوثا إلى دمشق")).containsExactly("CONSULT");
        assertThat(only("أوفد الأمير مستشاره الخاص، حاملا رسالة، إلى الرباط", "CONSULT").target().country())
                .isEqualTo("MAR"); // to=إلى: the destination, past the commas
    }

    /** skip= removes a spread form: طالب alone is a student, not a demand. */
    @Test
    void skippedForms() {
        assertThat(types("قال طالب في كلية الطب إن الامتحان صعب")).doesNotContain("REQUEST");
        assertThat(types("طالبوا بالإفراج عن زملائهم")).contains("REQUEST");
    }

    /** وقع signs only near an agreement word; otherwise it happens or falls. */
    @Test
    void signNeedsAnAgreementNearby() {
        assertThat(types("وقع البلدان اتفاقية للتجارة الحرة")).contains("AGREE");
        assertThat(types("وقع حادث سير مروع على الطريق")).doesNotContain("AGREE");
    }

    /** فجر before a day word is dawn, not a bombing. */
    @Test
    void dawnIsNoBombing() {
        assertThat(types("وصل الوفد فجر اليوم إلى المطار")).doesNotContain("ASSAULT");
        assertThat(types("فجر انتحاري حزاما ناسفا في السوق")).contains("ASSAULT");
    }

    /** The Popular Mobilization Forces are a name, not a mobilization. */
    @Test
    void namedForcesAreNoMobilization() {
        assertThat(types("قال متحدث باسم الحشد الشعبي إن الطريق آمن")).doesNotContain("MOBILIZE");
        assertThat(types("حشد الجيش قواته قرب الحدود")).contains("MOBILIZE");
    }

    /** A drone (طائرة مسيرة) is not a march. */
    @Test
    void droneIsNoMarch() {
        assertThat(types("أسقط الدفاع الجوي طائرة مسيرة فوق الميناء")).doesNotContain("PROTEST");
        assertThat(types("انطلقت مسيرة حاشدة وسط العاصمة")).contains("PROTEST");
    }

    /** بحث is a consultation only with a partner (مع، نظيره), not a search. */
    @Test
    void discussNeedsAPartner() {
        assertThat(types("بحث الوزير مع نظيره الفرنسي ملف الهجرة")).contains("CONSULT");
        assertThat(types("بحث الفريق عن المفقودين طوال الليل")).doesNotContain("CONSULT");
    }

    /** After a preposition a form is the noun, not the verb (في دعم). */
    @Test
    void noVerbAfterAPreposition() {
        Event e = only("تحدث الوزير عن دور بلاده في دعم المزارعين", "SUPPORT");
        assertThat(e.actor()).isNull();
    }

    /** A participant noun implies its event, with itself as actor. */
    @Test
    void participantNounImpliesTheEvent() {
        Event e = only("أغلق المتظاهرون الطريق الرئيسي", "PROTEST");
        assertThat(e.actor().kind()).isEqualTo("protesters");
    }

    /** Self-immolation is a protest. */
    @Test
    void selfImmolation() {
        assertThat(types("أحرق بائع متجول نفسه أمام مبنى البلدية")).contains("PROTEST");
    }

    /** The lexicon is extensible: a file of more lines adds triggers. */
    @Test
    void extraLexiconFile(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("more.txt");
        Files.writeString(extra, "PROTEST verb قاطع/يقاطع\n", StandardCharsets.UTF_8);
        assertThat(types("قاطع التجار المعرض السنوي")).doesNotContain("PROTEST");
        EventCoder coder = new EventCoder(extra);
        List<Event> events = Coding.events(coder, Coding.article("قاطع التجار المعرض السنوي", null), List.of(),
                List.of());
        assertThat(events).extracting(Event::type).contains("PROTEST");
    }

    /** A bad lexicon line is refused with its file and line. */
    @Test
    void badLexiconLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "# comment\nRIOT verb شغب\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TriggerLexicon.load(bad)).hasMessageContaining("bad.txt:2")
                .hasMessageContaining("RIOT");
    }
}
