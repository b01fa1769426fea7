/**
 * Bulk ingest: {@link org.marsad.index.ingest.Ingest#run} walks pages, JSON and JSON Lines records and ZIP archives
 * ({@link org.marsad.index.ingest.InputWalker}), runs the full pipeline on several threads and adds each article to
 * an {@link org.marsad.index.ArticleIndex}, committing periodically.
 */
package org.marsad.index.ingest;
