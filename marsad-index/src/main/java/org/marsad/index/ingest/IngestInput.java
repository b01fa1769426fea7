package org.marsad.index.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.marsad.source.warc.WarcPage;

/**
 * One unit of ingest as the walker finds it: a page's bytes, a JSON record, a page from a web archive, the counts of
 * an archive's records that hold no page, or an input that could not be read.
 */
public sealed interface IngestInput {
    /** Where it came from: a path, or {@code archive.zip!entry}, with {@code #n} for the n-th record of a file. */
    String name();

    /** A page file (HTML or a text dump, gzip or not). */
    record PageFile(String name, byte[] bytes) implements IngestInput {}

    /** One JSON record. */
    record JsonRecord(String name, JsonNode record) implements IngestInput {}

    /** A page from a WARC archive; its name is {@code archive#offset}. */
    record WarcRecord(String name, WarcPage page) implements IngestInput {}

    /** The records of a WARC archive that gave no page (not-response, not-html…), by reason; sent once per archive. */
    record WarcSkips(String name, Map<String, Long> reasons) implements IngestInput {
        public WarcSkips {
            reasons = Map.copyOf(reasons);
        }
    }

    /** An input that could not be read, with a reason code (unreadable, bad-json, corrupt-archive…) and a detail. */
    record Unreadable(String name, String reason, String detail) implements IngestInput {}
}
