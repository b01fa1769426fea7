package org.marsad.serve;

import java.util.List;

/**
 * A search snippet as plain text with the matched words as [start, end) marks: data, so the page shows it with
 * text nodes only.
 *
 * @param text the snippet's text
 * @param marks [start, end) of each match in {@code text}
 */
record Snippet(String text, List<int[]> marks) {}
