package org.marsad.model;

/** The four entity types of ANERcorp and the output contract. */
public enum EntityType {
    PERSON("PERS"),
    ORGANIZATION("ORG"),
    LOCATION("LOC"),
    MISC("MISC");

    private final String bioLabel;

    EntityType(String bioLabel) {
        this.bioLabel = bioLabel;
    }

    /** The label ANERcorp's BIO tags use after {@code B-}/{@code I-}: PERS, ORG, LOC or MISC. */
    public String bioLabel() {
        return bioLabel;
    }

    /** The type a BIO label names (PERS, ORG, LOC, MISC, or the full names), or null if none. */
    public static EntityType fromLabel(String label) {
        for (EntityType t : values()) {
            if (t.bioLabel.equals(label) || t.name().equals(label)) return t;
        }
        return "PER".equals(label) ? PERSON : null;
    }
}
