package org.marsad.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;
import org.marsad.json.ArticleJson;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Rejection;

/** The JSON API under {@code /api/}: one method per route; bad input is a 4xx with a JSON error. */
final class ApiRoutes implements HttpHandler {
    /** The largest page accepted by analyze and ingest: news pages are far smaller. */
    static final int MAX_PAGE_BYTES = 4 << 20;
    /** Article and entity ids: letters, digits and a few separators; nothing that could walk a path. */
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_:.\\-]{1,128}");

    private final NewsStore store;
    private final Ingester ingester;
    private final byte[] openApi;
    private volatile Directory directory = new Directory(-1, null);

    private record Directory(long version, EntityDirectory entities) {}

    ApiRoutes(NewsStore store, byte[] openApi) {
        this.store = store;
        this.ingester = new Ingester(store);
        this.openApi = openApi;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            route(ex, ex.getRequestMethod(), ex.getRequestURI().getRawPath());
        } catch (ApiError e) {
            HttpIo.error(ex, e.status, e.code, e.getMessage());
        } catch (RuntimeException e) {
            System.err.println("marsad serve: " + ex.getRequestURI().getRawPath() + ": " + e);
            HttpIo.error(ex, 500, "internal", "the server failed on this request");
        }
    }

    private void route(HttpExchange ex, String method, String path) throws IOException {
        if (path.equals("/api/analyze") || path.equals("/api/ingest")) {
            allow(method, "POST");
            Map<String, String> q = HttpIo.query(ex);
            byte[] page = HttpIo.body(ex, MAX_PAGE_BYTES);
            if (page.length == 0) throw ApiError.badRequest("the request body is empty: send the page's HTML or text");
            String type = ex.getRequestHeaders().getFirst("Content-Type");
            boolean ingest = path.endsWith("ingest");
            Analysis result = ingest
                    ? ingester.ingest(page, blank(q.get("url")), type, q.get("format"))
                    : Ingester.analyze(page, blank(q.get("url")), type, q.get("format"));
            if (result instanceof Rejection r) {
                throw new ApiError(422, r.code(), r.detail());
            }
            Article a = (Article) result;
            HttpIo.sendJson(ex, ingest ? 201 : 200, ArticleJson.write(a, null, false));
            return;
        }
        allow(method, "GET");
        if (path.equals("/api/search")) {
            HttpIo.json(ex, 200, store.search(searchQuery(HttpIo.query(ex))));
        } else if (path.startsWith("/api/articles/")) {
            String id = id(path.substring("/api/articles/".length()));
            Article a = store.article(id).orElseThrow(() -> ApiError.notFound("no article with id " + id));
            HttpIo.sendJson(ex, 200, ArticleJson.write(a, null, false));
        } else if (path.equals("/api/entities")) {
            int limit = number(HttpIo.query(ex), "limit", 30, 1, 200);
            HttpIo.json(ex, 200, Map.of("entities", entities().top(limit)));
        } else if (path.startsWith("/api/entities/")) {
            String id = id(path.substring("/api/entities/".length()));
            HttpIo.json(ex, 200, entities().profile(id).orElseThrow(() -> ApiError.notFound("no entity with id " + id)));
        } else if (path.equals("/api/quotes")) {
            Map<String, String> q = HttpIo.query(ex);
            HttpIo.json(ex, 200, Map.of("quotes",
                    entities().quotes(blank(q.get("speaker")), number(q, "limit", 50, 1, 500))));
        } else if (path.equals("/api/events")) {
            Map<String, String> q = HttpIo.query(ex);
            HttpIo.json(ex, 200, Map.of("events", entities().events(blank(q.get("type")), blank(q.get("actor")),
                    number(q, "limit", 50, 1, 500))));
        } else if (path.equals("/api/openapi.json")) {
            HttpIo.send(ex, 200, "application/json; charset=utf-8", openApi);
        } else {
            throw ApiError.notFound("no such API route");
        }
    }

    /** The entity views, rebuilt only when the store has changed since the last build. */
    private EntityDirectory entities() {
        Directory d = directory;
        long now = store.version();
        if (d.version() != now) {
            d = new Directory(now, new EntityDirectory(store.articles()));
            directory = d;
        }
        return d.entities();
    }

    static SearchQuery searchQuery(Map<String, String> q) {
        return new SearchQuery(q.getOrDefault("q", ""), blank(q.get("section")), blank(q.get("publisher")),
                blank(q.get("entity")), blank(q.get("speaker")), blank(q.get("event")), date(q, "from"), date(q, "to"), number(q, "page", 1, 1, 10_000),
                number(q, "size", 10, 1, SearchQuery.MAX_SIZE));
    }

    private static void allow(String method, String allowed) {
        if (!method.equals(allowed) && !(allowed.equals("GET") && method.equals("HEAD"))) {
            throw new ApiError(405, "method-not-allowed", "use " + allowed + " here");
        }
    }

    private static String id(String raw) {
        try {
            String id = URLDecoder.decode(raw, StandardCharsets.UTF_8);
            if (ID.matcher(id).matches()) return id;
        } catch (IllegalArgumentException e) {
            // malformed percent-encoding: refused below like any other bad id
        }
        throw ApiError.badRequest("not a valid id");
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static int number(Map<String, String> q, String name, int fallback, int min, int max) {
        String raw = blank(q.get(name));
        if (raw == null) return fallback;
        try {
            int n = Integer.parseInt(raw);
            if (n < min || n > max) throw ApiError.badRequest(name + " must be between " + min + " and " + max);
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " must be a whole number");
        }
    }

    private static LocalDate date(Map<String, String> q, String name) {
        String raw = blank(q.get(name));
        if (raw == null) return null;
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + " must be a date such as 2025-06-20");
        }
    }
}
