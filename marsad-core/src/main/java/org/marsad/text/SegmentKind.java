package org.marsad.text;

/** The role of one clitic segment inside a token. */
public enum SegmentKind {
    /** The conjunctions و and ف. */
    CONJUNCTION,
    /** The prepositions ب ل ك (also written with tatweel: لـ بـ). */
    PREPOSITION,
    /** The future particle س. */
    FUTURE,
    /** The definite article ال (in لل only its lam is written). */
    ARTICLE,
    /** The word itself. */
    STEM,
    /** An attached pronoun: ه ها هم هما هن كم كما كن نا ي. */
    PRONOUN
}
