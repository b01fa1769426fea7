package org.marsad.index.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.marsad.Marsad;
import org.marsad.extract.ArticleIds;
import org.marsad.extract.Page;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.NewsDate;
import org.marsad.model.Rejection;

/**
 * Turns one JSON record (title, body text, url, date, source…) into an analyzed {@link Article}: the body is read
 * as clean text (a paragraph per line; HTML bodies go through the page extractor), the record's metadata is kept,
 * and the full pipeline runs. Stateless and thread-safe.
 */
public final class RecordArticles {
    private RecordArticles() {}

    /** The analyzed article of a record, or a rejection (no body, not an object, …). */
    public static Analysis analyze(JsonNode record, RecordFields fields) {
        if (!record.isObject()) return new Rejection(Rejection.Reason.NOT_ARTICLE, "a JSON record that is not an object");
        String body = text(record, fields, RecordFields.Role.BODY);
        if (body == null || body.isBlank()) return new Rejection(Rejection.Reason.EMPTY, "a record without body text");
        String url = text(record, fields, RecordFields.Role.URL);
        boolean html = body.contains("</p>") || body.contains("<br") || body.contains("</div>");
        Page page = Page.of(body.getBytes(StandardCharsets.UTF_8), url).withFormat(html ? Page.Format.HTML : Page.Format.PLAIN);
        Analysis extracted = Marsad.extract(page);
        if (!(extracted instanceof Article a)) return extracted;
        String title = text(record, fields, RecordFields.Role.TITLE);
        String section = text(record, fields, RecordFields.Role.SECTION);
        String source = text(record, fields, RecordFields.Role.SOURCE);
        String date = text(record, fields, RecordFields.Role.DATE);
        NewsDate published = date == null ? null : parseDate(date);
        Article merged = new Article(ArticleIds.of(url, a.body()), url, a.canonicalUrl(), a.language(),
                blankToNull(title) != null ? title.strip() : a.title(),
                blankToNull(section) != null ? section.strip() : a.section(),
                published != null ? published : a.published(), a.modified(), authors(record, fields),
                blankToNull(source) != null ? source.strip() : a.publisher(), a.image(), a.blocks());
        return Marsad.pipeline().annotate(merged);
    }

    /** The id the record's article will have when the record names its URL (so a re-ingest can skip it unread), else null. */
    public static String idByUrl(JsonNode record, RecordFields fields) {
        String url = record.isObject() ? text(record, fields, RecordFields.Role.URL) : null;
        return url == null ? null : ArticleIds.of(url, "");
    }

    /**
     * Reads the date forms records use: {@code 2015-08-10}, {@code 2015-08-10 18:52:49}, ISO with T and with or
     * without an offset ({@code 2025-06-20T17:00:00+03:00}); null when none fits.
     */
    static NewsDate parseDate(String raw) {
        String s = raw.strip().replace(' ', 'T');
        try {
            if (s.length() == 10) return NewsDate.of(LocalDate.parse(s));
            try {
                OffsetDateTime t = OffsetDateTime.parse(s.endsWith("Z") ? s.substring(0, s.length() - 1) + "+00:00" : s);
                return NewsDate.of(t.toLocalDateTime(), t.getOffset());
            } catch (DateTimeParseException notOffset) {
                LocalDateTime t = LocalDateTime.parse(s);
                return new NewsDate(t.toLocalDate(), t.toLocalTime(), null);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode record, RecordFields fields, RecordFields.Role role) {
        for (String name : fields.names(role)) {
            JsonNode v = record.get(name);
            if (v != null && v.isTextual() && !v.asText().isBlank()) return v.asText();
            if (v != null && v.isArray() && !v.isEmpty() && v.get(0).isTextual()) return v.get(0).asText();
        }
        return null;
    }

    private static List<String> authors(JsonNode record, RecordFields fields) {
        List<String> out = new ArrayList<>();
        for (String name : fields.names(RecordFields.Role.AUTHOR)) {
            JsonNode v = record.get(name);
            if (v == null) continue;
            if (v.isTextual() && !v.asText().isBlank()) out.add(v.asText().strip());
            if (v.isArray()) for (JsonNode x : v) if (x.isTextual() && !x.asText().isBlank()) out.add(x.asText().strip());
            if (!out.isEmpty()) break;
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
