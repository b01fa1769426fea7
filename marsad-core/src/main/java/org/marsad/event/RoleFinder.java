package org.marsad.event;

import java.util.List;
import java.util.Set;

/**
 * Finds the actor and target of a trigger in its sentence. Rules, in order:
 * <ul>
 *   <li>Passive: من قبل X or على يد/أيدي X after the trigger names the actor; the phrase right after the verb is
 *       the target (اعتقل ثلاثة صحفيين من قبل الشرطة).</li>
 *   <li>Subject-verb: a phrase just before the verb (negation and قد skipped) that starts a clause — the sentence
 *       start, after punctuation, أن/إن, كان, or with و on its first word — is the actor (إن الجيش قصف، وكان
 *       الجيش قصف).</li>
 *   <li>Verb-subject: else the phrase after the verb (adverbs of time skipped) is the actor, ending where an
 *       indefinite word follows a definite one (هاجمت قوات الاحتلال | مخيم اللاجئين: the object begins); for a
 *       multiword trigger it sits between the verb and the next component (فرضت واشنطن عقوبات).</li>
 *   <li>A phrase whose first word carries ال or a preposition is a verbal noun (بتزويد الجماعة بالسلاح).</li>
 *   <li>A verbal noun after a light verb (شن، نفذ، نظم، عقد) takes the light verb's subject as actor; after
 *       تعرض that subject is the target (تعرض المركز لهجوم).</li>
 *   <li>A verbal noun's genitive or demonym adjective is its actor (زيارة شويغو، الهجوم الإسرائيلي), except for
 *       types acted on (اغتيال الوزير, اعتقال الطلاب) when the genitive is no armed, state or protesting actor.</li>
 *   <li>After تلقى the subject is the target and the phrase after من the actor (تلقى الدعم من المرجع).</li>
 *   <li>A verbal noun followed by بين X و Y has X as actor and Y as target (اشتباكات بين الجيش والمسلحين).</li>
 *   <li>A participant noun (المتظاهرون) is its own actor.</li>
 *   <li>Target: a direct object where the type allows one, else the phrase after the type's preposition within
 *       eight words (هجوم على إيران، التقى بالرئيس، أرسل قوات إلى كورسك); a place phrase after في/خلال is
 *       skipped before a direct object (استقبل الوزير في مكتبه السفير), and so is an opening quote mark; a
 *       participle naming the aim introduces the target (غارات مستهدفة مواقع، مظاهرات مناهضة للحكومة).</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class RoleFinder {
    private static final int TARGET_REACH = 8;
    private static final Set<String> CLAUSE_OPENERS = Phrases.norms("و", "ثم", "كما", "فيما", "بينما", "حيث", "إذ",
            "لكن", "بعدما", "عندما", "حين", "كذلك", "كان", "وكان", "كانت", "وكانت", "وكانوا");
    /** Prepositions of place or time that may stand between a verb's subject and its object (استقبل X في مقره Y). */
    private static final Set<String> PLACE = Phrases.norms("في", "خلال");
    /** Verbs whose subject receives the verbal noun after them from someone (تلقى الدعم من X). */
    private static final Set<String> RECEIVE_VERBS = Phrases.norms("تلقى", "تلقت", "يتلقى", "تتلقى", "تلقوا",
            "يتلقون");
    private static final int FROM_REACH = 4;
    private static final int BETWEEN_REACH = 5;
    /** Participles after which the target follows, per type: شنت غارات مستهدفة مواقع، مظاهرات مناهضة للحكومة. */
    private static final java.util.Map<String, Set<String>> AIM_PARTICIPLES = java.util.Map.of(
            "ASSAULT", Phrases.norms("مستهدفا", "مستهدفة", "مستهدفين", "مستهدفه", "مستهدفتين"),
            "PROTEST", Phrases.norms("مناهضة", "مناهض", "مناهضين", "مناهضا", "مناهضه", "المناهضة", "المناهضين"));
    private static final Set<String> QUOTE_MARKS = Set.of("«", "\"", "“");
    private static final Set<String> PARTICLES = Phrases.norms("لم", "لن", "لا", "قد", "لقد", "سوف", "ولم", "وقد",
            "ولن", "فقد");
    private static final Set<String> ALONGSIDE = Phrases.norms("جانب", "حد", "جوار");
    private static final int FALLBACK_REACH = 8;
    private static final Set<String> HAND = Phrases.norms("يد", "أيدي", "ايادي");

    private final ActorLexicon lexicon;

    RoleFinder(ActorLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The word spans of the roles, each {@code {start, end}} or null.
     *
     * @param actor who acts
     * @param target whom it concerns
     */
    record Found(int[] actor, int[] target) {}

    /** The actor and target of {@code hit}; {@code blocked} holds every trigger word of the sentence. */
    Found find(List<Word> words, TriggerHit hit, Set<Integer> blocked) {
        return switch (hit.entry().pos()) {
            case AGENT -> agent(words, hit, blocked);
            case NOUN -> noun(words, hit, blocked);
            case PHRASE -> nounHead(words.get(hit.head())) ? noun(words, hit, blocked) : verb(words, hit, blocked);
            case VERB -> verb(words, hit, blocked);
        };
    }

    private Found verb(List<Word> words, TriggerHit hit, Set<Integer> blocked) {
        int v = hit.head();
        int after = hit.last() + 1;
        int[] agent = passiveAgent(words, after, blocked);
        if (agent != null) {
            int[] patient = words.get(v + 1 < words.size() ? v + 1 : v).preposition() == null
                    ? Phrases.at(words, v + 1, blocked) : null;
            return new Found(agent, patient != null && patient[0] < agent[0] ? patient : null);
        }
        int[] actor = subjectBefore(words, v, blocked);
        int objectStart = after;
        if (actor == null) {
            int s = skipAdverbs(words, v + 1);
            if (s < words.size() && words.get(s).preposition() == null && !words.get(s).conjunction()) {
                actor = Phrases.subjectAt(words, s, blocked, lexicon);
                if (actor != null) objectStart = Math.max(after, actor[1]);
            }
        }
        if (actor == null) actor = subjectAfterThat(words, v, blocked);
        return new Found(actor, target(words, hit.entry(), objectStart, blocked, actor, true));
    }

    private Found noun(List<Word> words, TriggerHit hit, Set<Integer> blocked) {
        int h = hit.head();
        // a phrase's object sits between its head and its next part (تزويد الجماعة بالسلاح)
        int after = hit.parts().size() > 1 && hit.parts().get(1) > h + 1 ? h + 1 : hit.last() + 1;
        Found between = between(words, after, blocked);
        if (between != null) return between;
        int aim = aimAt(words, hit.entry().type(), after, blocked); // adjectives, then the aim and its target
        int[] aimed = aim >= 0 ? Phrases.at(words, aim + 1, blocked) : null;
        for (int l = h - 1; l >= Math.max(0, h - 6); l--) {
            Word w = words.get(l);
            if (w.isPunctuation()) break;
            boolean light = w.verbIn(ModeRules.LIGHT_VERBS);
            boolean suffer = w.verbIn(ModeRules.SUFFER_VERBS);
            boolean receive = w.verbIn(RECEIVE_VERBS);
            if (!light && !suffer && !receive) continue;
            // the light verb's own subject, not a prepositional phrase (قامت بإرسال قوارب للقيام بالإنقاذ)
            int[] subject = l + 1 < h && words.get(l + 1).preposition() == null ? Phrases.at(words, l + 1, blocked)
                    : null;
            if (subject != null && subject[1] > h) subject = new int[] {subject[0], h};
            if (subject == null) subject = subjectBefore(words, l, blocked);
            if (subject == null) break; // تواصل القصف التركي: the verbal noun is the light verb's own subject
            if (suffer) return new Found(passiveAgent(words, after, blocked), subject);
            if (receive) return new Found(fromAgent(words, after, blocked), subject);
            return new Found(subject, aimed != null ? aimed : target(words, hit.entry(), after, blocked, subject, false));
        }
        int[] actor = null;
        int[] target = null;
        int g = after;
        Word noun = words.get(h);
        boolean construct = !noun.article() && !hasPronoun(noun);
        if (aimed != null) return new Found(passiveAgent(words, after, blocked), aimed);
        if (g < words.size() && words.get(g).preposition() == null && !words.get(g).conjunction()) {
            int[] gen = Phrases.at(words, g, blocked);
            if (gen != null) {
                List<ActorLexicon.Hit> hits = lexicon.find(words, gen[0], gen[1]);
                boolean nisba = !hits.isEmpty() && hits.get(0).first() == gen[0]
                        && hits.get(0).name().category() == ActorLexicon.Category.NISBA;
                boolean genitive = construct && !words.get(g).tanweenFatha();
                if (nisba) {
                    actor = new int[] {gen[0], hits.get(0).end()};
                } else if (!genitive && !namesSomeone(hits, gen[0])) {
                    gen = null; // an adjective (الهجوم الجديد، التعاون العسكري، لقاء مباشرا), not who acts
                } else if (Roles.PATIENT_GENITIVE.contains(hit.type()) && !agentive(hits)) {
                    target = gen;
                } else {
                    actor = gen;
                }
                if (gen != null) after = gen[1];
            }
        }
        int[] agent = passiveAgent(words, after, blocked);
        if (agent != null) actor = agent;
        if (target == null) target = target(words, hit.entry(), after, blocked, actor, false);
        return new Found(actor, target);
    }

    private Found agent(List<Word> words, TriggerHit hit, Set<Integer> blocked) {
        int h = hit.head();
        int e = h + 1;
        while (e < words.size() && e - h < Phrases.MAX) {
            Word w = words.get(e);
            if (!Phrases.nominal(w, blocked, e) || w.conjunction() || w.preposition() != null) break;
            e++;
        }
        int[] actor = {h, e};
        return new Found(actor, target(words, hit.entry(), e, blocked, actor, false));
    }

    private int[] target(List<Word> words, TriggerLexicon.Entry entry, int from, Set<Integer> blocked, int[] actor,
            boolean verbal) {
        Set<String> preps = Roles.of(entry);
        boolean explicit = !entry.targetPrepositions().isEmpty();
        int reach = explicit ? 2 * TARGET_REACH : TARGET_REACH;
        int t = skipAdverbs(words, from);
        if (verbal && Roles.directObject(preps) && t < words.size() && PLACE.contains(words.get(t).norm())) {
            int[] place = Phrases.subjectAt(words, t + 1, blocked, lexicon);
            if (place != null) {
                int end = place[1];
                for (int j = place[0]; j < end; j++) if (hasPronoun(words.get(j))) end = j + 1; // في مكتبه | السفير
                t = skipAdverbs(words, end);
            }
        }
        if (t < words.size() && QUOTE_MARKS.contains(words.get(t).norm())) t++;
        boolean object = verbal || explicit; // a line's own to=* lets a verbal noun take its genitive (تزويد الجماعة)
        if (object && Roles.directObject(preps) && t < words.size() && words.get(t).preposition() == null
                && !words.get(t).conjunction()) {
            int[] obj = Phrases.at(words, t, blocked);
            if (obj != null && !overlaps(obj, actor)) return obj;
        }
        Set<String> aims = AIM_PARTICIPLES.getOrDefault(entry.type(), Set.of());
        for (int j = from; j < words.size() && j < from + reach; j++) {
            Word w = words.get(j);
            if (w.readsAsWhole(aims)) {
                int[] p = Phrases.at(words, j + 1, blocked);
                if (p != null && !overlaps(p, actor)) return p;
            }
            if (w.isPunctuation() && !(explicit && w.norm().equals("،") || explicit && w.norm().equals(","))) break;
            if (ModeRules.THAT.contains(w.norm())) break;
            if (!Roles.introducesTarget(preps, w)) continue;
            if (j + 1 < words.size() && ALONGSIDE.contains(words.get(j + 1).norm())) continue; // إلى جانب: alongside
            int[] p = Roles.standalone(preps, w) ? Phrases.at(words, j + 1, blocked) : Phrases.at(words, j, blocked);
            if (p != null && !overlaps(p, actor)) return p;
        }
        return null;
    }

    /** The phrase after من قبل or على يد/أيدي, searched from {@code from} to the sentence end. */
    private static int[] passiveAgent(List<Word> words, int from, Set<Integer> blocked) {
        for (int j = from; j + 2 < words.size(); j++) {
            Word w = words.get(j);
            Word next = words.get(j + 1);
            boolean byHand = w.norm().equals("علي") && HAND.contains(next.bare());
            boolean byPart = w.norm().equals("من") && next.bare().equals("قبل");
            if (byHand || byPart) return Phrases.at(words, j + 2, blocked);
        }
        return null;
    }

    /** X and Y of بين X و Y within five nominal words or adverbs after a verbal noun, else null. */
    private static Found between(List<Word> words, int from, Set<Integer> blocked) {
        for (int j = from; j < words.size() && j < from + BETWEEN_REACH; j++) {
            Word w = words.get(j);
            if (Phrases.adverb(w)) continue;
            if (w.norm().equals("بين")) {
                int[] first = Phrases.at(words, j + 1, blocked);
                if (first == null) return null;
                int[] second = first[1] < words.size() && words.get(first[1]).conjunction()
                        ? Phrases.at(words, first[1], blocked) : null;
                return new Found(first, second);
            }
            if (!Phrases.nominal(w, blocked, j) || w.preposition() != null) return null;
        }
        return null;
    }

    /** The aim participle within three nominal words from {@code from} (غارات جوية مستهدفة), or -1. */
    private static int aimAt(List<Word> words, String type, int from, Set<Integer> blocked) {
        Set<String> aims = AIM_PARTICIPLES.getOrDefault(type, Set.of());
        for (int j = from; j < words.size() && j < from + 3 && !aims.isEmpty(); j++) {
            Word w = words.get(j);
            if (w.readsAsWhole(aims)) return j;
            if (!Phrases.nominal(w, blocked, j) || w.preposition() != null || w.conjunction()) return -1;
        }
        return -1;
    }

    /** A phrase's first word is a verbal noun when it carries ال or an attached preposition (بتزويد، الإقامة). */
    private static boolean nounHead(Word w) {
        return w.article() || w.preposition() != null;
    }

    /** The phrase after the first من within {@link #FROM_REACH} words from {@code from}, else null. */
    private static int[] fromAgent(List<Word> words, int from, Set<Integer> blocked) {
        for (int j = from; j < words.size() && j < from + FROM_REACH; j++) {
            Word w = words.get(j);
            if (w.isPunctuation()) return null;
            if (w.norm().equals("من")) return Phrases.at(words, j + 1, blocked);
        }
        return null;
    }

    /** The subject before the verb at {@code v} when it opens a clause, else null. */
    private static int[] subjectBefore(List<Word> words, int v, Set<Integer> blocked) {
        int b = v - 1;
        while (b >= 0 && PARTICLES.contains(words.get(b).norm())) b--;
        if (b < 0 || Phrases.adverb(words.get(b))) return null;
        int a = Phrases.startBefore(words, b, blocked);
        if (a > b) return null;
        Word first = words.get(a);
        if (first.preposition() != null) return null;
        boolean opens = a == 0 || first.conjunction() || words.get(a - 1).isPunctuation()
                || ModeRules.THAT.contains(words.get(a - 1).norm()) || CLAUSE_OPENERS.contains(words.get(a - 1).norm());
        return opens ? new int[] {a, b + 1} : null;
    }

    /**
     * The phrase after the nearest أن/إن within {@link #FALLBACK_REACH} words before the verb, when it ends before
     * the verb: the subject of a clause such as أن كوريا سبق أن أرسلت.
     */
    private static int[] subjectAfterThat(List<Word> words, int v, Set<Integer> blocked) {
        for (int i = v - 1; i >= Math.max(0, v - FALLBACK_REACH); i--) {
            Word w = words.get(i);
            if (w.isPunctuation()) return null;
            if (!ModeRules.THAT.contains(w.norm())) continue;
            int[] p = Phrases.at(words, i + 1, blocked);
            if (p != null && p[1] <= v) return p;
        }
        return null;
    }

    /** A state, seat or named group at the phrase's first word: an actor even where an adjective would stand. */
    private static boolean namesSomeone(List<ActorLexicon.Hit> hits, int first) {
        if (hits.isEmpty() || hits.get(0).first() != first) return false;
        return hits.get(0).name().category() != ActorLexicon.Category.KIND;
    }

    /** Whether the word carries a suffix pronoun (محادثاته). */
    static boolean hasPronoun(Word w) {
        for (org.marsad.text.Segment s : w.token().segments()) {
            if (s.kind() == org.marsad.text.SegmentKind.PRONOUN) return true;
        }
        return false;
    }

    private static int skipAdverbs(List<Word> words, int i) {
        while (i < words.size() && Phrases.adverb(words.get(i))) i++;
        return i;
    }

    private static boolean agentive(List<ActorLexicon.Hit> hits) {
        for (ActorLexicon.Hit h : hits) {
            String kind = h.name().kind();
            if (kind != null && Roles.AGENTIVE_KINDS.contains(kind)) return true;
            if (h.name().category() == ActorLexicon.Category.SEAT) return true;
        }
        return false;
    }

    private static boolean overlaps(int[] a, int[] b) {
        return a != null && b != null && a[0] < b[1] && b[0] < a[1];
    }

}
