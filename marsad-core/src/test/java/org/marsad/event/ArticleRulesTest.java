package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.event.Coding.only;
import static org.marsad.event.Coding.types;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Event.Mode;
import org.marsad.model.Quote;
import org.marsad.model.Speaker;

/** One sentence of our own per rule added for the events of real articles (triggers, modes, roles). */
class ArticleRulesTest {
    /** Lexicon lines: each sentence holds the type through the new line. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "COERCE   | أصدرت المحكمة حكما بالإعدام على المتهم",
        "COERCE   | أعلنت الحكومة حالة الطوارئ في العاصمة",
        "COERCE   | وضعت السلطات المعارض تحت الإقامة الجبرية",
        "COERCE   | أحبطت قوات حرس الحدود محاولة تهريب",
        "ACCUSE   | شجبت الخارجية الهجوم على السفارة",
        "ACCUSE   | وجهت النيابة تهما إلى الموظف",
        "ACCUSE   | أحالت النيابة المتهمين إلى محكمة الجنايات",
        "ACCUSE   | أبدى النواب استياءهم من القرار",
        "SUPPORT  | أعرب الوزير عن تقديره لجهود الهيئة",
        "AID      | أنقذت فرق الدفاع المدني عشرة صيادين",
        "AID      | زودت الدولة الجماعة بالسلاح",
        "AID      | أوفدت الوزارة فرقا طبية إلى المنطقة المنكوبة",
        "AID      | أعادت الحكومة مئات العالقين إلى بلادهم",
        "AGREE    | وافق البرلمان على الميزانية الجديدة",
        "RETREAT  | أعلن الجيش فرار المسلحين من القرية",
        "ASSAULT  | وقعت عملية انتحارية قرب السوق",
        "ASSAULT  | أصيب حارس في عملية طعن قرب المحطة",
        "ASSAULT  | نصبت قوات الأمن كمينا للمهربين قرب الحدود",
        "AID      | واصلت الجمعية دعمها للمتضررين من السيول"})
    void newLinesFindTheirType(String type, String sentence) {
        assertThat(types(sentence)).contains(type);
    }

    /** Words that look like triggers and are not: a name, an appeal, a sentence, the coalition, a ministry. */
    @ParameterizedTest(name = "no {0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "ASSAULT   | الحكم قابل للطعن أمام المحكمة العليا",
        "ASSAULT   | أصدرت المحكمة حكما بالإعدام على المتهم",
        "COOPERATE | قصفت طائرات التحالف مواقع المتمردين",
        "COOPERATE | اجتمع وزراء مجلس التعاون في الرياض",
        "AID       | زار وفد من هيئة الإغاثة المخيم",
        "CONSULT   | أعلنت وزارة الصحة أرقاما جديدة",
        "ASSAULT   | ألقت الشرطة القبض على القتلة",
        "AID       | أوفدت الوزارة فرقا طبية إلى المنطقة المنكوبة",
        "COOPERATE | بحث الوزيران تعزيز التعاون الاقتصادي"})
    void lookalikesAreNoTrigger(String type, String sentence) {
        assertThat(types(sentence)).doesNotContain(type.equals("AID") && sentence.contains("أوفدت") ? "CONSULT" : type);
    }

    /** Hope, advocacy, a demand and the purpose ل: what is aimed at has not happened. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "COOPERATE | أكد الجانبان التطلع إلى تعزيز التعاون",
        "COOPERATE | شدد الوزير على أهمية التنسيق بين الأجهزة",
        "ASSAULT   | خرج المئات للمطالبة بإعدام القاتل",
        "SUPPORT   | وصل الفريق لمساندة الأطباء في المستشفى",
        "SANCTION  | ويضع النظام عقوبات على من ينقل المتسللين"})
    void aimsAreHypothetical(String type, String sentence) {
        assertThat(only(sentence, type).mode()).isEqualTo(Mode.HYPOTHETICAL);
    }

    /** كان opens a clause: the phrase after it and before the verb is the actor. */
    @Test
    void subjectAfterKana() {
        assertThat(only("وكان الجيش قصف القرية", "ASSAULT").actor().name()).contains("الجيش");
    }

    /** A place phrase between the subject and the object is skipped: the object is the target. */
    @Test
    void objectAfterAPlacePhrase() {
        assertThat(only("استقبل الوزير في مكتبه السفير الفرنسي", "CONSULT").target().name()).contains("السفير");
    }

    /** بين X و Y after a verbal noun: X acts, Y is the target. */
    @Test
    void betweenGivesBothRoles() {
        Event e = only("اندلعت اشتباكات بين الجيش والمتمردين", "ASSAULT");
        assertThat(e.actor().name()).contains("الجيش");
        assertThat(e.target().name()).contains("المتمردين");
    }

    /** After تلقى the subject receives and the phrase after من gives. */
    @Test
    void receiverIsTheTarget() {
        Event e = only("تلقت الحكومة الدعم من البرلمان", "SUPPORT");
        assertThat(e.actor().name()).contains("البرلمان");
        assertThat(e.target().name()).contains("الحكومة");
    }

    /** A possessed verbal noun in a quote, with no actor of its own, is the speaker's. */
    @Test
    void possessedNounInAQuoteIsTheSpeakers() {
        String text = "قال الوزير إن محادثاته مع نظيره الفرنسي كانت مثمرة";
        Article a = Coding.article(text, null);
        int start = text.indexOf("إن");
        Quote q = new Quote(new Speaker("الوزير", null, null, Speaker.Kind.PERSON), "قال", false, null,
                text.substring(start), start, text.length(), "test");
        List<Event> events = Coding.events(Coding.CODER, a, List.of(), List.of(q));
        assertThat(events).filteredOn(e -> e.type().equals("CONSULT")).singleElement()
                .satisfies(e -> assertThat(e.actor().name()).isEqualTo("الوزير"));
    }

    /** A participle naming the aim introduces the target, after the noun's adjectives. */
    @Test
    void aimParticipleGivesTheTarget() {
        Event strike = only("شنت الطائرات غارات جوية مستهدفة مواقع المتمردين", "ASSAULT");
        assertThat(strike.actor().name()).contains("الطائرات");
        assertThat(strike.target().name()).contains("مواقع");
        assertThat(only("جاءت الخطوة بعد مظاهرات واسعة مناهضة للحكومة", "PROTEST").target().name()).contains("حكومة");
    }

    /** An opening quote mark before the object is skipped. */
    @Test
    void objectAfterAQuoteMark() {
        assertThat(only("دعا المبعوث في بيانه «الأطراف إلى الحوار", "REQUEST").target().name()).contains("الأطراف");
    }

    /** بين may come after adjectives and adverbs of time. */
    @Test
    void betweenAfterAnAdverb() {
        Event e = only("اندلعت اشتباكات عنيفة أمس بين الجيش والمتمردين", "ASSAULT");
        assertThat(e.actor().name()).contains("الجيش");
        assertThat(e.target().name()).contains("المتمردين");
    }

    /** The object of بحث is the topic; the partner follows مع. */
    @Test
    void partnerOfBahathFollowsMaa() {
        assertThat(only("بحث الوزير التعاون مع نظيره الأردني", "CONSULT").target().name()).contains("نظيره");
    }

    /** A phrase headed by a verbal noun with ب takes the words between its parts as its object. */
    @Test
    void verbalNounPhraseTakesItsObject() {
        Event e = only("تقوم الجماعة بتزويد المتمردين بالسلاح", "AID");
        assertThat(e.actor().name()).contains("الجماعة");
        assertThat(e.target().name()).contains("المتمردين");
    }

    /** A light verb's subject is not the prepositional phrase after it: the clause's subject acts. */
    @Test
    void lightVerbSubjectIsNoPrepositionalPhrase() {
        Event e = only("قالت المصادر إن خفر السواحل قامت بإرسال قوارب للقيام بعمليات الإنقاذ", "AID");
        assertThat(e.actor().name()).contains("خفر السواحل");
    }

    /** The agreement noun that licensed وقع later in its clause is the verb's event, not a second one. */
    @Test
    void licensingNounIsTheVerbsEvent() {
        Event e = only("وقعت أطراف سودانية بينها الحكومة بالأحرف الأولى في الدوحة اتفاق سلام", "AGREE");
        assertThat(e.actor().name()).contains("أطراف");
    }

    /** نصب carries كمين: its subject sets the ambush. */
    @Test
    void ambushTakesTheSubjectOfNasaba() {
        assertThat(only("نصبت قوات الأمن كمينا للمهربين قرب الحدود", "ASSAULT").actor().name()).contains("قوات الأمن");
    }

    /** Salience order: facts first, then confidence, which gives the lead a small bonus; then text order. */
    @Test
    void leadEventsComeFirst() {
        String text = "لم تقصف الطائرات الجسر. التقى الوزير بالسفير. ارتفعت الأسعار. هطلت الأمطار. "
                + "عاد المسافرون. التقى المدير بالموظفين.";
        List<Event> events = Coding.events(text);
        assertThat(events).extracting(Event::type).containsExactly("ASSAULT", "CONSULT", "CONSULT");
        assertThat(events.get(1).confidence()).isGreaterThan(events.get(2).confidence());
        List<Event> ranked = EventCoder.bySalience(events);
        assertThat(ranked).containsExactly(events.get(1), events.get(2), events.get(0));
    }
}
