package org.marsad.quote;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The contents and titles of the articles of one SaudiNewsNet daily zip (one JSON array), in array order. */
public final class SaudiNewsNetDay {
    private SaudiNewsNetDay() {}

    /** The contents, index i being the array's i-th article; a missing content reads as "". */
    public static List<String> contents(Path zip) {
        return field(zip, "content");
    }

    /** The titles, index i being the array's i-th article; a missing title reads as "". */
    public static List<String> titles(Path zip) {
        return field(zip, "title");
    }

    private static List<String> field(Path zip, String name) {
        List<String> out = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.getName().endsWith(".json")) continue;
                JsonParser p = new ObjectMapper().getFactory().createParser(in);
                p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
                int depth = 0;
                String content = "";
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t == JsonToken.START_OBJECT && ++depth == 1) content = "";
                    if (t == JsonToken.END_OBJECT && --depth == 0) out.add(content);
                    if (t == JsonToken.FIELD_NAME && depth == 1 && name.equals(p.currentName())) {
                        p.nextToken();
                        content = p.getValueAsString("");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + zip, e);
        }
        return out;
    }
}
