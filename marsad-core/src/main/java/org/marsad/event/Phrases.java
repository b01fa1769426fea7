package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.text.TokenKind;

/**
 * Cheap noun-phrase chunking over a sentence's words, enough to name who acts and whom it concerns:
 * <ul>
 *   <li>a phrase is a run of at most {@link #MAX} words and numbers;</li>
 *   <li>it ends before punctuation, a function word (في، على، أن، التي …), an adverb of time, a trigger word, a
 *       known verb, and before a word carrying و/ف or a preposition (a new conjunct or a prepositional phrase);</li>
 *   <li>a bare quantity (عشرات، آلاف، عدد) followed by من stands for the phrase after من
 *       (عشرات من الطلاب → الطلاب).</li>
 * </ul>
 * Stateless.
 */
final class Phrases {
    static final int MAX = 5;

    /** Prepositions, particles, pronouns and conjunctions that never sit inside a name (SEARCH-normalized). */
    static final Set<String> FUNCTION_WORDS = norms("في", "على", "إلى", "الى", "من", "عن", "مع", "ضد", "بين", "حول",
            "خلال", "منذ", "بعد", "قبل", "عند", "لدى", "نحو", "عبر", "أمام", "داخل", "خارج", "وسط", "قرب", "تجاه", "بحق",
            "أن", "إن", "أنه", "أنها", "أنهم", "إنه", "إنها", "لم", "لن", "لا", "ما", "قد", "لقد", "وقد", "كما", "التي",
            "الذي", "الذين", "اللذين", "اللتين", "اللتان", "حيث", "بينما", "فيما", "و", "أو", "ثم", "كان", "كانت",
            "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "هو", "هي", "هم", "إذ", "إذا", "لو", "لكن", "سوف", "ليس", "ليست",
            "بل", "أي", "إثر", "جراء", "بسبب", "عقب", "لدى", "حتى", "دون", "بدون", "غير", "عبر", "ضمن", "إزاء",
            "بعدما", "عندما", "حين", "كي", "لأن", "ولم", "ولن", "ولا", "وقد", "فقد", "إلا", "يتم", "تم");

    /** Adverbs of time and manner skipped between a verb and its subject (أمس، اليوم، مجددا …). */
    static final Set<String> ADVERBS = norms("أمس", "اليوم", "الليلة", "مساء", "صباح", "فجر", "ظهر", "ليلة", "يوم",
            "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "أيضا", "مجددا", "مؤخرا",
            "حاليا", "رسميا", "فعلا", "بالفعل", "أخيرا", "مرة", "الماضي", "الماضية", "الجاري", "الحالي", "أول",
            "السابق", "الأسبوع", "الشهر", "العام", "صباحا", "مساء", "ليلا", "فجرا", "ظهرا", "مجدداً");

    /** Words for a quantity of people, standing for the phrase after من. */
    static final Set<String> QUANTITIES = norms("عشرات", "مئات", "آلاف", "الآلاف", "المئات", "العشرات", "عدد",
            "مجموعة", "بعض", "كثير", "العديد", "عديد", "ألوف", "جميع", "كل", "أحد", "إحدى", "معظم");

    private Phrases() {}

    /** SEARCH-normalized copies. */
    static Set<String> norms(String... words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : words) out.add(Inflections.norm(w));
        return Set.copyOf(out);
    }

    /** True when {@code w} may sit inside a phrase. */
    static boolean nominal(Word w, Set<Integer> blocked, int index) {
        if (!w.isWordLike() || blocked.contains(index)) return false;
        return !FUNCTION_WORDS.contains(w.norm()) && !FUNCTION_WORDS.contains(w.bare())
                && !ADVERBS.contains(w.norm()) && !ModeRules.isKnownVerb(w);
    }

    /** True for an adverb of time or manner. */
    static boolean adverb(Word w) {
        return ADVERBS.contains(w.norm()) || ADVERBS.contains(w.bare());
    }

    /**
     * The end (exclusive) of the phrase starting at {@code start}, or {@code start} when none starts there. The first
     * word may carry a clitic; the ones after may not, nor may they be accusative with tanween (تحولًا، مباشرًا: an
     * object or adverb, not part of a name), nor look like a verb right after a definite word (الشمالية تعكس).
     */
    static int end(List<Word> words, int start, Set<Integer> blocked) {
        if (start < 0 || start >= words.size() || !nominal(words.get(start), blocked, start)) return start;
        int j = start + 1;
        while (j < words.size() && j - start < MAX) {
            Word w = words.get(j);
            if (!continues(w, words.get(j - 1), blocked, j)) break;
            j++;
        }
        return j;
    }

    /** Whether {@code w} can continue a phrase whose previous word is {@code prev}. */
    static boolean continues(Word w, Word prev, Set<Integer> blocked, int index) {
        if (!nominal(w, blocked, index) || w.conjunction() || w.preposition() != null) return false;
        if (accusative(w)) return false;
        return !(w.looksVerbal() && !w.article() && prev.article());
    }

    /** True for an indefinite accusative written with tanween fatha (ـًا، ـاً). */
    static boolean accusative(Word w) {
        return w.tanweenFatha();
    }

    /** The phrase at {@code start}, a bare quantity followed by من replaced by what follows من; null when none. */
    static int[] at(List<Word> words, int start, Set<Integer> blocked) {
        int e = end(words, start, blocked);
        if (e == start) return null;
        if (e == start + 1 && QUANTITIES.contains(words.get(start).bare()) && e + 1 < words.size()
                && words.get(e).norm().equals("من")) {
            int e2 = end(words, e + 1, blocked);
            if (e2 > e + 1) return new int[] {e + 1, e2};
        }
        return new int[] {start, e};
    }

    /**
     * A verb's subject at {@code start}: the phrase, cut where an indefinite word follows a definite one, since a
     * construct ends at its first definite word and the object follows (قوات الاحتلال | مخيم اللاجئين), or where a
     * place name follows a definite word (وزير الدفاع | القاهرة). A name after a definite title is cut too
     * (الرئيس الروسي | فلاديمير …): the title still names the actor.
     */
    static int[] subjectAt(List<Word> words, int start, Set<Integer> blocked, ActorLexicon lexicon) {
        int[] p = at(words, start, blocked);
        if (p == null) return null;
        for (int j = p[0] + 1; j < p[1]; j++) {
            if (!words.get(j - 1).article()) continue;
            Word w = words.get(j);
            boolean indefinite = !w.article() && w.isWordLike() && w.token().kind() != TokenKind.NUMBER;
            if (indefinite || placeAt(words, j, p[1], lexicon)) return new int[] {p[0], j};
        }
        return p;
    }

    /** Whether a state, place or seat name starts at word {@code j}. */
    private static boolean placeAt(List<Word> words, int j, int end, ActorLexicon lexicon) {
        for (ActorLexicon.Hit h : lexicon.find(words, j, end)) {
            ActorLexicon.Category c = h.name().category();
            return h.first() == j && (c == ActorLexicon.Category.PLACE || c == ActorLexicon.Category.SEAT);
        }
        return false;
    }

    /** The start of the phrase ending at {@code last} (inclusive), walking left; its first word may carry a clitic. */
    static int startBefore(List<Word> words, int last, Set<Integer> blocked) {
        if (last < 0 || !nominal(words.get(last), blocked, last)) return last + 1;
        int a = last;
        while (a > 0 && last - a + 1 < MAX) {
            Word here = words.get(a);
            if (here.conjunction() || here.preposition() != null) break;
            if (!nominal(words.get(a - 1), blocked, a - 1) || !continues(here, words.get(a - 1), blocked, a)) break;
            a--;
        }
        return a;
    }
}
