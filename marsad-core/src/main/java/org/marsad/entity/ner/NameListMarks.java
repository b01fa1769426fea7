package org.marsad.entity.ner;

import org.marsad.entity.CueWords;
import org.marsad.entity.Gazetteer;
import org.marsad.entity.GazetteerEntry;

/**
 * What Marsad's written name lists ({@link Gazetteer}, {@link CueWords}) say about each token of a sentence: where
 * it sits in the longest known name starting at or before it, and of what kind, and whether its clitic-stripped form
 * is a person title, a common given name or an organization head word. The tagger learns how far to trust them.
 */
final class NameListMarks {
    /** Cue bit: a person title or description (الرئيس): a name often follows. */
    static final int TITLE = 1;
    /** Cue bit: a common given name (محمد). */
    static final int GIVEN_NAME = 2;
    /** Cue bit: the first word of many organization names (وزارة). */
    static final int ORG_HEAD = 4;
    /** Position of a token in a known name: the whole name, its first, a middle or its last word. */
    static final int ALONE = 0, FIRST = 1, MIDDLE = 2, LAST = 3;

    private final Gazetteer gazetteer;

    NameListMarks(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Per token: {@code names} is 0 outside known names, else {@code 4 * (kind + 1) + position}; {@code cues} holds
     * the cue bits.
     */
    record Marks(int[] names, int[] cues) {}

    /** The marks of a sentence's tokens; names are matched longest first, left to right, never overlapping. */
    Marks of(NerWord[] words) {
        int n = words.length;
        String[] bare = new String[n];
        int[] cues = new int[n];
        for (int i = 0; i < n; i++) {
            bare[i] = bare(words[i]);
            if (CueWords.TITLES.contains(bare[i])) cues[i] |= TITLE;
            if (CueWords.GIVEN_NAMES.contains(bare[i])) cues[i] |= GIVEN_NAME;
            if (CueWords.ORG_HEADS.contains(bare[i])) cues[i] |= ORG_HEAD;
        }
        int[] names = new int[n];
        for (int i = 0; i < n; ) {
            int len = 0;
            GazetteerEntry entry = null;
            if (!bare[i].isEmpty() && gazetteer.startsAName(bare[i])) {
                for (int k = Math.min(gazetteer.maxTokens(), n - i); k >= 1 && entry == null; k--) {
                    StringBuilder key = new StringBuilder(bare[i]);
                    for (int j = i + 1; j < i + k; j++) key.append(' ').append(words[j].normalized());
                    entry = gazetteer.lookupSearch(key.toString());
                    len = k;
                }
            }
            if (entry == null) {
                i++;
                continue;
            }
            int base = 4 * (entry.kind().ordinal() + 1);
            for (int j = 0; j < len; j++) {
                int pos = len == 1 ? ALONE : j == 0 ? FIRST : j == len - 1 ? LAST : MIDDLE;
                names[i + j] = base + pos;
            }
            i += len;
        }
        return new Marks(names, cues);
    }

    /**
     * The SEARCH form without leading conjunction and preposition clitics, the article kept (وبالقاهرة → القاهره,
     * للكرملين → الكرملين); the whole normalized form when there are none to strip.
     */
    static String bare(NerWord w) {
        if (w.prefix().isEmpty()) return w.normalized();
        String[] segs = w.prefix().split("\\+");
        int k = 0;
        while (k < segs.length && isStripped(segs[k])) k++;
        if (k == 0) return w.normalized();
        StringBuilder out = new StringBuilder();
        for (int j = k; j < segs.length; j++) out.append(segs[j]);
        return out.append(w.stem()).toString();
    }

    private static boolean isStripped(String seg) {
        return seg.length() == 1 && "وفبلك".indexOf(seg.charAt(0)) >= 0;
    }
}
