package org.marsad.entity;

import java.util.List;
import org.marsad.model.Mention;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Token;

/**
 * Titles beside a name, kept as roles and never as the name: before it (الرئيس الروسي فلاديمير بوتين → الرئيس الروسي)
 * or after it, directly or after a comma (سمير أيوب، المحلل السياسي → المحلل السياسي). A role is a run of title
 * words and definite words that starts with a title word. Thread-safe.
 */
final class Roles {
    /** A role is at most this many words (مستشار الأمن القومي الروسي is four). */
    static final int MAX_WORDS = 5;

    private Roles() {}

    /** The role written right before or after {@code m}, or null. */
    static String roleOf(AnalyzedText text, Mention m) {
        String before = before(text, m);
        return before != null ? before : after(text, m);
    }

    /** The role right before the mention (الزعيم الكوري كيم جونغ أون → الزعيم الكوري), or null. */
    static String before(AnalyzedText text, Mention m) {
        List<Token> tokens = text.tokens();
        int i = indexAt(tokens, m.start()) - 1;
        int first = -1;
        int last = i;
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        for (int n = 0; i >= 0 && n < MAX_WORDS; i--, n++) {
            Token t = tokens.get(i);
            if (!t.isWord() || next != null && !TokenForms.adjacent(text, t, next)) break;
            String b = TokenForms.bare(t);
            if (CueWords.TITLES.contains(b)) first = i;
            else if (!TokenForms.definite(b) || CueWords.FUNCTION_WORDS.contains(b)) break;
            next = t;
            if (TokenForms.bareStart(t) != t.start()) break; // a proclitic opens the run (وقال الرئيس)
        }
        return first < 0 ? null : span(text, tokens.get(first), tokens.get(last));
    }

    /** The role right after the mention, with or without a comma between (عصام الملا رئيس البلدية), or null. */
    static String after(AnalyzedText text, Mention m) {
        List<Token> tokens = text.tokens();
        int i = indexAt(tokens, m.end() - 1) + 1;
        if (i < tokens.size() && isComma(text, tokens.get(i))) i++;
        if (i >= tokens.size() || !tokens.get(i).isWord()) return null;
        Token first = tokens.get(i);
        if (!CueWords.TITLES.contains(TokenForms.bare(first)) || TokenForms.bareStart(first) != first.start()) {
            return null;
        }
        Token last = first;
        for (int j = i + 1; j < tokens.size() && j - i < MAX_WORDS; j++) {
            Token t = tokens.get(j);
            String b = t.normalized();
            if (!t.isWord() || !TokenForms.adjacent(text, last, t) || CueWords.FUNCTION_WORDS.contains(b)) break;
            if (!CueWords.TITLES.contains(b) && !TokenForms.definite(b)) break;
            last = t;
        }
        return span(text, first, last);
    }

    /** The index of the token covering char {@code offset} (or the first after it). */
    static int indexAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (t.end() <= offset) lo = mid + 1;
            else if (t.start() > offset) hi = mid - 1;
            else return mid;
        }
        return lo;
    }

    private static boolean isComma(AnalyzedText text, Token t) {
        String s = text.surface(t);
        return s.equals("،") || s.equals(",");
    }

    private static String span(AnalyzedText text, Token first, Token last) {
        return text.text().substring(TokenForms.bareStart(first), last.end());
    }
}
