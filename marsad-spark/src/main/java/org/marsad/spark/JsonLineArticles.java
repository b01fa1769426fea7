package org.marsad.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.marsad.index.ingest.RecordArticles;
import org.marsad.index.ingest.RecordFields;
import org.marsad.model.Analysis;
import org.marsad.model.Rejection;

/**
 * Articles already extracted by someone else, one JSON object per line ({@code content}, {@code title}, {@code url},
 * {@code date}…, the fields {@code marsad index} reads): read as {@code marsad index} reads them, so both give the
 * same articles.
 */
final class JsonLineArticles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLineArticles() {}

    /** The analysis of one line: the annotated article, or a rejection ({@code corrupt} for a line that is no JSON). */
    static Analysis analyze(String line) {
        JsonNode record;
        try {
            record = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return new Rejection(Rejection.Reason.CORRUPT, "not a JSON object");
        }
        if (record == null) return new Rejection(Rejection.Reason.CORRUPT, "not a JSON object");
        return RecordArticles.analyze(record, RecordFields.DEFAULT);
    }
}
