package org.marsad.entity.ner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A gazetteer-like list read off labelled training text: for each normalized word (and each stem), the entity
 * types and positions it was seen with, as a bit mask (bit 2t: begins an entity of type t, bit 2t+1: inside one).
 * Words seen mostly outside entities are left out, so function words carry no mask.
 */
final class EntityLexicon {
    /** The empty lexicon. */
    static final EntityLexicon EMPTY = new EntityLexicon(Map.of());

    private final Map<String, Integer> masks;
    /** Every phrase key's shorter word-prefixes ("#a b c" gives "#a" and "#a b"): a longer match needs one. */
    private final Set<String> phrasePrefixes;

    EntityLexicon(Map<String, Integer> masks) {
        this.masks = Map.copyOf(masks);
        Set<String> prefixes = new HashSet<>();
        for (String key : masks.keySet()) {
            if (!key.startsWith("#")) continue;
            for (int at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) prefixes.add(key.substring(0, at));
        }
        this.phrasePrefixes = Set.copyOf(prefixes);
    }

    /** The mask of a normalized word or stem, 0 when unknown. */
    int mask(String word) {
        Integer m = masks.get(word);
        return m == null ? 0 : m;
    }

    /** Longest entity phrase the lexicon keeps, in tokens. */
    static final int MAX_PHRASE = 6;

    /**
     * Per token of a sentence, the longest known entity phrase covering it, left to right: (type mask << 1) | 1 on
     * its first token, (type mask << 1) on the others, -1 where none matches. A phrase is kept under "#" + its first
     * word's stem and the next words' normalized forms; its type mask has bit t when it was seen as type t.
     */
    int[] phraseMatches(NerWord[] words) {
        int[] out = new int[words.length];
        java.util.Arrays.fill(out, -1);
        StringBuilder phrase = new StringBuilder();
        for (int i = 0; i < words.length; ) {
            int best = 0;
            int mask = 0;
            phrase.setLength(0);
            phrase.append('#');
            for (int n = 1; n <= MAX_PHRASE && i + n <= words.length; n++) {
                if (n > 1) phrase.append(' ');
                phrase.append(n == 1 ? words[i].stem() : words[i + n - 1].normalized());
                String key = phrase.toString();
                Integer m = masks.get(key);
                if (m != null && m != 0) {
                    best = n;
                    mask = m;
                }
                if (!phrasePrefixes.contains(key)) break; // no longer phrase starts with these words
            }
            if (best == 0) {
                i++;
                continue;
            }
            for (int k = 0; k < best; k++) out[i + k] = (mask << 1) | (k == 0 ? 1 : 0);
            i += best;
        }
        return out;
    }

    /** The entries in key order (for writing a model). */
    Map<String, Integer> entries() {
        return new TreeMap<>(masks);
    }

    /**
     * The lexicon of {@code sentences} (labelled, already read as words): a word enters with the types it had
     * when at least a third of its occurrences were inside entities.
     */
    static EntityLexicon build(List<NerWord[]> words, List<int[]> labels, NerLabels labelSet) {
        Map<String, int[]> counts = new HashMap<>(); // [mask, inEntity, total]
        for (int s = 0; s < words.size(); s++) {
            NerWord[] ws = words.get(s);
            int[] ls = labels.get(s);
            for (int i = 0; i < ws.length; i++) {
                int bit = labelSet.lexiconBit(ls[i]);
                count(counts, ws[i].normalized(), bit);
                if (!ws[i].stem().equals(ws[i].normalized())) count(counts, "~" + ws[i].stem(), bit);
            }
        }
        Map<String, Integer> masks = new HashMap<>();
        counts.forEach((w, c) -> {
            if (c[0] != 0 && 3 * c[1] >= c[2]) masks.put(w, c[0]);
        });
        phrases(words, labels, labelSet, masks);
        return new EntityLexicon(masks);
    }

    /**
     * Adds the entity phrases ("#" + the first word's stem and the next words' normalized forms) that are entities at
     * least half the times their words occur in a row.
     */
    private static void phrases(List<NerWord[]> words, List<int[]> labels, NerLabels labelSet,
            Map<String, Integer> masks) {
        Map<String, int[]> seen = new HashMap<>(); // [type mask, as entity, occurrences]
        for (int s = 0; s < words.size(); s++) {
            int[] ls = labels.get(s);
            for (int i = 0; i < ls.length; i++) {
                if (!labelSet.begins(ls[i])) continue;
                int j = i + 1;
                while (j < ls.length && ls[j] != 0 && !labelSet.begins(ls[j])) j++;
                if (j - i > MAX_PHRASE) continue;
                int[] c = seen.computeIfAbsent(phrase(words.get(s), i, j), k -> new int[3]);
                c[0] |= 1 << labelSet.type(ls[i]);
                c[1]++;
            }
        }
        for (NerWord[] ws : words) {
            for (int i = 0; i < ws.length; i++) {
                for (int j = i + 1; j <= Math.min(ws.length, i + MAX_PHRASE); j++) {
                    int[] c = seen.get(phrase(ws, i, j));
                    if (c != null) c[2]++;
                }
            }
        }
        seen.forEach((p, c) -> {
            if (2 * c[1] >= c[2]) masks.put("#" + p, c[0]);
        });
    }

    private static String phrase(NerWord[] ws, int from, int to) {
        StringBuilder b = new StringBuilder(ws[from].stem());
        for (int k = from + 1; k < to; k++) b.append(' ').append(ws[k].normalized());
        return b.toString();
    }

    private static void count(Map<String, int[]> counts, String w, int bit) {
        int[] c = counts.computeIfAbsent(w, k -> new int[3]);
        c[2]++;
        if (bit >= 0) {
            c[0] |= 1 << bit;
            c[1]++;
        }
    }
}
