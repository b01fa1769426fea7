package org.marsad.entity;

import java.util.HashSet;
import java.util.Set;

/** The shipped cue word lists, SEARCH-normalized, loaded once (immutable; also read by the NER tagger's features). */
public final class CueWords {
    /** Person titles and descriptions (الرئيس, المحلل). */
    public static final Set<String> TITLES = WordList.searchKeys("titles.txt");
    /** Speech and action verbs with their derived feminine and ت- forms (قال, قالت, يسعى, تسعى). */
    static final Set<String> VERBS = verbForms(WordList.searchKeys("verbs.txt"));
    /** Verbal nouns whose genitive is their agent (سعي الكرملين). */
    static final Set<String> AGENT_NOUNS = WordList.searchKeys("agent-nouns.txt");
    /** First words of organization names (وزارة, هيئة). */
    public static final Set<String> ORG_HEADS = WordList.searchKeys("org-heads.txt");
    /** Words a name never runs over (في, الذي, اليوم). */
    static final Set<String> FUNCTION_WORDS = WordList.searchKeys("function-words.txt");
    /** Common given names (محمد, سيرغي). */
    public static final Set<String> GIVEN_NAMES = WordList.searchKeys("given-names.txt");
    /** Words joining the parts of an Arabic full name (بن, آل, أبو). */
    static final Set<String> NAME_LINKS = Set.of("بن", "بنت", "ابن", "ابو", "ال", "عبد", "ولد", "ام", "ابي");

    private CueWords() {}

    /** Adds the feminine past (أعلنت, سعت, دعت) and the ت-present (تسعى from يسعى) of each listed verb. */
    static Set<String> verbForms(Set<String> verbs) {
        Set<String> out = new HashSet<>(verbs);
        for (String v : verbs) {
            if (v.startsWith("ي") && v.length() > 2) {
                out.add("ت" + v.substring(1));
            } else if (v.endsWith("ي") || v.endsWith("ا")) {
                out.add(v.substring(0, v.length() - 1) + "ت");
            } else if (!v.endsWith("ت")) {
                out.add(v + "ت");
            }
        }
        return Set.copyOf(out);
    }
}
