package org.marsad.event;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.model.Event.Mode;
import org.marsad.model.Quote;
import org.marsad.text.Morphology;

/**
 * Whether an event is told as a fact. Rules, the first that holds wins:
 * <ul>
 *   <li>NEGATED: a negation (لم، لن، لا، ليس، عدم، دون) within two words before the trigger, or a verb of denial
 *       (نفى، ينفي، نفت) earlier in the sentence.</li>
 *   <li>HYPOTHETICAL: the trigger carries the future س; سوف, or قد before an imperfect verb, within two words
 *       before it; a word of possibility, intention or plan (احتمال، إمكانية، ربما، إذا، لو، يعتزم، من المقرر) up to
 *       six words before it; a threat (هدد، توعد) earlier in the sentence for any other type; a call (دعا، طالب)
 *       up to three words before a verbal noun, or a noun of demanding (المطالبة بإعدامه); a word of hope or
 *       advocacy (آمال، التطلع، أهمية، ضرورة) up to six words before it; a soft type's verbal noun with the purpose ل
 *       (لمساندة، للإغاثة); a verb of legal provision earlier in the sentence (يضع النظام عقوبات، تنص المادة).</li>
 *   <li>REPORTED: a verb of saying (قال، أكد، أعلن، أشار …) earlier in the sentence with أن/إن or a colon between it
 *       and the trigger; an attribution (بحسب، وفقا ل، نقلا عن) anywhere in the sentence; the trigger inside a quote
 *       the quote stage found.</li>
 *   <li>ASSERTED otherwise.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class ModeRules {
    static final Set<String> NEGATIONS = Phrases.norms("لم", "لن", "لا", "ليس", "ليست", "عدم", "دون", "بدون", "ولم",
            "ولن", "ولا", "فلم", "فلن", "لما");
    static final Set<String> DENIALS = verbs("نفى/ينفي", "نفت", "نفوا", "كذب/يكذب");
    static final Set<String> FUTURE = Phrases.norms("سوف", "وسوف", "فسوف");
    static final Set<String> MODAL = Phrases.norms("قد", "وقد");
    static final Set<String> POSSIBILITY = Phrases.norms("احتمال", "احتمالات", "احتمالية", "إمكانية", "إمكان", "محتمل",
            "المحتمل", "ربما", "إذا", "لو", "يحتمل", "يعتزم", "تعتزم", "ينوي", "تنوي", "يخطط", "تخطط", "المتوقع",
            "متوقع", "المقرر", "مقرر", "المنتظر", "يمكن", "يمكنه", "يمكنها", "مستعد", "مستعدة", "خطة", "خطط", "حال",
            "يتوقع", "تتوقع", "قادرة", "قادر");
    /** Hope and advocacy: what is hoped for or urged has not happened (آمال باستئناف المحادثات، أهمية التنسيق). */
    static final Set<String> HOPES = Phrases.norms("أمل", "آمال", "أمله", "أملها", "يأمل", "تأمل", "نأمل", "التطلع",
            "يتطلع", "تتطلع", "تطلع", "أهمية", "بأهمية", "ضرورة", "بضرورة");
    /** Verbs of legal provision: what a law sets out for whoever does something is no happening (ينص النظام على). */
    static final Set<String> PROVISIONS = verbs("نص/ينص", "تنص", "يضع", "تضع", "يقضي", "تقضي", "يعاقب", "تعاقب");
    /** Nouns of demanding: a verbal noun they govern is demanded, not done (للمطالبة بإعدامه). */
    static final Set<String> CALL_NOUNS = Phrases.norms("مطالبة", "دعوة");
    /** Soft types whose verbal noun after the purpose ل is an aim, not a fact (لمساندة القطاع، للإغاثة). */
    static final Set<String> PURPOSE_TYPES = Set.of("SUPPORT", "AID", "COOPERATE", "CONSULT", "AGREE");
    static final Set<String> THREATS = verbs("هدد/يهدد", "توعد/يتوعد");
    static final Set<String> CALLS = verbs("دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون", "طالب/يطالب", "ناشد/يناشد");
    static final Set<String> SAYING = verbs("قال/يقول", "قالت", "قالوا", "تقول", "يقولون", "أكد/يؤكد", "أعلن/يعلن",
            "أوضح/يوضح", "أشار/يشير", "أضاف/يضيف", "ذكر/يذكر", "أفاد/يفيد", "صرح/يصرح", "نقل/ينقل", "زعم/يزعم",
            "ادعى/يدعي", "كشف/يكشف", "اعتبر/يعتبر", "رأى/يرى", "رأت", "تابع/يتابع", "لفت/يلفت", "شدد/يشدد",
            "رجح/يرجح", "أورد/يورد", "أفادت", "أعرب/يعرب", "لاحظ/يلاحظ", "قالت");
    static final Set<String> ATTRIBUTIONS = Phrases.norms("بحسب", "حسب", "وفقا", "وفق", "نقلا", "وبحسب", "وحسب",
            "ووفقا");
    static final Set<String> THAT = Phrases.norms("أن", "إن", "أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم", "بأن",
            "بأنه", "بأنها", "وأن", "وإن");
    /** Verbs that carry a verbal-noun trigger: شن هجوما، نظم مظاهرة، عقد اجتماعا. */
    static final Set<String> LIGHT_VERBS = verbs("شن/يشن", "نفذ/ينفذ", "قام/يقوم", "أجرى/يجري", "أجرت", "نظم/ينظم",
            "عقد/يعقد", "بدأ/يبدأ", "واصل/يواصل", "شارك/يشارك", "خاض/يخوض", "تبنى/يتبنى", "تبنت", "أعلن/يعلن",
            "وجه/يوجه", "أطلق/يطلق", "نصب/ينصب");
    /** Words of discussing: a soft verbal noun right after one is the topic of talks (يبحث تنسيق الإغاثة). */
    static final Set<String> TOPIC_VERBS = verbs("بحث/يبحث", "ناقش/يناقش", "استعرض/يستعرض", "تناول/يتناول",
            "تطرق/يتطرق", "اطلع/يطلع", "درس/يدرس");
    static final Set<String> TOPIC_NOUNS = Phrases.norms("بحث", "مناقشة", "استعراض", "دراسة");
    /** Soft types that are talked about more than done. */
    static final Set<String> TOPIC_TYPES = Set.of("SUPPORT", "AID", "COOPERATE");
    /** Verbs whose subject suffers the verbal noun after them: تعرض المركز لهجوم. */
    static final Set<String> SUFFER_VERBS = verbs("تعرض/يتعرض");
    private static final Set<String> BEING = verbs("كان/يكون", "كانت", "كانوا", "أصبح/يصبح", "بات", "باتت", "ظل");
    /** Frequent news verbs, exact forms, that end a name phrase (كوريا الشمالية سبق أن …). */
    private static final Set<String> COMMON_VERBS = Phrases.norms("سبق", "سبقت", "يعد", "تعد", "يعتبر", "تعتبر",
            "جاء", "جاءت", "يأتي", "تأتي", "أسفر", "أسفرت", "أدى", "أدت", "يؤدي", "تؤدي", "شهد", "شهدت", "يشهد",
            "تشهد", "أصيب", "أصيبت", "وصل", "وصلت", "بلغ", "بلغت", "يبلغ", "تبلغ", "تمكن", "تمكنت", "استمر", "استمرت",
            "يستمر", "تستمر", "يسعى", "تسعى", "سعى", "سعت", "يمثل", "تمثل", "يعكس", "تعكس", "يحمل", "تحمل", "تشمل",
            "يشمل", "يتولى", "تولى", "يمنح", "تمنح", "يمتد", "يقتصر", "يدفع", "تدفع", "ساهم", "يساهم", "تساهم", "عاد",
            "عادت", "يعود", "تعود", "أصبح", "أصبحت", "يحتل", "تحتل", "لقي", "لقيت", "سقط", "سقطت", "خرج", "خرجت",
            "توجه", "توجهت", "دخل", "دخلت", "يواجه", "تواجه", "واجه", "واجهت", "ترتبط", "ترتبطان", "يرتبط");
    private static final Set<String> KNOWN_VERBS = union(DENIALS, THREATS, CALLS, SAYING, LIGHT_VERBS, SUFFER_VERBS,
            BEING, COMMON_VERBS);

    private ModeRules() {}

    /** True when {@code w} is a verb the coder knows (saying, denying, light and being verbs). */
    static boolean isKnownVerb(Word w) {
        return KNOWN_VERBS.contains(w.norm()) || KNOWN_VERBS.contains(w.bare()) && !w.article();
    }

    /** The mode of {@code hit} in a sentence of {@code words}; {@code quotes} may be empty. */
    static Mode mode(List<Word> words, TriggerHit hit, List<Quote> quotes) {
        int h = hit.head();
        for (int i = Math.max(0, h - 2); i < h; i++) {
            boolean laSiyyama = i + 1 < words.size() && words.get(i + 1).norm().equals("سيما"); // لا سيما: especially
            if (words.get(i).readsAsWhole(NEGATIONS) && !laSiyyama) return Mode.NEGATED;
        }
        for (int i = 0; i < h; i++) if (words.get(i).verbIn(DENIALS)) return Mode.NEGATED;
        if (hit.future()) return Mode.HYPOTHETICAL;
        for (int i = Math.max(0, h - 2); i < h; i++) {
            Word w = words.get(i);
            if (w.readsAsWhole(FUTURE)) return Mode.HYPOTHETICAL;
            if (w.readsAsWhole(MODAL) && i + 1 < words.size() && imperfect(words.get(i + 1), hit, i + 1)) {
                return Mode.HYPOTHETICAL;
            }
        }
        for (int i = Math.max(0, h - 6); i < h; i++) {
            Word w = words.get(i);
            if (w.readsAsWhole(POSSIBILITY) || w.readsAsWhole(HOPES) || w.keys().contains("احتمال")) {
                return Mode.HYPOTHETICAL;
            }
        }
        if (purpose(words, hit)) return Mode.HYPOTHETICAL;
        for (int i = 0; i < h; i++) if (words.get(i).verbIn(PROVISIONS)) return Mode.HYPOTHETICAL;
        if (!hit.type().equals("THREATEN")) {
            for (int i = 0; i < h; i++) if (words.get(i).verbIn(THREATS)) return Mode.HYPOTHETICAL;
        }
        if (hit.entry().pos() == TriggerLexicon.Pos.NOUN) {
            for (int i = Math.max(0, h - 3); i < h; i++) {
                if (words.get(i).verbIn(CALLS) || words.get(i).readsAs(CALL_NOUNS)) return Mode.HYPOTHETICAL;
            }
        }
        if (reported(words, h)) return Mode.REPORTED;
        int at = words.get(h).token().start();
        for (Quote q : quotes) if (at >= q.start() && at < q.end()) return Mode.REPORTED;
        return Mode.ASSERTED;
    }

    /** Whether a soft type's verbal noun follows a word of discussing within three words, no punctuation between. */
    static boolean topic(List<Word> words, TriggerHit hit) {
        if (hit.entry().pos() != TriggerLexicon.Pos.NOUN || !TOPIC_TYPES.contains(hit.type())) return false;
        for (int i = hit.head() - 1; i >= Math.max(0, hit.head() - 3); i--) {
            Word w = words.get(i);
            if (w.isPunctuation()) return false;
            if (w.verbIn(TOPIC_VERBS) || w.readsAs(TOPIC_NOUNS)) return true;
        }
        return false;
    }

    /** A soft type's verbal noun with the purpose ل, unless a verb of suffering governs it (تعرض لهجوم). */
    private static boolean purpose(List<Word> words, TriggerHit hit) {
        Word w = words.get(hit.head());
        if (hit.entry().pos() != TriggerLexicon.Pos.NOUN || !"ل".equals(w.preposition())) return false;
        if (!PURPOSE_TYPES.contains(hit.type())) return false;
        for (int i = Math.max(0, hit.head() - 4); i < hit.head(); i++) {
            if (words.get(i).verbIn(SUFFER_VERBS)) return false;
        }
        return true;
    }

    private static boolean reported(List<Word> words, int h) {
        for (Word w : words) if (w.readsAsWhole(ATTRIBUTIONS)) return true;
        boolean saying = false;
        for (int i = 0; i < h; i++) {
            Word w = words.get(i);
            if (w.verbIn(SAYING)) saying = true;
            else if (saying && (w.readsAsWhole(THAT) || w.norm().equals(":") || w.norm().equals("\""))) return true;
        }
        return false;
    }

    private static boolean imperfect(Word w, TriggerHit hit, int index) {
        if (index == hit.head()) return hit.imperfect();
        return w.token().morphology().verb() == Morphology.VerbHint.IMPERFECT;
    }


    private static Set<String> verbs(String... specs) {
        Set<String> out = new HashSet<>();
        for (String s : specs) out.addAll(Inflections.verb(s));
        return Set.copyOf(out);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> out = new HashSet<>();
        for (Set<String> s : sets) out.addAll(s);
        return Set.copyOf(out);
    }
}
