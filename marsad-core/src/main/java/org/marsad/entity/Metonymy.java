package org.marsad.entity;

import java.util.List;
import java.util.Set;
import org.marsad.model.Mention;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Token;

/**
 * Whether a capital or seat of power acts or speaks, and so stands for its state's government: it is next to a
 * speech or action verb (أعلنت موسكو، بيونغ يانغ أرسلت، تسعى فيه موسكو) or the genitive agent of a verbal noun
 * (سعي الكرملين). Small words between (فيه، قد، أيضا) are skipped. A verb after the place counts only when the place
 * can be its subject: not after a preposition and not in a dateline. Thread-safe.
 */
final class Metonymy {
    /** Words skipped between a place and its verb. */
    /** Prepositions and place words that put the name in a phrase, not in the subject's seat. */
    private static final Set<String> PREPOSITIONS = Set.of("في", "من", "الي", "علي", "عن", "مع", "حول", "بين", "عبر",
            "نحو", "داخل", "خارج", "جنوب", "شمال", "شرق", "غرب", "قرب", "لدي", "عند");
    private static final Set<String> SKIPPED = Set.of("فيه", "فيها", "قد", "ايضا", "لم", "لن", "لا", "بدورها", "اليوم");

    private Metonymy() {}

    /** True when the place named by {@code m} acts or speaks in {@code text}. */
    static boolean acts(AnalyzedText text, Mention m) {
        List<Token> tokens = text.tokens();
        int first = Roles.indexAt(tokens, m.start());
        int last = Roles.indexAt(tokens, m.end() - 1);
        int before = skip(text, first - 1, -1);
        if (before >= 0) {
            String b = TokenForms.bare(tokens.get(before));
            if (CueWords.VERBS.contains(b) || before == first - 1 && CueWords.AGENT_NOUNS.contains(b)) return true;
        }
        if (!canBeSubject(text, first)) return false;
        int after = skip(text, last + 1, +1);
        return after >= 0 && CueWords.VERBS.contains(TokenForms.bare(tokens.get(after)));
    }

    /**
     * Whether the place at token {@code first} can be the subject of a verb after it: not in a prepositional
     * phrase (ببغداد قال، في موسكو أعلن) and not a dateline (a line's start or after a dash: الرياض – أعلن).
     */
    private static boolean canBeSubject(AnalyzedText text, int first) {
        List<Token> tokens = text.tokens();
        if (TokenForms.hasPreposition(tokens.get(first))) return false;
        if (first == 0) return false;
        Token prev = tokens.get(first - 1);
        String gap = text.text().substring(prev.end(), tokens.get(first).start());
        if (gap.indexOf('\n') >= 0) return false;
        String p = prev.normalized();
        return !(p.equals("-") || PREPOSITIONS.contains(p));
    }

    /** The first word from {@code i} in direction {@code step} that is not a skipped small word, or -1. */
    private static int skip(AnalyzedText text, int i, int step) {
        List<Token> tokens = text.tokens();
        for (int n = 0; i >= 0 && i < tokens.size() && n < 3; i += step, n++) {
            Token t = tokens.get(i);
            if (!t.isWord()) return -1;
            if (!SKIPPED.contains(t.normalized())) return i;
        }
        return -1;
    }
}
