package org.marsad.entity.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a first tagging pass said elsewhere in the document about each word: a name tagged once in full
 * (فرناندو ألونسو) is often written alone later (ألونسو) where the sentence alone gives little evidence. For every
 * token, a mask of the types the first pass gave the same stem in the sentences around it (bit t for type t, bit 4
 * when it was also seen outside any entity), the token itself excluded. Only words of three or more letters count.
 */
final class DocumentHistory {
    /** Sentences either side that count as the token's document (ANERcorp has no document breaks). */
    static final int WINDOW = 20;
    private static final int UNTAGGED = 1 << 4;

    private DocumentHistory() {}

    /** The history masks of every token of every sentence, from the first pass's labels. */
    static int[][] of(List<NerWord[]> sentences, List<int[]> firstPass, NerLabels labels) {
        int[][] out = new int[sentences.size()][];
        Map<String, int[]> counts = new HashMap<>(); // stem -> [count per type..., untagged] inside the window
        int lo = 0;
        int hi = 0; // the window is sentences [lo, hi)
        for (int s = 0; s < sentences.size(); s++) {
            while (hi < sentences.size() && hi <= s + WINDOW) add(counts, sentences.get(hi), firstPass.get(hi++), labels, 1);
            while (lo < s - WINDOW) add(counts, sentences.get(lo), firstPass.get(lo++), labels, -1);
            NerWord[] ws = sentences.get(s);
            int[] ls = firstPass.get(s);
            out[s] = new int[ws.length];
            for (int i = 0; i < ws.length; i++) {
                int[] c = key(ws[i]) == null ? null : counts.get(key(ws[i]));
                if (c == null) continue;
                int self = slot(ls[i], labels);
                int mask = 0;
                for (int k = 0; k < c.length; k++) {
                    if (c[k] - (k == self ? 1 : 0) > 0) mask |= k < 4 ? 1 << k : UNTAGGED;
                }
                out[s][i] = mask;
            }
        }
        return out;
    }

    private static void add(Map<String, int[]> counts, NerWord[] ws, int[] ls, NerLabels labels, int delta) {
        for (int i = 0; i < ws.length; i++) {
            String k = key(ws[i]);
            if (k != null) counts.computeIfAbsent(k, x -> new int[5])[slot(ls[i], labels)] += delta;
        }
    }

    private static int slot(int label, NerLabels labels) {
        return label == 0 ? 4 : labels.type(label);
    }

    private static String key(NerWord w) {
        return w.stem().length() >= 3 && Character.isLetter(w.stem().charAt(0)) ? w.stem() : null;
    }
}
