package org.marsad.entity.ner;

import java.util.List;

/**
 * One sentence of a CoNLL-style file: its tokens and, when the file has them, their BIO labels.
 *
 * @param tokens the tokens (first column)
 * @param labels the labels (last column), or an empty list when the file has one column
 */
public record ConllSentence(List<String> tokens, List<String> labels) {
    public ConllSentence {
        tokens = List.copyOf(tokens);
        labels = List.copyOf(labels);
        if (!labels.isEmpty() && labels.size() != tokens.size()) {
            throw new IllegalArgumentException(tokens.size() + " tokens but " + labels.size() + " labels");
        }
    }

    /** True when every token has a label. */
    public boolean labelled() {
        return !tokens.isEmpty() && labels.size() == tokens.size();
    }
}
