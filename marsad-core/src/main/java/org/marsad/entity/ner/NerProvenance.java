package org.marsad.entity.ner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The provenance text that ships beside the model: data and licence, features, settings, scores. */
public final class NerProvenance {
    private NerProvenance() {}

    /**
     * The provenance of a model.
     *
     * @param p its training settings
     * @param sentences training sentences used
     * @param clusterWords words with an induced class
     * @param articles unlabelled articles the classes were induced from
     * @param modelBytes the model file's size
     * @param folds the cross-validation folds
     * @param cv the cross-validation score on the train split, or null when not measured
     * @param test the score on the test split, or null when not measured
     */
    public static String text(NerHyperParameters p, int sentences, int clusterWords, int articles, int modelBytes,
            int features, int folds, NerScore cv, NerScore test) {
        List<String> l = new ArrayList<>();
        l.add("Marsad NER model (anercorp-ner.model.gz): PERS / LOC / ORG / MISC, ANERcorp BIO labels");
        l.add("trained: " + LocalDate.now() + " by `marsad train ner` (org.marsad.entity.ner.NerTraining)");
        l.add("");
        l.add("Training data: ANERcorp, CAMeL Lab train split (ANERCorp_CamelLab_train.txt, " + sentences
                + " sentences) ONLY; the test split was never used to train or tune.");
        l.add("  ANERcorp: Y. Benajiba, P. Rosso, J. M. Benedi Ruiz (2007), ANERsys: An Arabic Named Entity Recognition");
        l.add("  System Based on Maximum Entropy, CICLing 2007. Split: O. Obeid et al. (2020), CAMeL Tools, LREC 2020,");
        l.add("  https://camel.abudhabi.nyu.edu/anercorp/ . Licence: CC BY-SA 4.0. This model is derived from it and");
        l.add("  is shared under the same licence (CC BY-SA 4.0), with this attribution.");
        l.add("Word classes: induced by ClusterInducer from " + articles + " unlabelled articles of the SaudiNewsNet");
        l.add("  sample (Alhagri 2015, CC BY-NC-SA 4.0, research use) and the train split's tokens; the model keeps");
        l.add("  only word -> class numbers (" + clusterWords + " words), no text.");
        l.add("");
        l.add("Model: averaged structured perceptron (Collins 2002), first-order Viterbi over BIO with the I-after-B rule,");
        l.add("  in two passes: the second reads what the first tagged for the same stems within "
                + DocumentHistory.WINDOW + " sentences either side");
        l.add("  (first-pass labels for training from " + p.stackFolds() + "-fold models).");
        l.add("Features: surface, SEARCH-normalized form, clitic-stripped stem, clitic pattern, light stem; prefixes and");
        l.add("  suffixes 1-4; shape; normalized words and stems +-2, bigrams; induced classes (3 levels of 16) of the");
        l.add("  word, its stem and neighbours; a train-derived lexicon of words and entity phrases with types");
        l.add("  (jackknifed over " + p.lexiconFolds() + " blocks during training); Marsad's written name lists");
        l.add("  (org.marsad.entity: CLDR country names via ICU, capitals, seats of power, heads of state,");
        l.add("  organizations, news agencies): first/middle/last/whole word of the longest known name over");
        l.add("  clitic-stripped SEARCH forms, with its kind, and the kinds beside it; person titles, given names and");
        l.add("  organization head words at, one and two before, and after the word. The model reads these lists at");
        l.add("  run time, so editing them shifts its input.");
        l.add("Hyper-parameters: epochs " + p.epochs() + ", feature min count " + p.minCount() + ", lexicon folds "
                + p.lexiconFolds() + ", stack folds " + p.stackFolds() + ", seed " + p.seed()
                + "; weights pruned below " + ModelFile.MIN_WEIGHT + ", quantized to 16 bits.");
        l.add("Size: " + modelBytes + " bytes, " + features + " weighted features.");
        l.add("");
        l.add("Scores (CoNLL exact-match):");
        l.add("  " + folds + "-fold cross-validation on the train split: "
                + (cv == null ? "not measured in this run" : cv.summary()));
        l.add("  ANERcorp CAMeL test split: " + (test == null ? "not measured in this run" : test.summary()));
        return String.join("\n", l) + "\n";
    }
}
