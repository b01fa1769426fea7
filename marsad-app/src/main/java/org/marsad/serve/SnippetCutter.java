package org.marsad.serve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.marsad.index.ArabicSearchAnalyzer;
import org.marsad.model.Article;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicText;
import org.marsad.text.Sentence;
import org.marsad.text.Token;

/**
 * Search snippets cut from each article's analyzed words, kept per article id: the text layer reads a body once,
 * not on every search that shows it (re-analyzing ten bodies per search page was most of a search's cost). A
 * snippet is the first sentence holding a query word, its matching words marked; the index's own terms decide
 * what matches, so the marks agree with what was found.
 */
final class SnippetCutter {
    /** Snippets are cut to about this many chars. */
    static final int SNIPPET_CHARS = 220;
    /** Articles whose words are kept; past this the memory is dropped and filled again. */
    private static final int MAX_ARTICLES = 20_000;

    /** One article's words: spans and index terms, and its sentences' bounds. */
    private record Words(String body, int[] starts, int[] ends, String[] terms, int[] sentenceStarts, int[] sentenceEnds) {}

    private final Map<String, Words> words = new ConcurrentHashMap<>();

    /** The terms the index makes of a query's words (operators and quotes make none or match nothing). */
    static Set<String> queryTerms(String query) {
        Set<String> out = new HashSet<>();
        if (query == null || query.isBlank()) return out;
        for (Token t : ArabicText.analyze(query).tokens()) {
            String term = ArabicSearchAnalyzer.term(t);
            if (term != null && !term.isEmpty()) out.add(term);
        }
        return out;
    }

    Snippet cut(Article a, Set<String> query) {
        Words w = words.get(a.id());
        if (w == null) {
            if (words.size() >= MAX_ARTICLES) words.clear();
            w = read(a.body());
            words.put(a.id(), w);
        }
        int first = -1;
        for (int i = 0; i < w.terms().length && !query.isEmpty(); i++) {
            if (query.contains(w.terms()[i])) {
                first = i;
                break;
            }
        }
        int start = 0;
        int end = Math.min(w.body().length(), SNIPPET_CHARS);
        if (first >= 0) {
            int s = sentenceOf(w, w.starts()[first]);
            start = w.sentenceStarts()[s];
            end = Math.min(w.sentenceEnds()[s], start + SNIPPET_CHARS);
            if (w.ends()[first] > end) { // a long sentence: start a little before the match instead
                start = Math.max(start, w.starts()[first] - SNIPPET_CHARS / 3);
                end = Math.min(w.body().length(), start + SNIPPET_CHARS);
            }
        }
        int newline = w.body().indexOf('\n', start);
        if (newline >= 0 && newline < end) end = newline;
        List<int[]> marks = new ArrayList<>();
        for (int i = Math.max(0, first); first >= 0 && i < w.terms().length && w.starts()[i] < end; i++) {
            if (w.starts()[i] >= start && w.ends()[i] <= end && query.contains(w.terms()[i])) {
                marks.add(new int[] {w.starts()[i] - start, w.ends()[i] - start});
            }
        }
        String text = w.body().substring(start, end);
        if (end < w.body().length() && w.body().charAt(end) != '\n') text += "…";
        return new Snippet(text, marks);
    }

    private static int sentenceOf(Words w, int offset) {
        for (int s = 0; s < w.sentenceStarts().length; s++) {
            if (offset < w.sentenceEnds()[s]) return s;
        }
        return Math.max(0, w.sentenceStarts().length - 1);
    }

    private static Words read(String body) {
        AnalyzedText t = ArabicText.analyze(body);
        List<Token> tokens = t.tokens();
        int n = 0;
        int[] starts = new int[tokens.size()];
        int[] ends = new int[tokens.size()];
        String[] terms = new String[tokens.size()];
        for (Token tok : tokens) {
            String term = ArabicSearchAnalyzer.term(tok);
            if (term == null) continue;
            starts[n] = tok.start();
            ends[n] = tok.end();
            terms[n++] = term;
        }
        List<Sentence> sentences = t.sentences();
        int[] ss = new int[Math.max(1, sentences.size())];
        int[] se = new int[ss.length];
        se[0] = body.length();
        for (int i = 0; i < sentences.size(); i++) {
            ss[i] = sentences.get(i).start();
            se[i] = sentences.get(i).end();
        }
        return new Words(body, java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n),
                java.util.Arrays.copyOf(terms, n), ss, se);
    }
}
