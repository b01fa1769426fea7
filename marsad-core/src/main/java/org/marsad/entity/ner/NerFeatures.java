package org.marsad.entity.ner;

import org.marsad.text.TokenKind;

/**
 * The tagger's features for one token in its sentence, as 64-bit keys ({@link FeatureHash}): the word's surface,
 * normalized form, stem and clitics; its affixes and shape; the normalized words and stems two either side and the
 * bigrams around it; induced word classes of the word and its neighbours and how its stem is used in unlabelled
 * text; the types the training lexicon knows for it, its neighbours and the phrase it is in; what Marsad's written
 * name lists say of it and its neighbours ({@link NameListMarks}); and, in the second pass, the document history. Every feature is later paired with each label by the model.
 */
final class NerFeatures {
    /** Room for every feature of one token. */
    static final int MAX = 128;

    /**
     * The cue words the tagger reads, chosen by 5-fold CV micro-F1 on the train split (without the name lists
     * 0.7390; with known names only 0.7420, titles only 0.7412, given names only 0.7392, organization heads only
     * 0.7376, known names and titles 0.7405, known names and all three cue lists 0.7428): all of them.
     */
    private static final int CUES = NameListMarks.TITLE | NameListMarks.GIVEN_NAME | NameListMarks.ORG_HEAD;
    private static final NameListMarks NAME_LISTS = new NameListMarks(org.marsad.entity.Gazetteer.shipped());

    private final WordClusters clusters;
    private final EntityLexicon lexicon;
    /** The word-class path of the sentence edge's placeholder form (a neighbour outside the sentence). */
    private final int outsidePath;

    NerFeatures(WordClusters clusters, EntityLexicon lexicon) {
        this.clusters = clusters;
        this.lexicon = lexicon;
        this.outsidePath = clusters.path(form(null));
    }

    /**
     * What the features of a sentence's tokens share, looked up once per token.
     *
     * @param matches the lexicon's phrase matches ({@link EntityLexicon#phraseMatches})
     * @param shapes each token's {@link #shape}
     * @param usages each stem's {@link WordClusters#usage}
     * @param masks each token's lexicon mask (its normalized form's, else its stem's)
     * @param lists what the written name lists say of each token ({@link NameListMarks})
     * @param paths each token's word-class path ({@link WordClusters#path}) of its normalized form
     * @param formMasks each token's lexicon mask of its normalized form
     * @param stemMasks each token's lexicon mask of its stem
     */
    record Prepared(int[] matches, int[] shapes, int[] usages, int[] masks, NameListMarks.Marks lists, int[] paths,
            int[] formMasks, int[] stemMasks) {}

    /**
     * A sentence as both passes read it: its {@link Prepared} lookups and each token's pass-independent feature
     * keys ({@link #local}).
     */
    record Sentence(Prepared prepared, long[][] local) {
        int size() {
            return local.length;
        }
    }

    /** Reads a sentence's pass-independent features. */
    Sentence read(NerWord[] words) {
        Prepared p = prepare(words);
        long[][] local = new long[words.length][];
        long[] buffer = new long[MAX];
        for (int i = 0; i < words.length; i++) local[i] = java.util.Arrays.copyOf(buffer, local(words, p, i, buffer, 0));
        return new Sentence(p, local);
    }

    /** The per-sentence lookups of {@link #extract}. */
    Prepared prepare(NerWord[] words) {
        int n = words.length;
        int[] shapes = new int[n];
        int[] usages = new int[n];
        int[] masks = new int[n];
        int[] paths = new int[n];
        int[] formMasks = new int[n];
        int[] stemMasks = new int[n];
        for (int i = 0; i < n; i++) {
            shapes[i] = shape(words[i]);
            usages[i] = clusters.usage(words[i].stem());
            paths[i] = clusters.path(words[i].normalized());
            formMasks[i] = lexicon.mask(words[i].normalized());
            stemMasks[i] = lexicon.mask("~" + words[i].stem());
            masks[i] = formMasks[i] != 0 ? formMasks[i] : stemMasks[i];
        }
        return new Prepared(lexicon.phraseMatches(words), shapes, usages, masks, NAME_LISTS.of(words), paths,
                formMasks, stemMasks);
    }

    /**
     * Writes the keys of token {@code i}'s features into {@code out}; returns how many. {@code p} is what
     * {@link #prepare} gave for the sentence; {@code history} is the {@link DocumentHistory} of the sentence's
     * tokens, or null in the first pass, which has none.
     */
    int extract(NerWord[] words, Prepared p, int[] history, int i, long[] out) {
        int n = history == null ? 0 : history(p, history, i, out, 0);
        return local(words, p, i, out, n);
    }

    /**
     * Writes the keys of the second pass's document-history features of token {@code i} into {@code out} from
     * {@code n}; returns the new count. They come before the token's {@link #local} features in {@link #extract}.
     */
    static int history(Prepared p, int[] history, int i, long[] out, int n) {
        int h = history[i];
        int shape = p.shapes[i];
        out[n++] = FeatureHash.of(100, h);
        out[n++] = FeatureHash.of(101, (long) h << 32 | shape);
        for (int t = 0; t < 5; t++) if ((h & (1 << t)) != 0) out[n++] = FeatureHash.of(102, t);
        if (i + 1 < history.length) out[n++] = FeatureHash.of(103, h * 64L + history[i + 1]);
        if (i > 0) out[n++] = FeatureHash.of(104, history[i - 1] * 64L + h);
        return n;
    }

    /**
     * Writes the keys of token {@code i}'s features that do not depend on the pass (all but the history) into
     * {@code out} from {@code n}; returns the new count. Both passes read the same ones, so they are built once.
     */
    int local(NerWord[] words, Prepared p, int i, long[] out, int n) {
        NerWord w = words[i];
        String norm = w.normalized();
        int shape = p.shapes[i];
        int prevShape = i > 0 ? p.shapes[i - 1] : 0;
        int nextShape = i + 1 < words.length ? p.shapes[i + 1] : 0;
        int match = p.matches[i];
        out[n++] = FeatureHash.of(98, match);
        if (match >= 0) out[n++] = FeatureHash.of(1000 * (match + 1) + 99, norm);
        out[n++] = FeatureHash.of(0, 1);
        out[n++] = FeatureHash.of(1, w.surface());
        out[n++] = FeatureHash.of(2, norm);
        out[n++] = FeatureHash.of(3, w.stem());
        out[n++] = FeatureHash.of(4, w.lightStem());
        out[n++] = FeatureHash.of(5, w.prefix());
        for (int k = 1; k <= 4; k++) {
            if (norm.length() > k) {
                out[n++] = FeatureHash.affix(10 + k, norm, k, true);
                out[n++] = FeatureHash.affix(20 + k, norm, k, false);
            }
            if (k <= 3 && w.stem().length() > k && w.stem().length() != norm.length()) {
                out[n++] = FeatureHash.affix(30 + k, w.stem(), k, true);
                out[n++] = FeatureHash.affix(35 + k, w.stem(), k, false);
            }
        }
        out[n++] = FeatureHash.of(40, shape);
        out[n++] = FeatureHash.of(41, ((long) prevShape * 1_000_003L + shape) * 1_000_003L + nextShape);
        for (int d = -2; d <= 2; d++) {
            if (d == 0) continue;
            NerWord c = at(words, i + d);
            out[n++] = FeatureHash.of(50 + d, form(c));
            if (Math.abs(d) == 1) out[n++] = FeatureHash.of(55 + d, c == null ? "<s>" : c.stem());
        }
        String prev = form(at(words, i - 1));
        String next = form(at(words, i + 1));
        out[n++] = FeatureHash.of(60, prev, norm);
        out[n++] = FeatureHash.of(61, norm, next);
        out[n++] = FeatureHash.of(62, prev, next);
        out[n++] = FeatureHash.of(63, form(at(words, i - 2)), prev);
        n = classes(70, p.paths[i], out, n, 3);
        if (!w.stem().equals(norm)) n = classes(74, clusters.path(w.stem()), out, n, 3);
        n = classes(78, i > 0 ? p.paths[i - 1] : outsidePath, out, n, 2);
        n = classes(82, i + 1 < words.length ? p.paths[i + 1] : outsidePath, out, n, 2);
        int usage = p.usages[i];
        out[n++] = FeatureHash.of(86, usage);
        out[n++] = FeatureHash.of(1000 * (usage + 2) + 87, w.prefix());
        out[n++] = FeatureHash.of(88, usage * 64L + (i > 0 ? p.usages[i - 1] : -2));
        n = lexicon(90, p.formMasks[i], out, n);
        n = lexicon(92, p.stemMasks[i], out, n);
        n = lexicon(94, i > 0 ? p.masks[i - 1] : 0, out, n);
        n = lexicon(96, i + 1 < words.length ? p.masks[i + 1] : 0, out, n);
        return nameLists(p.lists, i, shape, out, n);
    }

    /**
     * The written name lists' marks of the token and its neighbours: its place and kind in a known name, the kind
     * of the names beside it, and the cue words at and before it (a title two words back still points at a name).
     */
    private static int nameLists(NameListMarks.Marks m, int i, int shape, long[] out, int n) {
        int len = m.names().length;
        int[] names = m.names();
        int[] cues = m.cues();
        int name = names[i];
        if (name != 0) {
            out[n++] = FeatureHash.of(110, name);
            out[n++] = FeatureHash.of(111, name / 4);
        }
        int prev = i > 0 ? names[i - 1] / 4 : 0;
        int next = i + 1 < len ? names[i + 1] / 4 : 0;
        if (prev != 0 || next != 0) out[n++] = FeatureHash.of(112, (long) prev * 64 + next);
        int mask = CUES;
        int here = cues[i] & mask;
        int before = i > 0 ? cues[i - 1] & mask : 0;
        int before2 = i > 1 ? cues[i - 2] & mask : 0;
        int after = i + 1 < len ? cues[i + 1] & mask : 0;
        if (here != 0) out[n++] = FeatureHash.of(113, here);
        if (before != 0) {
            out[n++] = FeatureHash.of(114, before);
            out[n++] = FeatureHash.of(115, (long) before << 32 | shape);
        }
        if (before2 != 0) out[n++] = FeatureHash.of(116, before2);
        if (after != 0) out[n++] = FeatureHash.of(117, after);
        if (here != 0 || before != 0) out[n++] = FeatureHash.of(118, before * 8L + here);
        return n;
    }

    private static int classes(int template, int path, long[] out, int n, int levels) {
        if (path < 0) {
            out[n++] = FeatureHash.of(template, -1);
            return n;
        }
        for (int l = 1; l <= levels; l++) out[n++] = FeatureHash.of(template + l, WordClusters.prefix(path, l));
        return n;
    }

    private static int lexicon(int template, int mask, long[] out, int n) {
        out[n++] = FeatureHash.of(template, mask);
        for (int b = 0; b < 8; b++) {
            if ((mask & (1 << b)) != 0) out[n++] = FeatureHash.of(template + 1, b);
        }
        return n;
    }

    private static NerWord at(NerWord[] words, int i) {
        return i < 0 || i >= words.length ? null : words[i];
    }

    private static String form(NerWord w) {
        return w == null ? "<s>" : w.normalized();
    }

    /**
     * A coarse shape as a number: the token kind (Arabic, capitalised or lower Latin, number, other), for Arabic a
     * stem length bucket and whether the article or other clitics are attached, for one punctuation mark the mark.
     */
    static int shape(NerWord w) {
        int len = w.stem().length();
        int bucket = len <= 2 ? 0 : len <= 4 ? 1 : len <= 7 ? 2 : 3;
        int clitic = w.prefix().isEmpty() ? 0 : w.prefix().endsWith("ال") ? 1 : 2;
        return switch (w.kind()) {
            case ARABIC_WORD -> 100 + bucket * 10 + clitic;
            case LATIN_WORD -> Character.isUpperCase(w.surface().charAt(0)) ? 200 : 300;
            case NUMBER, DATE -> 400;
            case PUNCTUATION -> w.surface().length() == 1 ? 100_000 + w.surface().charAt(0) : 500;
            default -> w.kind() == TokenKind.OTHER_WORD ? 600 : 700;
        };
    }
}
