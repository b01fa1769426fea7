package org.marsad.quote;

import java.util.List;
import java.util.Set;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Sentence;
import org.marsad.text.SegmentKind;
import org.marsad.text.Token;
import org.marsad.text.TokenKind;

/**
 * One body's tokens with the questions the quote readers ask of them: sentence and paragraph ends, punctuation,
 * quote marks and the complementizers إن / أن / بأن. Built once per article; not shared between threads.
 */
final class Tokens {
    /** إن، أن، بأن and their forms with an attached pronoun (إنه، أنها، بأنهم), folded. */
    private static final Set<String> COMPLEMENTIZERS = Set.of("ان", "بان", "انه", "انها", "انهم", "انهما", "اننا",
            "انني", "انهن", "بانه", "بانها", "بانهم", "باننا", "بانهما");

    final String body;
    final List<Token> list;
    private final int[] sentenceEnd;
    private final int[] sentenceStart;

    Tokens(AnalyzedText text) {
        this.body = text.text();
        this.list = text.tokens();
        this.sentenceEnd = new int[list.size()];
        this.sentenceStart = new int[list.size()];
        for (Sentence s : text.sentences()) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                sentenceEnd[i] = s.endToken();
                sentenceStart[i] = s.firstToken();
            }
        }
    }

    int size() {
        return list.size();
    }

    Token get(int i) {
        return list.get(i);
    }

    String norm(int i) {
        return i >= 0 && i < list.size() ? list.get(i).normalized() : "";
    }

    /** One past the last token of token i's sentence. */
    int sentenceEnd(int i) {
        return sentenceEnd[i];
    }

    /** The first token of token i's sentence. */
    int sentenceStart(int i) {
        return sentenceStart[i];
    }

    /** One past the last token of token i's paragraph (a body line). */
    int paragraphEnd(int i) {
        int nl = body.indexOf('\n', list.get(i).end());
        int limit = nl < 0 ? body.length() : nl;
        int k = i;
        while (k < list.size() && list.get(k).start() < limit) k++;
        return k;
    }

    boolean comma(int i) {
        String n = norm(i);
        return n.equals("،") || n.equals(",");
    }

    boolean punctuation(int i) {
        return i >= 0 && i < list.size() && list.get(i).kind() == TokenKind.PUNCTUATION;
    }

    /** A quote mark of any shape (« » “ ” " fold to "). */
    boolean quoteMark(int i) {
        return norm(i).equals("\"");
    }

    /** Whether the quote mark at i opens a quotation: « and “ always, a straight " when not glued to a word before. */
    boolean opens(int i) {
        if (!quoteMark(i)) return false;
        char c = body.charAt(list.get(i).start());
        if (c == '«' || c == '“') return true;
        if (c == '»' || c == '”') return false;
        int s = list.get(i).start();
        char before = s == 0 ? ' ' : body.charAt(s - 1);
        return before == 'ـ' || !Character.isLetterOrDigit(before); // لـ"إرم نيوز": tatweel ends the clitic
    }

    /** The quote mark closing the one opening at i, searched to the paragraph's end; -1 if none. */
    int closing(int i) {
        char open = body.charAt(list.get(i).start());
        char want = open == '«' ? '»' : open == '“' ? '”' : 0;
        int end = paragraphEnd(i);
        for (int k = i + 1; k < end; k++) {
            if (!quoteMark(k)) continue;
            char c = body.charAt(list.get(k).start());
            if (want == 0 || c == want || (c == '"' && open != '"')) return k;
        }
        return -1;
    }

    /** إن، أن، بأن (with or without an attached pronoun) opening reported content. */
    boolean complementizer(int i) {
        if (i < 0 || i >= list.size()) return false;
        Token t = list.get(i);
        return t.kind() == TokenKind.ARABIC_WORD && COMPLEMENTIZERS.contains(t.normalized());
    }

    /** A complementizer carrying its subject as a pronoun (إنه، أنها): the content starts at it, not after it. */
    boolean complementizerWithPronoun(int i) {
        String n = norm(i);
        return complementizer(i) && n.length() > 2 && !n.equals("بان");
    }

    /** A token with a leading و or ف. */
    boolean conjoined(int i) {
        Token t = list.get(i);
        return t.segments().size() > 1 && t.segments().get(0).kind() == SegmentKind.CONJUNCTION;
    }

    /** A token with a leading ب ل ك. */
    boolean prefixed(int i) {
        for (var s : list.get(i).segments()) {
            if (s.kind() == SegmentKind.PREPOSITION) return true;
            if (s.kind() == SegmentKind.STEM) return false;
        }
        return false;
    }

    /** A token carrying the article ال. */
    boolean definite(int i) {
        return list.get(i).morphology().definite();
    }

    /** The first char of token i after its leading clitics (وأيوب → أيوب). */
    int stemStart(int i) {
        for (var s : list.get(i).segments()) {
            if (s.kind() == SegmentKind.STEM || s.kind() == SegmentKind.ARTICLE) return s.start();
        }
        return list.get(i).start();
    }

    /** The body text of tokens [from, to), from the first token's stem on. */
    String text(int from, int to) {
        return body.substring(stemStart(from), list.get(to - 1).end());
    }
}
