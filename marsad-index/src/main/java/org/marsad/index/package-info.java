/**
 * Marsad's archive: an embedded Lucene index of analyzed articles. {@link org.marsad.index.ArticleIndex} is the
 * front door (open, add, commit, search, get, duplicate groups, merge); {@link org.marsad.index.SearchRequest} and
 * {@link org.marsad.index.SearchResult} carry a search; {@link org.marsad.index.ArabicSearchAnalyzer} is the text
 * layer as a Lucene analyzer; {@link org.marsad.index.MinHash} finds wire copies. Bulk ingest of files lives in
 * {@link org.marsad.index.ingest}.
 */
package org.marsad.index;
