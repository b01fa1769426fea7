package org.marsad.text;

/**
 * A sentence: its span in the original text and the range of its tokens in {@link AnalyzedText#tokens()}.
 *
 * @param start first char of the sentence's first token
 * @param end one past the last char of its last token
 * @param firstToken index of its first token
 * @param endToken one past the index of its last token
 */
public record Sentence(int start, int end, int firstToken, int endToken) {
    /** How many tokens the sentence holds. */
    public int tokenCount() {
        return endToken - firstToken;
    }
}
