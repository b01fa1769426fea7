package org.marsad.quote;

import java.util.List;
import org.marsad.text.SegmentKind;
import org.marsad.text.Token;

/**
 * Where a statement was made: the outlet phrases between a cue and its content (في تصريحات لـ"إرم نيوز"، لوكالة
 * الأنباء الوطنية، خلال مؤتمر صحفي). One per article, like the {@link Tokens} it reads.
 */
final class Outlets {
    private final QuoteLexicon lex;
    private final Tokens t;

    Outlets(QuoteLexicon lex, Tokens tokens) {
        this.lex = lex;
        this.t = tokens;
    }

    /** في تصريحات، خلال مؤتمر، لـ"…"، لوكالة …: the start of an outlet phrase. */
    boolean starts(int k) {
        if (k >= t.size()) return false;
        String n = t.norm(k);
        if ((n.equals("في") || n.equals("خلال")) && t.is(k + 1, "outlet")) return true;
        if (n.equals("ل") || n.equals("لـ")) return true;
        return t.prefixed(k) && n.startsWith("ل") && lex.is("outlet-head", stemOnly(k));
    }

    /** Token k reduced to its stem segment (لوكالة → وكالة), for the lexicon's outlet nouns. */
    private Token stemOnly(int k) {
        var tok = t.get(k);
        for (var s : tok.segments()) {
            if (s.kind() == SegmentKind.STEM) {
                return new Token(s.start(), s.end(), tok.kind(), s.normalized(), List.of(s),
                        tok.stem(), tok.morphology());
            }
        }
        return tok;
    }

    /** The outlet named in [from, to): the quoted name after لـ, or the outlet noun phrase after ل. */
    String named(int from, int to) {
        for (int k = from; k < to; k++) {
            String n = t.norm(k);
            boolean bareL = n.equals("ل") || n.equals("لـ");
            if (bareL && t.opens(k + 1)) {
                int close = t.closing(k + 1);
                if (close > k + 2) return t.body.substring(t.get(k + 2).start(), t.get(close - 1).end());
            }
            if (!bareL && t.prefixed(k) && n.startsWith("ل") && lex.is("outlet-head", stemOnly(k))) {
                int e = k + 1;
                while (e < to && !t.comma(e) && !t.complementizer(e) && e < k + 5) e++;
                while (e > k + 1 && t.punctuation(e - 1)) e--;
                return t.text(k, e).replace("\"", "").replace("«", "").replace("»", "").replace("ـ", "");
            }
        }
        return null;
    }
}
