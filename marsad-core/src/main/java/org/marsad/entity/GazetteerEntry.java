package org.marsad.entity;

import org.marsad.model.EntityType;

/**
 * One known name: a state, a capital or seat of power, another place, a head of state or government, an
 * organization or a news agency.
 *
 * @param key the stable canonical key (the SEARCH form of the canonical name), used for entity ids
 * @param name the canonical spelling
 * @param type the entity type
 * @param kind what it is
 * @param country the ISO 3166-1 alpha-3 code of the state it is, stands for, or leads; null if none
 */
public record GazetteerEntry(String key, String name, EntityType type, Kind kind, String country) {
    /** What a known name is. */
    public enum Kind {
        COUNTRY, CAPITAL, SEAT, PLACE, LEADER, ORGANIZATION, AGENCY;

        /** Capitals and seats of power stand for their state's government when they act or speak. */
        public boolean canStandForState() {
            return this == CAPITAL || this == SEAT;
        }
    }
}
