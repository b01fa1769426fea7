/**
 * Entities: mentions from a {@link org.marsad.entity.MentionSource} (a trained tagger, or the cue heuristics of
 * {@link org.marsad.entity.CueMentions}) plus the gazetteer's known names, grouped by
 * {@link org.marsad.entity.EntityFinder} into canonical {@link org.marsad.model.Entity} records: the fullest name with
 * titles kept as roles, spelling variants and surnames merged (never a surname across two persons), capitals and
 * seats of power flagged when they act for their state, and ISO 3166 alpha-3 codes on states and what stands for them.
 * The gazetteer reads states' Arabic names from CLDR (ICU) and the lists written for Marsad beside these classes.
 * {@link org.marsad.entity.EntityEvaluator} scores it all on hand-made gold over real news (offsets only).
 */
package org.marsad.entity;
