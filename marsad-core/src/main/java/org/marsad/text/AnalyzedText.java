package org.marsad.text;

import java.util.List;

/**
 * The text layer's view of a text: the original string, untouched, with its sentences and tokens as spans into it.
 *
 * @param text the original text
 * @param sentences sentences in order, each a range of tokens
 * @param tokens every token in order
 */
public record AnalyzedText(String text, List<Sentence> sentences, List<Token> tokens) {
    public AnalyzedText {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
    }

    /** The surface of a token of this text. */
    public String surface(Token t) {
        return text.substring(t.start(), t.end());
    }

    /** The original text of a sentence. */
    public String surface(Sentence s) {
        return text.substring(s.start(), s.end());
    }

    /** The tokens of a sentence. */
    public List<Token> tokens(Sentence s) {
        return tokens.subList(s.firstToken(), s.endToken());
    }
}
