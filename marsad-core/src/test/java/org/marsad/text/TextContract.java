package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** The invariants every analysis keeps, in the style of Lucene's BaseTokenStreamTestCase. */
final class TextContract {
    private TextContract() {}

    /** Asserts spans in range and in order, surfaces, tiling segments, and sentences covering tokens in order. */
    static void check(AnalyzedText a) {
        String text = a.text();
        List<Token> tokens = a.tokens();
        int lastEnd = 0;
        for (Token t : tokens) {
            assertThat(t.start()).as("start of %s", t).isGreaterThanOrEqualTo(lastEnd);
            assertThat(t.end()).as("end of %s", t).isGreaterThan(t.start()).isLessThanOrEqualTo(text.length());
            assertThat(a.surface(t)).isEqualTo(text.substring(t.start(), t.end()));
            assertThat(t.normalized()).isNotNull();
            assertThat(t.stem()).isNotNull();
            assertThat(t.morphology()).isNotNull();
            assertThat(t.segments()).isNotEmpty();
            int at = t.start();
            for (Segment s : t.segments()) {
                assertThat(s.start()).as("segments of %s tile it", a.surface(t)).isEqualTo(at);
                assertThat(s.end()).as("segment of %s", a.surface(t)).isGreaterThan(s.start());
                at = s.end();
            }
            assertThat(at).as("last segment of %s ends with it", a.surface(t)).isEqualTo(t.end());
            lastEnd = t.end();
        }
        int next = 0;
        for (Sentence s : a.sentences()) {
            assertThat(s.firstToken()).isEqualTo(next);
            assertThat(s.endToken()).isGreaterThan(s.firstToken());
            assertThat(s.start()).isEqualTo(tokens.get(s.firstToken()).start());
            assertThat(s.end()).isEqualTo(tokens.get(s.endToken() - 1).end());
            next = s.endToken();
        }
        assertThat(next).isEqualTo(tokens.size());
    }

    /** A cheap check for the big corpora: the same invariants without AssertJ's per-call cost; returns failures. */
    static String violation(AnalyzedText a) {
        String text = a.text();
        int lastEnd = 0;
        for (Token t : a.tokens()) {
            if (t.start() < lastEnd || t.end() <= t.start() || t.end() > text.length()) return "bad span " + t;
            if (Character.isLowSurrogate(text.charAt(t.start()))
                    && t.start() > 0 && Character.isHighSurrogate(text.charAt(t.start() - 1))) {
                return "token starts inside a surrogate pair " + t;
            }
            int at = t.start();
            for (Segment s : t.segments()) {
                if (s.start() != at || s.end() <= s.start()) return "segments do not tile " + a.surface(t);
                at = s.end();
            }
            if (at != t.end()) return "segments do not reach the end of " + a.surface(t);
            lastEnd = t.end();
        }
        int next = 0;
        for (Sentence s : a.sentences()) {
            if (s.firstToken() != next || s.endToken() <= s.firstToken()) return "sentence out of order " + s;
            next = s.endToken();
        }
        return next == a.tokens().size() ? null : "sentences do not cover the tokens";
    }
}
