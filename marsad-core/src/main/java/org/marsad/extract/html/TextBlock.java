package org.marsad.extract.html;

import org.jsoup.nodes.Element;

/**
 * A run of text in page order that sits directly in one block-level element: the unit the content scorer weighs.
 *
 * @param owner the nearest block-level element around the text
 * @param text the text, whitespace collapsed; line breaks from {@code <br>} kept as '\n'
 * @param linkChars how many of its letters and digits sit inside links
 * @param letters how many of its chars are letters or digits
 * @param leadLink letters of the link the block opens with (a linked headline), 0 when it opens with plain text
 */
record TextBlock(Element owner, String text, int linkChars, int letters, int leadLink) {
    /** Headings hold at most this many letters; longer text in a heading tag is a paragraph. */
    static final int HEADING_MAX_LETTERS = 150;

    /** The share of the block's letters that are link text, 0 to 1. */
    double linkDensity() {
        return letters == 0 ? 1.0 : Math.min(1.0, (double) linkChars / letters);
    }

    /** True for a block that opens with a linked headline, as the items of a list of stories do. */
    boolean opensWithHeadline() {
        return leadLink >= 15;
    }

    /** The lower-case tag name of the owning element. */
    String tag() {
        return owner.normalName();
    }

    /** A subheading: an h1-h6 of headline length. Some sites set a whole lead paragraph in an h2; that is prose. */
    boolean isHeading() {
        String t = tag();
        boolean headingTag = t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6';
        return headingTag && letters < HEADING_MAX_LETTERS;
    }
}
