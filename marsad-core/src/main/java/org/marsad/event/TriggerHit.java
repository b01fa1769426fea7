package org.marsad.event;

import java.util.List;

/**
 * A trigger found in a sentence.
 *
 * @param entry the lexicon line it matched
 * @param head the index of its first (head) word in the sentence's word list
 * @param parts the indices of every word it spans, the head first (more than one for a phrase)
 * @param future its head carries the future prefix س
 * @param imperfect its head was read as an imperfect verb form (prefix ي ت ن ا)
 */
record TriggerHit(TriggerLexicon.Entry entry, int head, List<Integer> parts, boolean future, boolean imperfect) {
    TriggerHit {
        parts = List.copyOf(parts);
    }

    /** The PLOVER type. */
    String type() {
        return entry.type();
    }

    /** The last word it spans. */
    int last() {
        return parts.get(parts.size() - 1);
    }
}
