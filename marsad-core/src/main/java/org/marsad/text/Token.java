package org.marsad.text;

import java.util.List;

/**
 * A token: its exact span in the original text ({@code text.substring(start, end)} is its surface), its kind,
 * its normalized form beside it, its clitic segments, a light stem and cheap morphological hints.
 *
 * @param start first char in the original text
 * @param end one past the last char
 * @param kind what it is
 * @param normalized the token normalized with the analysis' profile (SEARCH by default)
 * @param segments its clitic segments, tiling [start, end); one STEM segment for tokens without clitics
 * @param stem a light stem: the STEM segment, SEARCH-normalized, with common suffixes removed
 * @param morphology hints read from clitics and affixes
 */
public record Token(int start, int end, TokenKind kind, String normalized, List<Segment> segments, String stem,
        Morphology morphology) {
    public Token {
        segments = List.copyOf(segments);
    }

    /** This token's surface in {@code text}, the string it was read from. */
    public String surface(String text) {
        return text.substring(start, end);
    }

    /** True for Arabic, Latin and other words. */
    public boolean isWord() {
        return kind == TokenKind.ARABIC_WORD || kind == TokenKind.LATIN_WORD || kind == TokenKind.OTHER_WORD;
    }
}
