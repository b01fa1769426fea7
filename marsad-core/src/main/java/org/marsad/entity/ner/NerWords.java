package org.marsad.entity.ner;

import java.util.ArrayList;
import java.util.List;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicText;
import org.marsad.text.NormalizationProfile;
import org.marsad.text.Segment;
import org.marsad.text.SegmentKind;
import org.marsad.text.Token;
import org.marsad.text.TokenKind;

/**
 * Turns text-layer tokens into {@link NerWord}s. Pre-tokenized input (ANERcorp, {@code tag --conll}) is joined with
 * spaces and analyzed like running text, so training and run time read words the same way; a given token that our
 * tokenizer splits differently (about 1% of ANERcorp) is read as one unsegmented word.
 */
public final class NerWords {
    private NerWords() {}

    /** The words of one of our tokens in {@code text}. */
    public static NerWord of(String text, Token t) {
        StringBuilder prefix = new StringBuilder();
        String stem = t.normalized();
        int clitics = 0;
        boolean leading = true;
        for (Segment s : t.segments()) {
            if (s.kind() == SegmentKind.STEM) {
                stem = s.normalized();
                break;
            }
            if (prefix.length() > 0) prefix.append('+');
            prefix.append(s.normalized());
            // و ف ب ل ك are not part of a name; the article and future س stop the run
            boolean strip = s.kind() == SegmentKind.CONJUNCTION || s.kind() == SegmentKind.PREPOSITION;
            if (leading && strip) clitics = s.end() - t.start();
            else leading = false;
        }
        if (stem.isEmpty()) stem = t.normalized();
        return new NerWord(text.substring(t.start(), t.end()), t.normalized(), stem, prefix.toString(), t.stem(),
                t.kind(), clitics);
    }

    /** The words of given tokens (one sentence), read in context. */
    public static NerWord[] of(List<String> tokens) {
        StringBuilder joined = new StringBuilder();
        int[] starts = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) joined.append(' ');
            starts[i] = joined.length();
            joined.append(tokens.get(i));
        }
        String text = joined.toString();
        AnalyzedText analyzed = ArabicText.analyze(text);
        List<Token> ours = analyzed.tokens();
        NerWord[] out = new NerWord[tokens.size()];
        int k = 0;
        for (int i = 0; i < out.length; i++) {
            int start = starts[i];
            int end = start + tokens.get(i).length();
            while (k < ours.size() && ours.get(k).end() <= start) k++;
            Token t = k < ours.size() ? ours.get(k) : null;
            out[i] = t != null && t.start() == start && t.end() == end ? of(text, t) : unsegmented(tokens.get(i));
        }
        return out;
    }

    /** The words of the tokens of each sentence of an analyzed text. */
    static List<NerWord[]> of(AnalyzedText text) {
        List<NerWord[]> out = new ArrayList<>(text.sentences().size());
        text.sentences().forEach(s -> {
            List<Token> tokens = text.tokens(s);
            NerWord[] words = new NerWord[tokens.size()];
            for (int i = 0; i < words.length; i++) words[i] = of(text.text(), tokens.get(i));
            out.add(words);
        });
        return out;
    }

    /** A token read whole: normalized, with no clitics. */
    static NerWord unsegmented(String token) {
        String n = ArabicText.normalize(token, NormalizationProfile.SEARCH);
        return new NerWord(token, n, n, "", n, kindOf(token), 0);
    }

    private static TokenKind kindOf(String token) {
        boolean letter = false;
        boolean arabic = false;
        boolean digit = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (c >= '\u0600' && c <= '\u06FF') arabic = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            }
        }
        if (arabic) return TokenKind.ARABIC_WORD;
        if (letter) return TokenKind.LATIN_WORD;
        return digit ? TokenKind.NUMBER : TokenKind.PUNCTUATION;
    }
}
