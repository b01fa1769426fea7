package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marsad.eval.SharedData;
import org.marsad.model.Actor;

/** The PETRARCH Arabic gold (a test set: measured, never tuned on) against the floors, and the scorer's rules. */
class PetrarchEvaluationTest {
    @Test
    void floorsOnThePetrarchGold() {
        Path data = SharedData.dataDir(null);
        Assumptions.assumeTrue(PetrarchGold.present(data), "no " + PetrarchGold.FOLDER + " under " + data
                + ": skipping the event floors");
        List<PetrarchGold.Sentence> gold = PetrarchGold.load(data);
        assertThat(gold).hasSize(645);
        EventCoder coder = new EventCoder();
        PetrarchEvaluation r = PetrarchEvaluation.run(gold, PetrarchEvaluation.plain(coder));
        r.report().forEach(line -> System.out.println("petrarch events: " + line));
        assertThat(r.typeRate()).isGreaterThanOrEqualTo(PetrarchEvaluation.TYPE_FLOOR);
        assertThat(r.actorRate()).isGreaterThanOrEqualTo(PetrarchEvaluation.ACTOR_FLOOR);
    }

    /** The gold reader takes sentences one by one from a file whose root is never closed. */
    @Test
    void readsUnclosedFiles() {
        String xml = "<Validation><Sentences>\n<Sentence category=\"PROTEST\" id=\"a1\">\n"
                + "<EventText eid=\"0\" eventtext=\"تظاهر\" sourcetext=\"العمال\" targettext=\"\" />\n"
                + "<EventCoding eid=\"0\" eventcode=\"\" plover=\"PROTEST\" sourcecode=\"None LAB\" "
                + "targetcode=\"EGY GOV\" />\n<Text>\nتظاهر العمال &amp; الطلاب أمام الوزارة.\n</Text>\n</Sentence>\n"
                + "</Sentences>";
        List<PetrarchGold.Sentence> s = PetrarchGold.parse(xml);
        assertThat(s).hasSize(1);
        assertThat(s.get(0).text()).isEqualTo("تظاهر العمال & الطلاب أمام الوزارة.");
        assertThat(s.get(0).type()).isEqualTo("PROTEST");
        assertThat(s.get(0).source()).isEqualTo("None LAB");
        assertThat(s.get(0).sourceText()).isEqualTo("العمال");
        assertThat(s.get(0).hasSource()).isTrue();
    }

    /** The actor rule: every part both sides state agrees, and at least one does. */
    @Test
    void actorMatchRule() {
        ActorCodes isrMil = ActorCodes.parse("ISR MIL");
        assertThat(isrMil.matches(new Actor("الجيش الإسرائيلي", null, "ISR", "military"))).isTrue();
        assertThat(isrMil.matches(new Actor("إسرائيل", null, "ISR", null))).isTrue();
        assertThat(isrMil.matches(new Actor("قوات", null, null, "military"))).isTrue();
        assertThat(isrMil.matches(new Actor("الشرطة الإسرائيلية", null, "ISR", "police"))).isFalse();
        assertThat(isrMil.matches(new Actor("الجيش السوري", null, "SYR", "military"))).isFalse();
        assertThat(isrMil.matches(new Actor("فلان", null, null, null))).isFalse();
        assertThat(isrMil.matches(null)).isFalse();
        assertThat(ActorCodes.parse("None CVL").matches(new Actor("المتظاهرون", null, null, "protesters"))).isTrue();
        assertThat(ActorCodes.parse("IMG REB").matches(new Actor("مسلحون", null, null, "armed group"))).isTrue();
        assertThat(ActorCodes.parse("None None").matches(new Actor("مسلحون", null, null, "armed group"))).isFalse();
        assertThat(isrMil.matchesStrictly(new Actor("إسرائيل", null, "ISR", null))).isFalse();
        assertThat(isrMil.matchesStrictly(new Actor("الجيش الإسرائيلي", null, "ISR", "military"))).isTrue();
    }

    /** Scoring counts a sentence once, by type and by actor. */
    @Test
    void scoring() {
        PetrarchGold.Sentence hit = new PetrarchGold.Sentence("1", "قصف الجيش السوري البلدة", "ASSAULT", "SYR MIL",
                "None None", "");
        PetrarchGold.Sentence miss = new PetrarchGold.Sentence("2", "اجتمع الوزراء", "ASSAULT", "None None",
                "None CVL", "");
        PetrarchEvaluation r = PetrarchEvaluation.run(List.of(hit, miss), Coding::events);
        assertThat(r.sentences()).isEqualTo(2);
        assertThat(r.typeFound()).isEqualTo(1);
        assertThat(r.withSource()).isEqualTo(1);
        assertThat(r.actorRight()).isEqualTo(1);
        assertThat(r.actorStrict()).isEqualTo(1);
        assertThat(r.withTarget()).isEqualTo(1);
        assertThat(r.targetRight()).isZero();
        assertThat(r.typeRate()).isEqualTo(0.5);
    }
}
