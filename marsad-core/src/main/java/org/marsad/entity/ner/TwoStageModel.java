package org.marsad.entity.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The tagger's two passes over a document: the first tags each sentence on its own; the second tags it again with
 * what the first said about the same words in the sentences around it ({@link DocumentHistory}).
 *
 * @param first the sentence-only model
 * @param second the model that also reads the first pass's document history
 */
record TwoStageModel(NerModel first, NerModel second) {
    /** The labels of every sentence of a document. */
    List<int[]> tag(List<NerWord[]> document) {
        // Both passes read each sentence's pass-independent features: built once when the models share their lists.
        List<NerFeatures.Sentence> read = new ArrayList<>(document.size());
        for (NerWord[] s : document) read.add(first.features.read(s));
        List<int[]> pass = new ArrayList<>(document.size());
        for (NerFeatures.Sentence s : read) pass.add(first.tag(s, null));
        int[][] history = DocumentHistory.of(document, pass, first.labels);
        List<int[]> out = new ArrayList<>(document.size());
        boolean shared = first.clusters == second.clusters && first.lexicon == second.lexicon;
        for (int s = 0; s < document.size(); s++) {
            NerFeatures.Sentence sentence = shared ? read.get(s) : second.features.read(document.get(s));
            out.add(second.tag(sentence, history[s]));
        }
        return out;
    }

    NerLabels labels() {
        return first.labels;
    }
}
