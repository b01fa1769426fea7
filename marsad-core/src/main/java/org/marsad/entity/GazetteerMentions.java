package org.marsad.entity;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Mention;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Token;

/**
 * The gazetteer as a mention source: the longest run of adjacent words whose SEARCH form (first word with or
 * without its proclitics: وموسكو, لكوريا الشمالية) is a known name. Thread-safe.
 */
public final class GazetteerMentions implements MentionSource {
    private final Gazetteer gazetteer;

    public GazetteerMentions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<Mention> mentions(AnalyzedText text) {
        List<Token> tokens = text.tokens();
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Mention m = tokens.get(i).isWord() ? longestAt(text, i) : null;
            if (m == null) {
                i++;
                continue;
            }
            out.add(m);
            while (i < tokens.size() && tokens.get(i).start() < m.end()) i++;
        }
        return out;
    }

    /** The longest known name starting at token {@code i}, or null. */
    Mention longestAt(AnalyzedText text, int i) {
        List<Token> tokens = text.tokens();
        int last = i;
        while (last + 1 < tokens.size() && last + 1 - i < gazetteer.maxTokens() && tokens.get(last + 1).isWord()
                && TokenForms.adjacent(text, tokens.get(last), tokens.get(last + 1))) {
            last++;
        }
        Token first = tokens.get(i);
        String bareFirst = TokenForms.bare(first);
        if (!gazetteer.startsAName(first.normalized()) && !gazetteer.startsAName(bareFirst)) return null;
        for (int j = last; j >= i; j--) {
            StringBuilder rest = new StringBuilder();
            for (int k = i + 1; k <= j; k++) rest.append(' ').append(tokens.get(k).normalized());
            int end = tokens.get(j).end();
            GazetteerEntry whole = gazetteer.lookupSearch(first.normalized() + rest);
            if (whole != null) return mention(text, first.start(), end, whole);
            String bare = bareFirst;
            if (!bare.equals(first.normalized()) && bare.length() > 1) {
                GazetteerEntry e = gazetteer.lookupSearch(bare + rest);
                if (e != null) return mention(text, TokenForms.bareStart(first), end, e);
            }
        }
        return null;
    }

    private static Mention mention(AnalyzedText text, int start, int end, GazetteerEntry e) {
        return new Mention(text.text().substring(start, end), start, end, e.type());
    }
}
