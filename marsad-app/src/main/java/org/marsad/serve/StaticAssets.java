package org.marsad.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The web UI's files, read once from the jar into memory by a fixed list of names. A request names a key of
 * that map or gets a 404: no path from a request ever reaches the file system or the class loader.
 */
final class StaticAssets implements HttpHandler {
    /** Where the assets live on the class path. */
    static final String ROOT = "/org/marsad/serve/web/";
    /** Every file the UI is made of. */
    static final List<String> NAMES = List.of("index.html", "article.html", "entity.html", "analyze.html",
            "marsad.css", "common.js", "search.js", "article.js", "entity.js", "analyze.js", "favicon.svg");

    private record Asset(String type, byte[] bytes) {}

    private final Map<String, Asset> assets = new HashMap<>();

    StaticAssets() {
        for (String name : NAMES) assets.put("/" + name, new Asset(type(name), read(name)));
        assets.put("/", assets.get("/index.html"));
    }

    /** A bundled resource's bytes (the UI files and the OpenAPI description). */
    static byte[] read(String name) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(ROOT + name)) {
            if (in == null) throw new IllegalStateException("missing bundled asset " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            HttpIo.error(ex, 405, "method-not-allowed", "use GET here");
            return;
        }
        Asset a = assets.get(ex.getRequestURI().getRawPath());
        if (a == null) {
            HttpIo.error(ex, 404, "not-found", "no such page");
            return;
        }
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        HttpIo.send(ex, 200, a.type(), a.bytes());
    }

    private static String type(String name) {
        if (name.endsWith(".html")) return "text/html; charset=utf-8";
        if (name.endsWith(".css")) return "text/css; charset=utf-8";
        if (name.endsWith(".js")) return "text/javascript; charset=utf-8";
        if (name.endsWith(".svg")) return "image/svg+xml";
        return "application/octet-stream";
    }
}
