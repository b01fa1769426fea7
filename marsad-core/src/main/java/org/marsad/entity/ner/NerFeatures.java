package org.marsad.entity.ner;

import org.marsad.text.TokenKind;

/**
 * The tagger's features for one token in its sentence, as 64-bit keys ({@link FeatureHash}): the word's surface,
 * normalized form, stem and clitics; its affixes and shape; the normalized words and stems two either side and the
 * bigrams around it; induced word classes of the word and its neighbours and how its stem is used in unlabelled
 * text; the types the training lexicon knows for it, its neighbours and the phrase it is in; and, in the second
 * pass, the document history. Every feature is later paired with each label by the model.
 */
final class NerFeatures {
    /** Room for every feature of one token. */
    static final int MAX = 128;

    private final WordClusters clusters;
    private final EntityLexicon lexicon;

    NerFeatures(WordClusters clusters, EntityLexicon lexicon) {
        this.clusters = clusters;
        this.lexicon = lexicon;
    }

    /**
     * What the features of a sentence's tokens share, looked up once per token.
     *
     * @param matches the lexicon's phrase matches ({@link EntityLexicon#phraseMatches})
     * @param shapes each token's {@link #shape}
     * @param usages each stem's {@link WordClusters#usage}
     * @param masks each token's lexicon mask (its normalized form's, else its stem's)
     */
    record Prepared(int[] matches, int[] shapes, int[] usages, int[] masks) {}

    /** The per-sentence lookups of {@link #extract}. */
    Prepared prepare(NerWord[] words) {
        int n = words.length;
        int[] shapes = new int[n];
        int[] usages = new int[n];
        int[] masks = new int[n];
        for (int i = 0; i < n; i++) {
            shapes[i] = shape(words[i]);
            usages[i] = clusters.usage(words[i].stem());
            int m = lexicon.mask(words[i].normalized());
            masks[i] = m != 0 ? m : lexicon.mask("~" + words[i].stem());
        }
        return new Prepared(lexicon.phraseMatches(words), shapes, usages, masks);
    }

    /**
     * Writes the keys of token {@code i}'s features into {@code out}; returns how many. {@code p} is what
     * {@link #prepare} gave for the sentence; {@code history} is the {@link DocumentHistory} of the sentence's
     * tokens, or null in the first pass, which has none.
     */
    int extract(NerWord[] words, Prepared p, int[] history, int i, long[] out) {
        int n = 0;
        NerWord w = words[i];
        String norm = w.normalized();
        int shape = p.shapes[i];
        int prevShape = i > 0 ? p.shapes[i - 1] : 0;
        int nextShape = i + 1 < words.length ? p.shapes[i + 1] : 0;
        if (history != null) {
            int h = history[i];
            out[n++] = FeatureHash.of(100, h);
            out[n++] = FeatureHash.of(101, (long) h << 32 | shape);
            for (int t = 0; t < 5; t++) if ((h & (1 << t)) != 0) out[n++] = FeatureHash.of(102, t);
            if (i + 1 < words.length) out[n++] = FeatureHash.of(103, h * 64L + history[i + 1]);
            if (i > 0) out[n++] = FeatureHash.of(104, history[i - 1] * 64L + h);
        }
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
        n = classes(70, norm, out, n, 3);
        if (!w.stem().equals(norm)) n = classes(74, w.stem(), out, n, 3);
        n = classes(78, prev, out, n, 2);
        n = classes(82, next, out, n, 2);
        int usage = p.usages[i];
        out[n++] = FeatureHash.of(86, usage);
        out[n++] = FeatureHash.of(1000 * (usage + 2) + 87, w.prefix());
        out[n++] = FeatureHash.of(88, usage * 64L + (i > 0 ? p.usages[i - 1] : -2));
        n = lexicon(90, lexicon.mask(norm), out, n);
        n = lexicon(92, lexicon.mask("~" + w.stem()), out, n);
        n = lexicon(94, i > 0 ? p.masks[i - 1] : 0, out, n);
        n = lexicon(96, i + 1 < words.length ? p.masks[i + 1] : 0, out, n);
        return n;
    }

    private int classes(int template, String word, long[] out, int n, int levels) {
        int path = clusters.path(word);
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
