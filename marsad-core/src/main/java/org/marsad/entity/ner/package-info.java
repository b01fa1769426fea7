/**
 * Named-entity recognition: a tagger for persons, organizations, locations and other names (ANERcorp's PERS, ORG,
 * LOC, MISC) trained on ANERcorp's CAMeL train split and shipped in the jar with its provenance.
 *
 * <p>{@link org.marsad.entity.ner.NerTagger} is the run-time door: {@code NerTagger.shipped().mentions(analyzed)}
 * gives {@link org.marsad.model.Mention}s with exact offsets, and {@code tagDocument} tags pre-tokenized text.
 * {@link org.marsad.entity.ner.NerTraining} rebuilds the model ({@code marsad train ner}) and scores it
 * ({@code marsad eval ner}). The model is an averaged structured perceptron over hashed features in two passes (the
 * second reads what the first found elsewhere in the document); word classes come from unlabelled news text.
 */
package org.marsad.entity.ner;
