package org.marsad.date;

import org.marsad.model.NewsDate;

/**
 * A date expression found inside a longer text.
 *
 * @param date the date it denotes
 * @param start offset of its first char in the searched text
 * @param end offset after its last char (exclusive)
 */
public record DateMatch(NewsDate date, int start, int end) {}
