package org.marsad.index.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/** One unit of ingest as the walker finds it: a page's bytes, a JSON record, or an input that could not be read. */
public sealed interface IngestInput {
    /** Where it came from: a path, or {@code archive.zip!entry}, with {@code #n} for the n-th record of a file. */
    String name();

    /** A page file (HTML or a text dump, gzip or not). */
    record PageFile(String name, byte[] bytes) implements IngestInput {}

    /** One JSON record. */
    record JsonRecord(String name, JsonNode record) implements IngestInput {}

    /** An input that could not be read, with a reason code (unreadable, bad-json, unsupported) and a detail. */
    record Unreadable(String name, String reason, String detail) implements IngestInput {}
}
