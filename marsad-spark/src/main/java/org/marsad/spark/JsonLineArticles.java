package org.marsad.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.marsad.Marsad;
import org.marsad.extract.Page;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.NewsDate;
import org.marsad.model.Rejection;

/**
 * Articles already extracted by someone else, one JSON object per line: {@code content} (the text, a paragraph per
 * line) and optionally {@code title}, {@code url}, {@code date} (ISO, or {@code date_extracted} as SaudiNewsNet
 * names it), {@code author} and {@code source} (the outlet). The text is taken as it is ({@link Page.Format#PLAIN})
 * and goes through the same stages as a page.
 */
final class JsonLineArticles {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Plain text has no relative dates to anchor; a fixed anchor keeps the output the same on every run. */
    private static final ZonedDateTime NO_REFERENCE = ZonedDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private JsonLineArticles() {}

    /** The analysis of one line: the annotated article, or a rejection ({@code corrupt} for a line that is no JSON). */
    static Analysis analyze(String line, boolean extractOnly) {
        JsonNode o;
        try {
            o = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return new Rejection(Rejection.Reason.CORRUPT, "not a JSON object");
        }
        if (o == null || !o.isObject()) return new Rejection(Rejection.Reason.CORRUPT, "not a JSON object");
        String content = text(o, "content");
        if (content == null) return new Rejection(Rejection.Reason.EMPTY, "no content");
        String url = text(o, "url");
        Page page = new Page(content.getBytes(StandardCharsets.UTF_8), url, null, Page.Format.PLAIN, NO_REFERENCE);
        Analysis extracted = Marsad.extract(page);
        if (!(extracted instanceof Article a)) return extracted;
        String date = text(o, "date") != null ? text(o, "date") : text(o, "date_extracted");
        String author = text(o, "author");
        Article full = new Article(a.id(), a.url(), a.canonicalUrl(), a.language(), text(o, "title"), a.section(),
                parseDate(date), a.modified(), author == null ? List.of() : List.of(author), text(o, "source"),
                a.image(), a.blocks(), a.annotations());
        return extractOnly ? full : Marsad.pipeline().annotate(full);
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) return null;
        return v.asText().strip();
    }

    /** ISO date-time with or without offset, {@code 2015-08-10 14:05:00} (a space for the T), or a bare day; else null. */
    static NewsDate parseDate(String value) {
        if (value == null) return null;
        String v = value.replace(' ', 'T');
        try {
            OffsetDateTime t = OffsetDateTime.parse(v);
            return NewsDate.of(t.toLocalDateTime(), t.getOffset());
        } catch (DateTimeParseException ignored) {
            // not with an offset: try the others
        }
        try {
            return NewsDate.of(LocalDateTime.parse(v), null);
        } catch (DateTimeParseException ignored) {
            // not a local date-time
        }
        try {
            return NewsDate.of(LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
