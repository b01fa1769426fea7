package org.marsad.model;

/**
 * A participant of an event (its actor or target).
 *
 * @param name the name as written, or the entity's canonical name when linked
 * @param entity the id of its {@link Entity}, or null
 * @param country the ISO 3166-1 alpha-3 code of its state (RUS), or null
 * @param kind government, military, armed group, police, civilians, protesters … (lower case), or null
 */
public record Actor(String name, String entity, String country, String kind) {}
