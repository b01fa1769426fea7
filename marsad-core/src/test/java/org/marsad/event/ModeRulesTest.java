package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.event.Coding.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Event.Mode;
import org.marsad.model.Quote;
import org.marsad.model.Speaker;

/** One sentence of our own per rule of {@link ModeRules}. */
class ModeRulesTest {
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        // negation particles within two words before the trigger
        "NEGATED      | ASSAULT  | لم تقصف الطائرات القرية",
        "NEGATED      | CONSULT  | لن يلتقي الرئيس بزعيم المعارضة",
        "NEGATED      | PROTEST  | لا يتظاهر الموظفون في أيام العطل",
        "NEGATED      | COERCE   | لم يتم اعتقال أي من المشتبه بهم",
        // a verb of denial earlier in the sentence
        "NEGATED      | ASSAULT  | نفى الجيش قصف المستشفى",
        // future: سوف, the prefix سـ
        "HYPOTHETICAL | CONSULT  | سوف يزور الوزير الصين الشهر المقبل",
        "HYPOTHETICAL | PROTEST  | سيتظاهر المعلمون أمام الوزارة",
        // قد before an imperfect verb
        "HYPOTHETICAL | SANCTION | قد تفرض أوروبا عقوبات على الشركة",
        // possibility, condition, intention, plan
        "HYPOTHETICAL | ASSAULT  | حذر الخبراء من احتمال هجوم على الميناء",
        "HYPOTHETICAL | RETREAT  | إذا انسحبت القوات فستعود العائلات",
        "HYPOTHETICAL | CONSULT  | يعتزم الرئيس زيارة الهند",
        "HYPOTHETICAL | CONSULT  | من المقرر أن يلتقي الوفدان غدا",
        // a threat covers the act it threatens
        "HYPOTHETICAL | ASSAULT  | هددت الجماعة بقصف المطار",
        // a call for a verbal noun
        "HYPOTHETICAL | RETREAT  | دعا المجلس إلى انسحاب القوات الأجنبية",
        // saying + أن/إن, and attributions
        "REPORTED     | ASSAULT  | قال المتحدث إن مسلحين هاجموا الحاجز",
        "REPORTED     | COERCE   | أكدت الوزارة أنها اعتقلت خمسة مهربين",
        "REPORTED     | ASSAULT  | قصفت المدفعية البلدة بحسب شهود عيان",
        // plain statement
        "ASSERTED     | ASSAULT  | قصفت المدفعية البلدة صباح الأحد",
        // قد before a perfect verb asserts
        "ASSERTED     | ASSAULT  | وكانت الطائرات قد قصفت الجسر",
        // لا سيما is 'especially', no negation
        "ASSERTED     | PROTEST  | خرجت مظاهرات في المدن لا سيما مظاهرة العاصمة"})
    void modes(Mode mode, String type, String sentence) {
        assertThat(only(sentence, type).mode()).isEqualTo(mode);
    }

    /** A trigger inside a quote the quote stage found is reported. */
    @Test
    void insideAQuoteSpan() {
        String text = "وكتب الناشط: هاجمت الشرطة المعتصمين فجرا.";
        Article a = Coding.article(text, null);
        int start = text.indexOf("هاجمت");
        Quote q = new Quote(new Speaker("الناشط", null, null, Speaker.Kind.PERSON), "كتب", true, null,
                text.substring(start), start, text.length(), "test");
        List<Event> events = Coding.events(Coding.CODER, a, List.of(), List.of(q));
        assertThat(events).filteredOn(e -> e.type().equals("ASSAULT")).extracting(Event::mode)
                .containsExactly(Mode.REPORTED);
        assertThat(Coding.events(Coding.CODER, a, List.of(), List.of())).filteredOn(e -> e.type().equals("ASSAULT"))
                .extracting(Event::mode).containsExactly(Mode.ASSERTED);
    }
}
