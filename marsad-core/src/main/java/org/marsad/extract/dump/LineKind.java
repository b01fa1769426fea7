package org.marsad.extract.dump;

/** What a line of a text dump is, as {@link DumpReader} classifies it. Only headings and paragraphs make the body. */
enum LineKind {
    /** A breaking-news line about another story, above the site chrome. */
    TICKER,
    /** Navigation, logo, share bar and other site chrome. */
    CHROME,
    /** A line with no letter and no digit ({@code ;}). */
    NOISE,
    /** The site section (العالم). */
    SECTION,
    /** The headline. */
    TITLE,
    /** The headline again, as an image alt text or a share title. */
    TITLE_REPEAT,
    /** An image caption and/or its photo credit. */
    CAPTION,
    /** The author line (بقلم ...). */
    BYLINE,
    /** The date line. */
    DATE,
    /** A subheading between paragraphs. */
    HEADING,
    /** A paragraph of the story. */
    PARAGRAPH,
    /** A link to another story (اقرأ أيضاً and the headline it introduces). */
    RELATED,
    /** Footer: follow-us, copyright, site links. */
    FOOTER,
    /** A line that fits nowhere in the story: a stray short line, a list of links. Dropped. */
    OTHER
}
