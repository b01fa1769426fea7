package org.marsad.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.model.Mention;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Segment;
import org.marsad.text.SegmentKind;
import org.marsad.text.Token;

/**
 * Repairs at a found mention's edges, where a tagger or a cue rule overruns or underruns the name. Stateless and
 * thread-safe.
 */
final class MentionEdges {
    /** Generic words before a name, which the name leaves out (شركة الإنماء → الإنماء, مدينة أبها → أبها). */
    static final Set<String> GENERIC_HEADS = search("شركة", "صحيفة", "جريدة", "مدينة", "محافظة", "منطقة", "ولاية");

    /** Generic words for an administrative place, before its name (منطقة عسير). */
    static final Set<String> PLACE_WORDS = search("منطقة", "محافظة", "مدينة", "ولاية");

    /**
     * Words of {@link CueWords#FUNCTION_WORDS} that do close names: العام (الأمن العام, النائب العام) and the
     * ordinals of a ruler (عبدالله الأول). Every other word of that list ends no name.
     */
    static final Set<String> NAME_CLOSERS = search("العام", "العامة", "الأول", "الأولى", "الثاني");

    private MentionEdges() {}

    /** The mention repaired by every rule of this class, in order; null when nothing of a name is left. */
    static Mention repair(AnalyzedText text, Mention m, Gazetteer gazetteer) {
        Mention t = trimTail(text, m);
        if (t != null) t = dropGenericHead(text, t);
        return t == null ? null : restoreKaf(text, t, gazetteer);
    }

    /**
     * Function words (but for {@link #NAME_CLOSERS}), numbers and marks at a mention's end are not its name
     * (سمير أيوب على → سمير أيوب; a dateline's تبوك 15 → تبوك); null when only they remain.
     */
    static Mention trimTail(AnalyzedText text, Mention m) {
        List<Token> tokens = text.tokens();
        int first = Roles.indexAt(tokens, m.start());
        int last = Roles.indexAt(tokens, m.end() - 1);
        if (last >= tokens.size()) return m;
        int end = m.end();
        while (last >= first) {
            Token t = tokens.get(last);
            boolean tail = !t.isWord() || CueWords.FUNCTION_WORDS.contains(t.normalized())
                    && !NAME_CLOSERS.contains(t.normalized());
            if (!tail) break;
            last--;
            end = last >= first ? tokens.get(last).end() : m.start();
        }
        if (end <= m.start()) return null;
        return end == m.end() ? m : span(text, m.start(), end, m);
    }

    /**
     * A generic head word at the front is left out when a name follows it (صحيفة الوئام → الوئام); the name keeps
     * its type, and a known place behind it becomes a place when the gazetteer is asked.
     */
    static Mention dropGenericHead(AnalyzedText text, Mention m) {
        List<Token> tokens = text.tokens();
        int first = Roles.indexAt(tokens, m.start());
        if (first + 1 >= tokens.size() || tokens.get(first + 1).start() >= m.end()) return m;
        if (!GENERIC_HEADS.contains(TokenForms.bare(tokens.get(first)))) return m;
        Token next = tokens.get(first + 1);
        if (!next.isWord() || !TokenForms.adjacent(text, tokens.get(first), next)) return m;
        return span(text, TokenForms.bareStart(next), m.end(), m);
    }

    /**
     * A lone ك cut off a name's first word as the preposition "like" goes back on it (كريستوفر, not ك + ريستوفر):
     * "like" rarely precedes a name in news, while foreign names often start with ك. Kept off when the rest is a
     * known name or given name (كبوتين), or when ال follows (كالرياض).
     */
    static Mention restoreKaf(AnalyzedText text, Mention m, Gazetteer gazetteer) {
        List<Token> tokens = text.tokens();
        int i = Roles.indexAt(tokens, m.start());
        if (i >= tokens.size()) return m;
        Token t = tokens.get(i);
        List<Segment> segs = t.segments();
        if (t.start() + 1 != m.start() || segs.size() < 2 || segs.get(0).kind() != SegmentKind.PREPOSITION
                || !segs.get(0).normalized().equals("ك") || segs.get(1).kind() != SegmentKind.STEM) {
            return m;
        }
        String rest = segs.get(1).normalized();
        if (CueWords.GIVEN_NAMES.contains(rest) || gazetteer.startsAName(rest)) return m;
        return span(text, t.start(), m.end(), m);
    }

    private static Set<String> search(String... words) {
        return Arrays.stream(words).map(NameKeys::search).collect(Collectors.toUnmodifiableSet());
    }

    private static Mention span(AnalyzedText text, int start, int end, Mention m) {
        return new Mention(text.text().substring(start, end), start, end, m.type());
    }
}
