package org.marsad.entity;

import java.util.List;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Segment;
import org.marsad.text.SegmentKind;
import org.marsad.text.Token;

/** Views of tokens the entity rules share: the form without proclitics, where it starts, adjacency. */
final class TokenForms {
    private TokenForms() {}

    /** The SEARCH form without leading و ف ب ل ك (وبكين → بكين; للكرملين → الكرملين, the article kept). */
    static String bare(Token t) {
        List<Segment> segs = t.segments();
        int first = firstKept(segs);
        if (first == 0) return t.normalized();
        StringBuilder out = new StringBuilder();
        for (int k = first; k < segs.size(); k++) out.append(segs.get(k).normalized());
        return out.toString();
    }

    /** Where {@link #bare} starts in the text: after the proclitics (the span a mention must start at). */
    static int bareStart(Token t) {
        List<Segment> segs = t.segments();
        return segs.get(firstKept(segs)).start();
    }

    /** Whether only blanks lie between two tokens (a name never runs over punctuation or a line break). */
    static boolean adjacent(AnalyzedText text, Token a, Token b) {
        for (int i = a.end(); i < b.start(); i++) {
            char c = text.text().charAt(i);
            if (c != ' ' && c != '\u00A0' && c != '\t') return false;
        }
        return true;
    }

    /** Whether the token starts with the preposition ب ل or ك (بمنطقة, لوثيقة), after a conjunction or not. */
    static boolean hasPreposition(Token t) {
        for (Segment s : t.segments()) {
            if (s.kind() == SegmentKind.PREPOSITION) return true;
            if (s.kind() != SegmentKind.CONJUNCTION) return false;
        }
        return false;
    }

    /** True when the SEARCH form starts with the article (الروسي). */
    static boolean definite(String form) {
        return form.length() > 3 && form.startsWith("ال");
    }

    private static int firstKept(List<Segment> segs) {
        int k = 0;
        while (k < segs.size() - 1 && (segs.get(k).kind() == SegmentKind.CONJUNCTION
                || segs.get(k).kind() == SegmentKind.PREPOSITION)) {
            k++;
        }
        return segs.get(k).kind() == SegmentKind.STEM || segs.get(k).kind() == SegmentKind.ARTICLE ? k : 0;
    }
}
