package org.marsad.quote;

/** How a cue word introduces a statement. */
enum CueKind {
    /** A verb of saying before its subject and content: قال، وأضافت، يؤكد. */
    VERB,
    /** A circumstantial participle adding a statement of the clause's speaker: مشيراً، مؤكدةً. */
    PARTICIPLE,
    /** An attribution after the statement, naming its source: بحسب، وفقاً لـ، نقلاً عن. */
    ATTRIBUTION
}
