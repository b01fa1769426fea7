package org.marsad.entity.ner;

import java.util.List;
import org.marsad.model.EntityType;

/**
 * The tag set: O and B-/I- for each of ANERcorp's four types, with the BIO rule the decoder keeps (an I-X follows
 * B-X or I-X only). Label 0 is O.
 */
final class NerLabels {
    static final List<String> TYPES = List.of("PERS", "LOC", "ORG", "MISC");
    static final NerLabels ANERCORP = new NerLabels();

    private final String[] names;

    private NerLabels() {
        names = new String[1 + 2 * TYPES.size()];
        names[0] = "O";
        for (int t = 0; t < TYPES.size(); t++) {
            names[1 + 2 * t] = "B-" + TYPES.get(t);
            names[2 + 2 * t] = "I-" + TYPES.get(t);
        }
    }

    int size() {
        return names.length;
    }

    String name(int label) {
        return names[label];
    }

    /** The label number of a BIO tag; anything unknown (a misspelt tag) reads as O. */
    int index(String tag) {
        for (int i = 0; i < names.length; i++) if (names[i].equals(tag)) return i;
        return 0;
    }

    /** The type index (into {@link #TYPES}) of a label, -1 for O. */
    int type(int label) {
        return label == 0 ? -1 : (label - 1) / 2;
    }

    boolean begins(int label) {
        return label != 0 && (label - 1) % 2 == 0;
    }

    /** Whether {@code label} may follow {@code previous} (-1: sentence start): I-X only after B-X or I-X. */
    boolean allowed(int previous, int label) {
        if (label == 0 || begins(label)) return true;
        return previous > 0 && type(previous) == type(label);
    }

    /** The lexicon bit of a label: 2t for B, 2t+1 for I, -1 for O. */
    int lexiconBit(int label) {
        return label == 0 ? -1 : label - 1;
    }

    /** The output type of a type index. */
    static EntityType entityType(int type) {
        return EntityType.fromLabel(TYPES.get(type));
    }
}
