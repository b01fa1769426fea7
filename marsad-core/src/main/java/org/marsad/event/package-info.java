/**
 * Events: who did what to whom, where and when, coded in PLOVER straight from the Arabic.
 * {@link org.marsad.event.EventCoder} is the pipeline's {@link org.marsad.pipeline.EventStage}: per sentence it finds
 * triggers with a lexicon file of Arabic verbs, verbal nouns, participant nouns and multiword phrases
 * ({@code triggers.txt}, extensible with a second file), fills actor and target from word order (VSO, SVO after
 * أن/إن), the passive (من قبل، على يد), light verbs (شن هجوما) and each type's prepositions (على، مع، إلى), names
 * them with the article's entities when there are some and with a built-in lexicon of states, seats of power,
 * demonyms and actor kinds when not ({@code actors.txt} plus the JDK's Arabic country names), reads the mode
 * (negated, hypothetical, reported, asserted), the place after في/ب and the sentence's date (relative dates anchored
 * to the publication), and keeps the sentence as evidence with its offsets. {@link org.marsad.event.PetrarchGold} and
 * {@link org.marsad.event.PetrarchEvaluation} measure it on the UniversalPETRARCH Arabic gold
 * ({@code marsad eval events}).
 */
package org.marsad.event;
