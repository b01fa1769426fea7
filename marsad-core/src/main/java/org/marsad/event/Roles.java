package org.marsad.event;

import java.util.Map;
import java.util.Set;

/**
 * Which prepositions introduce the target of each PLOVER type, and whether a direct object can be it. The
 * preposition is a separate word (على، مع، إلى) or an attached ب/ل (بالرئيس، لكوريا).
 */
final class Roles {
    /** Per type: the prepositions of its target; a leading "*" means a direct object is taken first. */
    private static final Map<String, Set<String>> TARGET_PREPOSITIONS = Map.ofEntries(
            Map.entry("ASSAULT", Phrases.norms("*", "على", "ضد")),
            Map.entry("PROTEST", Phrases.norms("ضد", "على", "أمام")),
            Map.entry("CONSULT", Phrases.norms("*", "مع", "ب", "إلى", "ل")),
            Map.entry("AGREE", Phrases.norms("مع")),
            Map.entry("SANCTION", Phrases.norms("على", "ضد")),
            Map.entry("ACCUSE", Phrases.norms("*")),
            Map.entry("REJECT", Phrases.norms("*")),
            Map.entry("THREATEN", Phrases.norms("*")),
            Map.entry("REQUEST", Phrases.norms("*", "من")),
            Map.entry("SUPPORT", Phrases.norms("*", "ل")),
            Map.entry("AID", Phrases.norms("إلى", "ل")),
            Map.entry("RETREAT", Phrases.norms("من")),
            Map.entry("COERCE", Phrases.norms("*", "على")),
            Map.entry("MOBILIZE", Phrases.norms("إلى", "ل")),
            Map.entry("COOPERATE", Phrases.norms("مع")),
            Map.entry("CONCEDE", Phrases.norms("*", "عن")));

    /** Types whose verbal noun's genitive is usually the one acted on (اغتيال الرئيس، اعتقال الطلاب). */
    static final Set<String> PATIENT_GENITIVE = Set.of("ASSAULT", "COERCE", "CONCEDE", "SUPPORT", "AID");

    /** Kinds that act rather than suffer when they follow a verbal noun (هجوم المسلحين، قصف الجيش). */
    static final Set<String> AGENTIVE_KINDS = Set.of("military", "armed group", "police", "government",
            "intelligence", "criminals", "protesters");

    private Roles() {}

    /** The target prepositions of a trigger: its lexicon line's own, else its type's ("*": a direct object). */
    static Set<String> of(TriggerLexicon.Entry e) {
        return e.targetPrepositions().isEmpty() ? TARGET_PREPOSITIONS.getOrDefault(e.type(), Set.of())
                : e.targetPrepositions();
    }

    /** Whether a direct object can be the target. */
    static boolean directObject(Set<String> preps) {
        return preps.contains("*");
    }

    /** Whether {@code w} introduces the target: a preposition word, or an attached ب/ل. */
    static boolean introducesTarget(Set<String> preps, Word w) {
        if (preps.contains(w.norm())) return true;
        return w.preposition() != null && preps.contains(w.preposition());
    }

    /** True when {@code w} is a target preposition standing alone (the phrase starts after it). */
    static boolean standalone(Set<String> preps, Word w) {
        return preps.contains(w.norm());
    }
}
