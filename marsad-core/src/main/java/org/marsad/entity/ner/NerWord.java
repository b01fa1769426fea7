package org.marsad.entity.ner;

import org.marsad.text.TokenKind;

/**
 * What the tagger reads of one token: its forms from the text layer, and where its leading و/ف/ب/ل/ك clitics end
 * (a mention starts after them).
 *
 * @param surface the token as written
 * @param normalized its SEARCH-normalized form
 * @param stem the STEM segment, SEARCH-normalized (clitics and the article removed)
 * @param prefix the normalized clitics before the stem joined by '+', e.g. "و+ال", or "" when none
 * @param lightStem the text layer's light stem
 * @param kind what the token is
 * @param cliticChars how many chars of the surface are leading conjunction or preposition clitics
 */
public record NerWord(String surface, String normalized, String stem, String prefix, String lightStem, TokenKind kind,
        int cliticChars) {}
