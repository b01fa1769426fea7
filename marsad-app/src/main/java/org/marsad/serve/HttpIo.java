package org.marsad.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reading requests within limits and writing responses with the security headers every response carries. */
final class HttpIo {
    /** Only our own scripts, styles and API: no inline script, no eval, no plugins, no framing, no other origin. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** The longest query string accepted; search words and filters fit easily. */
    static final int MAX_QUERY_CHARS = 4096;

    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpIo() {}

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        Headers h = ex.getResponseHeaders();
        h.set("Content-Type", contentType);
        h.set("Content-Security-Policy", CSP);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cross-Origin-Opener-Policy", "same-origin");
        if (!h.containsKey("Cache-Control")) h.set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }

    static void json(HttpExchange ex, int status, Object value) throws IOException {
        sendJson(ex, status, toJson(value));
    }

    static void sendJson(HttpExchange ex, int status, String json) throws IOException {
        send(ex, status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }

    static void error(HttpExchange ex, int status, String code, String message) throws IOException {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("error", code);
        e.put("message", message);
        e.put("status", status);
        json(ex, status, e);
    }

    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request body, refused with 413 past {@code max} bytes (by its Content-Length or as it is read). */
    static byte[] body(HttpExchange ex, int max) throws IOException {
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("Content-Length is not a number");
            }
            if (declared > max) {
                if (declared <= 4L * max) drain(ex);
                throw tooLarge(max);
            }
        }
        try (InputStream in = ex.getRequestBody()) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                drain(ex);
                throw tooLarge(max);
            }
            return bytes;
        }
    }

    /**
     * Reads and drops the rest of a refused body, at most four times the limit: a client still sending when the
     * connection closes sees a reset instead of the 413 that explains it.
     */
    private static void drain(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] buffer = new byte[64 << 10];
            long left = 4L * ApiRoutes.MAX_PAGE_BYTES;
            for (int n; left > 0 && (n = in.read(buffer)) > 0; ) left -= n;
        }
    }

    private static ApiError tooLarge(int max) {
        return new ApiError(413, "too-large", "the request body is over the limit of " + max + " bytes");
    }

    /** The query parameters, decoded as UTF-8; the first of a repeated name wins. */
    static Map<String, String> query(HttpExchange ex) {
        String raw = ex.getRequestURI().getRawQuery();
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) return out;
        if (raw.length() > MAX_QUERY_CHARS) throw ApiError.badRequest("the query string is too long");
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.putIfAbsent(name, value);
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("malformed percent-encoding in the query string");
        }
    }
}
