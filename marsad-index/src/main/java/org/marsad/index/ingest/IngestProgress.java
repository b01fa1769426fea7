package org.marsad.index.ingest;

/**
 * Counts of an ingest so far.
 *
 * @param seen inputs taken (pages and records)
 * @param indexed new articles added
 * @param duplicates articles already in the index (nothing added)
 * @param rejected inputs that gave no article
 * @param nanos time since the ingest began
 */
public record IngestProgress(long seen, long indexed, long duplicates, long rejected, long nanos) {
    /** Inputs done per second. */
    public double perSecond() {
        long done = indexed + duplicates + rejected;
        return nanos <= 0 ? 0 : done / (nanos / 1e9);
    }
}
