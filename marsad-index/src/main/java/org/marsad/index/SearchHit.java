package org.marsad.index;

import org.marsad.model.Article;

/**
 * One ranked hit.
 *
 * @param id the article id
 * @param score the relevance score (NaN when sorted by date)
 * @param snippet up to two highlighted passages of the body, HTML-escaped, matches in {@code <b>…</b>}; or the
 *     body's opening when nothing highlights; empty when snippets were not asked for
 * @param group the near-duplicate group id (the id of the group's first article)
 * @param groupSize how many articles the index holds in that group (1: no copies)
 * @param article the stored article with its annotations
 */
public record SearchHit(String id, float score, String snippet, String group, int groupSize, Article article) {}
