package org.marsad.text;

/**
 * One clitic segment of a token: its span in the original text and its SEARCH-normalized form.
 * The segments of a token tile it exactly: the first starts where the token starts, each next one where the
 * previous ends, and the last ends where the token ends.
 *
 * @param start first char of the segment in the original text
 * @param end one past its last char
 * @param kind its role
 * @param normalized its SEARCH-normalized form (the article of لل is "ال")
 */
public record Segment(int start, int end, SegmentKind kind, String normalized) {}
