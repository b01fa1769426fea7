package org.marsad.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.NewsDate;
import org.marsad.model.Rejection;

/** Writes the public JSON contract (design.md §3) for articles and rejections, fields in a fixed order. */
public final class ArticleJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ArticleJson() {}

    /** The article as one JSON object; {@code source} (the input's path) is written first when not null. */
    public static String write(Article a, String source, boolean pretty) {
        return json(pretty, g -> {
            g.writeStartObject();
            if (source != null) g.writeStringField("source", source);
            g.writeStringField("id", a.id());
            g.writeStringField("url", a.url());
            g.writeStringField("canonical", a.canonicalUrl());
            g.writeStringField("language", a.language());
            g.writeStringField("title", a.title());
            g.writeStringField("section", a.section());
            g.writeStringField("published", iso(a.published()));
            g.writeStringField("modified", iso(a.modified()));
            strings(g, "authors", a.authors());
            g.writeStringField("publisher", a.publisher());
            if (a.image() == null) {
                g.writeNullField("image");
            } else {
                g.writeObjectFieldStart("image");
                g.writeStringField("caption", a.image().caption());
                g.writeStringField("credit", a.image().credit());
                g.writeEndObject();
            }
            strings(g, "subheadings", a.subheadings());
            strings(g, "paragraphs", a.paragraphs());
            g.writeStringField("body", a.body());
            AnnotationsJson.write(g, a.annotations());
            g.writeEndObject();
        });
    }

    /** A rejection as {@code {"source":…, "error": "not-article", "detail": "…"}}. */
    public static String write(Rejection r, String source, boolean pretty) {
        return json(pretty, g -> {
            g.writeStartObject();
            if (source != null) g.writeStringField("source", source);
            g.writeStringField("error", r.code());
            g.writeStringField("detail", r.detail());
            g.writeEndObject();
        });
    }

    private static String iso(NewsDate d) {
        return d == null ? null : d.iso();
    }

    static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String json(boolean pretty, Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) g.useDefaultPrettyPrinter();
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }
}
