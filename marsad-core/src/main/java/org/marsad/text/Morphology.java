package org.marsad.text;

/**
 * Cheap morphological hints read from a token's clitics and affixes (guesses, not analyses).
 *
 * @param definite the word carries the article ال
 * @param gender the gender its suffix or verb prefix suggests
 * @param number the number its suffix suggests
 * @param verb what kind of verb form it looks like, if any
 */
public record Morphology(boolean definite, Gender gender, GrammaticalNumber number, VerbHint verb) {
    /** No hint at all: for tokens that are not Arabic words. */
    public static final Morphology NONE = new Morphology(false, Gender.UNKNOWN, GrammaticalNumber.UNKNOWN,
            VerbHint.NONE);

    /** Grammatical gender. */
    public enum Gender { MASCULINE, FEMININE, UNKNOWN }

    /** Grammatical number. */
    public enum GrammaticalNumber { SINGULAR, DUAL, PLURAL, UNKNOWN }

    /** Verb-versus-noun hint. */
    public enum VerbHint {
        /** Nothing suggests a verb. */
        NONE,
        /** A past-tense verb with the feminine ت, as in قالت. */
        PAST_FEMININE,
        /** An imperfect verb: prefix ي ت ن أ on a long enough stem, or the future س. */
        IMPERFECT
    }
}
