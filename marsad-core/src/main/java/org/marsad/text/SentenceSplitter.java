package org.marsad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits tokenized news Arabic into sentences:
 * <ul>
 *   <li>a sentence ends after . ! ? ؟ … or a run of dots, with the closing quotes and brackets right after it
 *       (» ” " ' ) ]) kept in it;</li>
 *   <li>؛ ends a clause and so a sentence, except between numbers (lists such as ٣؛ ٤);</li>
 *   <li>a line break ends a sentence, so headlines and captions without final punctuation stand alone;</li>
 *   <li>nothing inside a «…» or “…” quotation closed in the same paragraph ends a sentence: the quote stays whole
 *       with its attribution;</li>
 *   <li>abbreviations (د. م. أ.د. ص.ب.), decimals (3.5, ٣٫٥), dates and times are single tokens, never ends.</li>
 * </ul>
 * Sentences are spans into the original text. Stateless.
 */
final class SentenceSplitter {
    /** How far ahead a quotation's closing mark is looked for. */
    private static final int QUOTE_REACH = 400;

    private SentenceSplitter() {}

    static List<Sentence> split(char[] text, TokenBuffer t) {
        List<Sentence> out = new ArrayList<>(Math.max(4, t.size / 20));
        int first = 0;
        int protectedUntil = -1;
        for (int i = 0; i < t.size; i++) {
            char c = text[t.starts[i]];
            boolean punct = t.kinds[i] == TokenKind.PUNCTUATION;
            if (punct && i > protectedUntil && (c == '«' || c == '“')) protectedUntil = closingQuote(text, t, i);
            int last = i;
            boolean end = false;
            if (punct && i > protectedUntil && isTerminator(text, t, i, c)) {
                end = true;
                while (last + 1 < t.size && t.kinds[last + 1] == TokenKind.PUNCTUATION
                        && t.starts[last + 1] == t.ends[last] && isCloser(text[t.starts[last + 1]])) {
                    last++;
                }
            }
            if (last + 1 >= t.size || end || lineBreak(text, t.ends[last], t.starts[last + 1])) {
                out.add(new Sentence(t.starts[first], t.ends[last], first, last + 1));
                first = last + 1;
                i = last;
            }
        }
        return out;
    }

    private static boolean isTerminator(char[] text, TokenBuffer t, int i, char c) {
        if (c == '.' || c == '!' || c == '?' || c == '؟' || c == '…') return true;
        if (c == '؛') {
            boolean numberBefore = i > 0 && t.kinds[i - 1] == TokenKind.NUMBER;
            boolean numberAfter = i + 1 < t.size && t.kinds[i + 1] == TokenKind.NUMBER;
            return !(numberBefore && numberAfter);
        }
        return false;
    }

    /** Closing marks kept with the sentence they end, and further terminators (؟! ...). */
    private static boolean isCloser(char c) {
        return c == '»' || c == '”' || c == '"' || c == '\'' || c == '’' || c == ')' || c == ']' || c == '.'
                || c == '!' || c == '?' || c == '؟' || c == '…';
    }

    /** The index of the mark closing the quotation opened at i, in the same paragraph, or -1. */
    private static int closingQuote(char[] text, TokenBuffer t, int i) {
        char open = text[t.starts[i]];
        char close = open == '«' ? '»' : '”';
        int depth = 0;
        int limit = Math.min(t.size, i + QUOTE_REACH);
        for (int j = i + 1; j < limit; j++) {
            if (lineBreak(text, t.ends[j - 1], t.starts[j])) return -1;
            if (t.kinds[j] != TokenKind.PUNCTUATION) continue;
            char c = text[t.starts[j]];
            if (c == open) depth++;
            else if (c == close && depth-- == 0) return j;
        }
        return -1;
    }

    /** True when text[from, to) holds a line or paragraph break. */
    private static boolean lineBreak(char[] text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text[k];
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') return true;
        }
        return false;
    }
}
