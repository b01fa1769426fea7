package org.marsad.index;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicText;
import org.marsad.text.Token;
import org.marsad.text.TokenKind;

/**
 * The Lucene analyzer of Marsad's archive, used at index and at query time: the text layer
 * ({@link ArabicText#analyze}) reads the text, and each word becomes one term, its light stem. So spelling variants
 * meet on one term:
 * <ul>
 *   <li>hamza seats, alef forms, ta marbuta, alef maqsura and diacritics fold (SEARCH profile: الإمارات = الامارات,
 *       مُحَمَّدٌ = محمد, مدرسة = مدرسه);</li>
 *   <li>the clitics و ف ب ل ك س and the article ال are cut off (والإمارات, للمدرسة → their stems);</li>
 *   <li>Latin words are lower-cased; numbers in any digits become ASCII (٢٠٢٥ = 2025);</li>
 *   <li>punctuation and symbols make no terms; offsets stay those of the original text, for highlighting.</li>
 * </ul>
 * Stateless and thread-safe (Lucene reuses one tokenizer per thread).
 */
public final class ArabicSearchAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new StemTokenizer());
    }

    /** Values of a many-valued field (entity names) stay apart: no phrase spans two of them. */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }

    /** The term the analyzer makes of one token of the text layer, or null when the token makes none. */
    public static String term(Token token) {
        if (token.kind() == TokenKind.PUNCTUATION || token.kind() == TokenKind.SYMBOL) return null;
        if (token.kind() == TokenKind.ARABIC_WORD) return token.stem().isEmpty() ? token.normalized() : token.stem();
        return token.normalized().toLowerCase(Locale.ROOT);
    }

    /**
     * The terms of text the text layer has already read, as a token stream (so indexing a body does not read it
     * twice); the same terms and offsets the analyzer makes of that text.
     */
    public static TokenStream tokens(AnalyzedText text) {
        TokenListStream s = new TokenListStream();
        s.tokens = text.tokens();
        s.end = text.text().length();
        s.setReader(new java.io.StringReader("")); // the Tokenizer contract wants a reader; the tokens are already here
        return s;
    }

    /** Hands out one stem per word of a token list. */
    private static class TokenListStream extends Tokenizer {
        private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute posAtt = addAttribute(PositionIncrementAttribute.class);
        List<Token> tokens = List.of();
        int next;
        int end;

        @Override
        public final boolean incrementToken() {
            clearAttributes();
            while (next < tokens.size()) {
                Token t = tokens.get(next++);
                String term = term(t);
                if (term == null || term.isEmpty()) continue;
                termAtt.setEmpty().append(term);
                offsetAtt.setOffset(correctOffset(t.start()), correctOffset(t.end()));
                posAtt.setPositionIncrement(1);
                return true;
            }
            return false;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }

        @Override
        public final void end() throws IOException {
            super.end();
            int finalOffset = correctOffset(end);
            offsetAtt.setOffset(finalOffset, finalOffset);
        }
    }

    /** Reads the whole input, lets the text layer tokenize it, then hands out its stems. */
    private static final class StemTokenizer extends TokenListStream {
        private final StringBuilder text = new StringBuilder();
        private final char[] buffer = new char[4096];

        @Override
        public void reset() throws IOException {
            super.reset();
            text.setLength(0);
            Reader in = input;
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) text.append(buffer, 0, n);
            tokens = ArabicText.analyze(text.toString()).tokens();
            end = text.length();
        }

        @Override
        public void close() throws IOException {
            super.close();
            tokens = List.of();
            text.setLength(0);
        }
    }
}
