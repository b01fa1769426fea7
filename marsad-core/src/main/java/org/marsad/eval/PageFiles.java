package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reading evaluation files: page bytes (gunzipped when stored compressed), JSON and UTF-8 text. */
final class PageFiles {
    static final ObjectMapper JSON = new ObjectMapper();

    private PageFiles() {}

    /**
     * A page's bytes as served, gunzipped when the file is gzip (by its magic bytes). The gold sets store pages
     * compressed only to save space, so the harness measures extraction, not the decoder's gzip support.
     */
    static byte[] pageBytes(Path file) {
        try {
            byte[] raw = Files.readAllBytes(file);
            if (raw.length < 2 || (raw[0] & 0xff) != 0x1f || (raw[1] & 0xff) != 0x8b) return raw;
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read page " + file, e);
        }
    }

    static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JSON " + file, e);
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A JSON field as text: null, a missing field and JSON null all give null. */
    static String field(JsonNode node, String name) {
        if (node == null) return null;
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }
}
