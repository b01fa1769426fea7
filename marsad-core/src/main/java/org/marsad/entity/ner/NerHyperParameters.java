package org.marsad.entity.ner;

/**
 * The tagger's training settings.
 *
 * @param epochs passes of the perceptron over the training sentences
 * @param minCount a feature must occur this often in training to get weights
 * @param lexiconFolds blocks of the jackknifed training lexicon
 * @param stackFolds blocks whose first-pass labels (from a model trained on the other blocks) teach the second pass
 * @param seed the seed of sentence shuffling and of word-class induction
 */
public record NerHyperParameters(int epochs, int minCount, int lexiconFolds, int stackFolds, long seed) {
    /**
     * What the shipped model was trained with, chosen by 5-fold CV micro-F1 on the train split. Min count 1 scored
     * 0.7468 against 0.7428, but nearly doubles the weighted features (242k vs 129k) and cut `bench ner` from about
     * 83k to 53k tokens/s, so 2 stays; with 1, epochs 15 gave 0.7453, lexicon folds 10 0.7429, and the Wojood
     * sample as extra training text 0.7344.
     */
    public static final NerHyperParameters DEFAULT = new NerHyperParameters(10, 2, 5, 4, 1L);

    /** The same settings with another seed. */
    public NerHyperParameters withSeed(long s) {
        return new NerHyperParameters(epochs, minCount, lexiconFolds, stackFolds, s);
    }
}
