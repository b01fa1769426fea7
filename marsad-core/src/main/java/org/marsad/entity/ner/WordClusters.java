package org.marsad.entity.ner;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Word classes induced from unlabelled text ({@link ClusterInducer}): each normalized word has a path in a tree of
 * {@link #LEVELS} levels of {@link #BRANCHES} branches, written as one number, so a word's class at a coarser level
 * is a prefix of its path (the way Brown clusters are used as features).
 */
public final class WordClusters {
    static final int LEVELS = 3;
    static final int BITS = 4;
    static final int BRANCHES = 1 << BITS;
    static final WordClusters NONE = new WordClusters(Map.of());

    private final Map<String, Integer> paths;

    WordClusters(Map<String, Integer> paths) {
        this.paths = new HashMap<>(paths);
    }

    /** The word's path (levels of {@link #BITS} bits, the coarsest highest), or -1 when the word has none. */
    int path(String normalized) {
        Integer p = paths.get(normalized);
        return p == null ? -1 : p;
    }

    /**
     * How a stem is used in the unlabelled text, or -1 when it was too rare: (article bin << 2) | frequency bin. The
     * article bin says how often it carried ال (names of people and most places rarely do; common nouns often do),
     * the frequency bin how common it is. Kept in the same map under "@" + stem.
     */
    int usage(String stem) {
        Integer u = paths.get("@" + stem);
        return u == null ? -1 : u;
    }

    /** The class at {@code level} (1 = coarsest) of a path, or -1 for none. */
    static int prefix(int path, int level) {
        return path < 0 ? -1 : path >>> (BITS * (LEVELS - level));
    }

    /** How many words have a class. */
    public int size() {
        return paths.size();
    }

    /** The entries in key order (for writing a model). */
    Map<String, Integer> entries() {
        return new TreeMap<>(paths);
    }
}
