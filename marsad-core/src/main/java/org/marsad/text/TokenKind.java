package org.marsad.text;

/** What a token is. */
public enum TokenKind {
    /** A word in Arabic script (Arabic letters, possibly with diacritics, tatweel or attached digits). */
    ARABIC_WORD,
    /** A word in Latin script (letters and digits, inner hyphens, apostrophes and acronym dots). */
    LATIN_WORD,
    /** A word in another script. */
    OTHER_WORD,
    /** A number in ASCII or Arabic-Indic digits, with decimal and thousands separators and a trailing %. */
    NUMBER,
    /** A date or a time written with digits: 20/6/2025, 2025-06-20, ١٤:٣٠. */
    DATE,
    /** A web address starting with a scheme or www. */
    URL,
    /** An e-mail address. */
    EMAIL,
    /** Punctuation: one mark, or a run of dots (...). */
    PUNCTUATION,
    /** Any other visible symbol (currency, math, emoji). */
    SYMBOL
}
