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
    private final QuoteLexicon lex;
    private final int[] sentenceEnd;
    private final int[] sentenceStart;
    private final int[] masks;
    private final QuoteLexicon.CueWord[] cues;
    private String[] keys;
    /** The tokens that are cue words, in order. */
    final int[] cueTokens;
    /** The tokens that are quote marks, in order. */
    final int[] quoteMarks;
    private int[] paragraphEnds;

    Tokens(AnalyzedText text, QuoteLexicon lex) {
        this.body = text.text();
        this.list = text.tokens();
        this.lex = lex;
        this.masks = new int[list.size()];
        java.util.Arrays.fill(masks, -1); // looked up on first use: only the words near a cue are ever asked about
        this.cues = new QuoteLexicon.CueWord[list.size()];
        int[] cueAt = new int[list.size()];
        int[] markAt = new int[list.size()];
        int nc = 0;
        int nm = 0;
        for (int i = 0; i < list.size(); i++) { // the one pass over every token: cues and quote marks noted
            Token t = list.get(i);
            if (t.kind() == TokenKind.PUNCTUATION) {
                char c = body.charAt(t.start());
                if (c == '«' || c == '»' || c == '“' || c == '”' || c == '"' || c == '„') markAt[nm++] = i;
                continue;
            }
            if (t.kind() != TokenKind.ARABIC_WORD) continue;
            int n = t.end() - t.start(); // the surface's length: no need to touch the normalized form yet
            if (n < 3 || n > 2 * lex.longestCue()) continue;
            cues[i] = lex.cueOf(t.normalized());
            if (cues[i] != null) cueAt[nc++] = i;
        }
        this.cueTokens = java.util.Arrays.copyOf(cueAt, nc);
        this.quoteMarks = java.util.Arrays.copyOf(markAt, nm);
        this.sentenceEnd = new int[list.size()];
        this.sentenceStart = new int[list.size()];
        for (Sentence s : text.sentences()) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                sentenceEnd[i] = s.endToken();
                sentenceStart[i] = s.firstToken();
            }
        }
    }

    /** Token i's comparison key: folded, without و/ف and ال (والخبير → خبير); computed once. */
    String key(int i) {
        if (keys == null) keys = new String[list.size()];
        if (keys[i] == null) keys[i] = RoleMatch.key(QuoteLexicon.bare(list.get(i)));
        return keys[i];
    }

    /** Whether token i is listed in the lexicon's {@code section}. */
    boolean is(int i, String section) {
        if (i < 0 || i >= masks.length) return false;
        if (masks[i] < 0) masks[i] = list.get(i).kind() == TokenKind.ARABIC_WORD ? lex.mask(list.get(i)) : 0;
        return (masks[i] & lex.bit(section)) != 0;
    }

    /** The cue word token i is, or null. */
    QuoteLexicon.CueWord cue(int i) {
        return i >= 0 && i < cues.length ? cues[i] : null;
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
        if (paragraphEnds == null) { // one backward pass: a paragraph ends where a newline lies between two tokens
            paragraphEnds = new int[list.size()];
            int end = list.size();
            for (int k = list.size() - 1; k >= 0; k--) {
                if (k + 1 < list.size() && newlineBetween(list.get(k).end(), list.get(k + 1).start())) end = k + 1;
                paragraphEnds[k] = end;
            }
        }
        return paragraphEnds[i];
    }

    private boolean newlineBetween(int from, int to) {
        for (int c = from; c < to; c++) if (body.charAt(c) == '\n') return true;
        return false;
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
        int n = t.normalized().length();
        return n >= 2 && n <= 6 && t.kind() == TokenKind.ARABIC_WORD && COMPLEMENTIZERS.contains(t.normalized());
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
