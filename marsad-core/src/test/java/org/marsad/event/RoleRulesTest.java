package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.event.Coding.only;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.Mention;

/** One sentence of our own per rule of {@link RoleFinder}, {@link ActorNamer} and the place and date of an event. */
class RoleRulesTest {
    /** Verb-subject-object: the phrase after the verb acts, the next one is acted on. */
    @Test
    void verbSubjectObject() {
        Event e = only("هاجمت قوات الاحتلال مخيم اللاجئين", "ASSAULT");
        assertThat(e.actor().name()).isEqualTo("قوات الاحتلال");
        assertThat(e.actor().kind()).isEqualTo("military");
        assertThat(e.target().name()).isEqualTo("مخيم اللاجئين");
    }

    /** Subject-verb after إن/أن: the phrase before the verb acts. */
    @Test
    void subjectVerbAfterThat() {
        Event e = only("وأعلن المتحدث أن الجيش السوري قصف مواقع للمعارضة", "ASSAULT");
        assertThat(e.actor().name()).isEqualTo("الجيش السوري");
        assertThat(e.actor().country()).isEqualTo("SYR");
        assertThat(e.target().name()).isEqualTo("مواقع");
    }

    /** Adverbs of time between the verb and its subject are skipped. */
    @Test
    void adverbBeforeSubject() {
        Event e = only("اعتقلت أمس الشرطة المصرية عشرة طلاب", "COERCE");
        assertThat(e.actor().country()).isEqualTo("EGY");
        assertThat(e.actor().kind()).isEqualTo("police");
    }

    /** Passive with من قبل: the agent after it acts, the phrase after the verb is the target. */
    @Test
    void passiveByPart() {
        Event e = only("اعتقل ثلاثة صحفيين من قبل الشرطة", "COERCE");
        assertThat(e.actor().kind()).isEqualTo("police");
        assertThat(e.target().kind()).isEqualTo("media");
    }

    /** Passive with على يد: the agent after it acts. */
    @Test
    void passiveByHand() {
        Event e = only("اغتيل المحافظ على يد مسلحين مجهولين", "ASSAULT");
        assertThat(e.actor().kind()).isEqualTo("armed group");
    }

    /** أرسل X إلى Y: Y is the target. */
    @Test
    void sendToTarget() {
        Event e = only("أرسلت قطر مساعدات غذائية إلى غزة", "AID");
        assertThat(e.actor().country()).isEqualTo("QAT");
        assertThat(e.target().name()).isEqualTo("غزة");
        assertThat(e.target().country()).isEqualTo("PSE");
    }

    /** التقى X بـY and التقى X مع Y: Y is the target. */
    @Test
    void meetWith() {
        Event withBi = only("التقى الرئيس التونسي بوزير الخارجية الإيطالي", "CONSULT");
        assertThat(withBi.actor().country()).isEqualTo("TUN");
        assertThat(withBi.target().country()).isEqualTo("ITA");
        Event withMaa = only("اجتمع رئيس الوزراء العراقي مع السفير الأمريكي", "CONSULT");
        assertThat(withMaa.actor().country()).isEqualTo("IRQ");
        assertThat(withMaa.target().country()).isEqualTo("USA");
    }

    /** A verbal noun after a light verb takes the light verb's subject. */
    @Test
    void lightVerb() {
        Event e = only("شن الجيش الإسرائيلي غارات على جنوب لبنان", "ASSAULT");
        assertThat(e.actor().country()).isEqualTo("ISR");
        assertThat(e.actor().kind()).isEqualTo("military");
        assertThat(e.target().name()).isEqualTo("جنوب لبنان");
    }

    /** After تعرض the subject suffers the verbal noun. */
    @Test
    void sufferVerb() {
        Event e = only("تعرض مركز الشرطة لهجوم بقذائف الهاون", "ASSAULT");
        assertThat(e.target().kind()).isEqualTo("police");
        assertThat(e.actor()).isNull();
    }

    /** A demonym adjective after a verbal noun is its actor; على gives the target. */
    @Test
    void demonymAfterNoun() {
        Event e = only("تواصل القصف التركي على القرى الكردية", "ASSAULT");
        assertThat(e.actor().country()).isEqualTo("TUR");
        assertThat(e.target().name()).isEqualTo("القرى الكردية");
    }

    /** A verbal noun's genitive acts (زيارة الوزير) … */
    @Test
    void genitiveActs() {
        Event e = only("جاءت زيارة الوزير السعودي إلى بغداد بعد قطيعة", "CONSULT");
        assertThat(e.actor().country()).isEqualTo("SAU");
        assertThat(e.target().country()).isEqualTo("IRQ");
    }

    /** … unless the type is acted on and the genitive is no armed, state or protesting actor (اغتيال الصحفي). */
    @Test
    void genitiveSuffers() {
        Event e = only("أثار اغتيال الصحفي موجة غضب", "ASSAULT");
        assertThat(e.target().kind()).isEqualTo("media");
        assertThat(e.actor()).isNull();
    }

    /** An adjective after a definite verbal noun is no actor (التعاون الاقتصادي). */
    @Test
    void adjectiveIsNoActor() {
        assertThat(only("تطور التعاون الاقتصادي بسرعة", "COOPERATE").actor()).isNull();
    }

    /** A bare quantity stands for the phrase after من. */
    @Test
    void quantityOfPeople() {
        Event e = only("تظاهر الآلاف من الطلاب في الجامعة", "PROTEST");
        assertThat(e.actor().name()).isEqualTo("الطلاب");
        assertThat(e.actor().kind()).isEqualTo("students");
    }

    /** A phrase ends before an accusative with tanween (an object or adverb, not part of the name). */
    @Test
    void accusativeEndsAPhrase() {
        Event e = only("التقى الوفد الروسي مسؤولين أتراكًا كبارًا في أنقرة", "CONSULT");
        assertThat(e.target().name()).isEqualTo("مسؤولين");
    }

    /** A name never starts with the lone lam of لل: للجيش names الجيش's stem, not لجيش. */
    @Test
    void nameAfterLamLam() {
        Event e = only("قدمت الحكومة مساعدات للمتضررين من الفيضانات", "AID");
        assertThat(e.target().name()).isEqualTo("متضررين");
    }

    /** A phrase ends at a verb-looking word after a definite word. */
    @Test
    void verbAfterDefiniteEndsAPhrase() {
        Event e = only("التقى الرئيس بالسفير الفرنسي يرافقه وزير الخارجية", "CONSULT");
        assertThat(e.target().name()).isEqualTo("السفير الفرنسي");
        Event f = only("أكد أن الجيش الباكستاني تمكن من صد هجوم المسلحين", "ASSAULT");
        assertThat(f.actor().kind()).isEqualTo("armed group");
    }

    /** A verb's subject ends before a known place after a definite word: the object begins. */
    @Test
    void placeAfterSubjectIsTheObject() {
        Event e = only("زار وزير الدفاع القاهرة تلبية لدعوة رسمية", "CONSULT");
        assertThat(e.actor().name()).isEqualTo("وزير الدفاع");
        assertThat(e.target().country()).isEqualTo("EGY");
    }

    /** A phrase with no state of its own takes that of a place attached by من. */
    @Test
    void placeAfterGivesTheState() {
        Event e = only("نشرت الحكومة قوات إلى القرى القريبة من مدينة حلب", "MOBILIZE");
        assertThat(e.target().country()).isEqualTo("SYR");
    }

    /** The location is the place phrase after في or ب. */
    @Test
    void location() {
        assertThat(only("انفجرت عبوة ناسفة في مدينة الموصل", "ASSAULT").location()).isEqualTo("مدينة الموصل");
        assertThat(only("تظاهر المئات بالعاصمة الليبية", "PROTEST").location()).isEqualTo("العاصمة الليبية");
        assertThat(only("تظاهر المئات في ظروف صعبة", "PROTEST").location()).isNull();
    }

    /** Relative dates are anchored to the article's publication date; absolute ones are read as written. */
    @Test
    void dates() {
        Article a = Coding.article("قصفت المدفعية البلدة أمس", LocalDate.of(2024, 3, 10));
        Event e = Coding.events(Coding.CODER, a, List.of(), List.of()).get(0);
        assertThat(e.date()).isEqualTo("2024-03-09");
        assertThat(only("قصفت المدفعية البلدة في 5 مايو 2023", "ASSAULT").date()).isEqualTo("2023-05-05");
        assertThat(only("قصفت المدفعية البلدة أمس", "ASSAULT").date()).isNull(); // no anchor: not guessed
    }

    /** With entities, the actor takes the entity's canonical name, id and state; a metonym is a government. */
    @Test
    void entitiesNameTheActor() {
        String text = "هاجمت موسكو بشدة الموقف البريطاني";
        int at = text.indexOf("موسكو");
        Entity moscow = new Entity("e1", EntityType.LOCATION, "موسكو", List.of(), List.of(), "RUS", true,
                List.of(new Mention("موسكو", at, at + 5, EntityType.LOCATION)));
        Event e = Coding.events(Coding.CODER, Coding.article(text, null), List.of(moscow), List.of()).stream()
                .filter(x -> x.type().equals("ASSAULT")).findFirst().orElseThrow();
        assertThat(e.actor().entity()).isEqualTo("e1");
        assertThat(e.actor().country()).isEqualTo("RUS");
        assertThat(e.actor().kind()).isEqualTo("government");
    }

    /** Without entities a seat of power stands for its government. */
    @Test
    void seatWithoutEntities() {
        Event e = only("استقبلت بيونغ يانغ وفدا صينيا رفيعا", "CONSULT");
        assertThat(e.actor().country()).isEqualTo("PRK");
        assertThat(e.actor().kind()).isEqualTo("government");
    }

    /** Two triggers of one type in a sentence, roles not conflicting, give one event with both roles. */
    @Test
    void sameTypeTriggersFold() {
        List<Event> e = Coding.events("شملت الزيارة الأردنية لقاء مع الرئيس اللبناني").stream()
                .filter(x -> x.type().equals("CONSULT")).toList();
        assertThat(e).hasSize(1);
        assertThat(e.get(0).actor().country()).isEqualTo("JOR");
        assertThat(e.get(0).target().country()).isEqualTo("LBN");
    }
}
