package org.marsad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.index.ArticleIndex;

/** The JSON API over a real server on a free loopback port, with the hand-annotated fixtures. */
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static MarsadServer server;

    @TempDir
    static Path indexDir;

    @BeforeAll
    static void start() throws IOException {
        server = MarsadServer.start(new InetSocketAddress("127.0.0.1", 0), Fixtures.store(indexDir.resolve("shared")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void searchFindsWordsThroughClitics() throws Exception {
        // والهدنة is not in the text; الهدنة and بخرق الهدنة are: the clitic و must not stop the match.
        JsonNode r = get("/api/search?q=" + enc("والهدنة"), 200);
        assertThat(ids(r.get("hits"))).contains("a000000000000001", "a000000000000002");
        JsonNode hit = r.get("hits").get(0);
        JsonNode mark = hit.get("marks").get(0);
        assertThat(hit.get("snippet").asText().substring(mark.get(0).asInt(), mark.get(1).asInt())).isEqualTo("الهدنة");
        assertThat(r.at("/facets/section/0/value").asText()).isEqualTo("سياسة");
        assertThat(labels(r.at("/facets/entity"))).contains("كريستوفر مولر");
    }

    @Test
    void searchFiltersByDateEntityAndPages() throws Exception {
        assertThat(get("/api/search?from=2025-06-22", 200).get("total").asInt()).isEqualTo(1);
        assertThat(get("/api/search?from=2025-06-20&to=2025-06-21", 200).get("total").asInt()).isEqualTo(2);
        assertThat(get("/api/search?entity=" + Fixtures.SPOKESWOMAN, 200).get("total").asInt()).isEqualTo(1);
        JsonNode second = get("/api/search?size=2&page=2", 200);
        assertThat(second.get("total").asInt()).isEqualTo(3);
        assertThat(second.get("hits")).hasSize(1);
        assertThat(get("/api/search?q=" + enc("كلمة_لا_توجد"), 200).get("total").asInt()).isZero();
    }

    @Test
    void articleComesAsTheContract() throws Exception {
        JsonNode a = get("/api/articles/a000000000000001", 200);
        String body = a.get("body").asText();
        JsonNode q = a.at("/quotes/0");
        assertThat(body.substring(q.get("start").asInt(), q.get("end").asInt())).isEqualTo(q.get("text").asText());
        assertThat(q.at("/speaker/role").asText()).isEqualTo("المبعوث الأممي");
        assertThat(a.at("/events/0/type").asText()).isEqualTo("ASSAULT");
        assertThat(get("/api/articles/ffffffffffffffff", 404).get("error").asText()).isEqualTo("not-found");
    }

    @Test
    void entityProfileGathersSpellingsTimelineCompanyAndQuotes() throws Exception {
        JsonNode e = get("/api/entities/" + Fixtures.ENVOY, 200);
        assertThat(e.get("name").asText()).isEqualTo("كريستوفر مولر");
        assertThat(texts(e.get("aliases"))).contains("مولر", "موللر", "كريستوفر موللر");
        assertThat(e.get("articleCount").asInt()).isEqualTo(3);
        assertThat(texts(e.get("timeline"), "date")).containsExactly("2025-06-20", "2025-06-21", "2025-06-26");
        assertThat(texts(e.get("cooccurring"), "id")).startsWith(Fixtures.DOHA).contains(Fixtures.SPOKESWOMAN);
        assertThat(texts(e.get("quotesBy"), "text")).containsExactly("الهدنة صامدة رغم الخروقات المتكررة");
        assertThat(texts(e.get("quotesAbout"), "text")).containsExactly("موللر طلب فتح ممر إنساني");
        assertThat(texts(e.get("events"), "type")).containsExactly("ACCUSE");
        assertThat(get("/api/entities/nobody", 404).get("error").asText()).isEqualTo("not-found");
    }

    @Test
    void quotesBySpeakerAndEventsByTypeAndActor() throws Exception {
        JsonNode bySpeaker = get("/api/quotes?speaker=" + enc("هدي سالم"), 200).get("quotes");
        assertThat(texts(bySpeaker, "text")).containsExactly("موللر طلب فتح ممر إنساني"); // هدي finds هدى
        assertThat(get("/api/quotes?speaker=" + Fixtures.ENVOY, 200).get("quotes")).hasSize(1);
        assertThat(get("/api/events?type=ASSAULT", 200).get("events")).hasSize(2);
        assertThat(texts(get("/api/events?type=assault&actor=" + enc("القوات"), 200).get("events"), "trigger"))
                .containsExactly("قصفت");
        assertThat(get("/api/events?actor=" + Fixtures.ENVOY, 200).get("events")).hasSize(1);
    }

    @Test
    void ingestStoresAPageAndAnalyzeOnlyAnswers() throws Exception {
        MarsadServer shared = server;
        server = MarsadServer.start(new InetSocketAddress("127.0.0.1", 0),
                new NewsStore(ArticleIndex.open(indexDir.resolve("own")))); // an index of its own
        try {
            byte[] page = Files.readAllBytes(Path.of("../samples/corpus/08-cairo-book-fair.html"));
            JsonNode analyzed = send(post("/api/analyze", page, "text/html; charset=utf-8"), 200);
            assertThat(analyzed.get("title").asText()).contains("معرض القاهرة");
            assertThat(get("/api/search?q=" + enc("معرض"), 200).get("total").asInt()).isZero();
            JsonNode stored = send(post("/api/ingest", page, "text/html"), 201);
            JsonNode found = get("/api/search?q=" + enc("المعرض"), 200);
            assertThat(ids(found.get("hits"))).containsExactly(stored.get("id").asText());
            byte[] text = "قال الوزير إن الاجتماع انتهى.".getBytes(StandardCharsets.UTF_8);
            JsonNode plain = send(post("/api/analyze?format=plain", text, "text/plain"), 200);
            assertThat(plain.get("paragraphs").get(0).asText()).isEqualTo("قال الوزير إن الاجتماع انتهى.");
        } finally {
            server.close();
            server = shared;
        }
    }

    @Test
    void badInputGetsA4xxWithAJsonError() throws Exception {
        assertThat(get("/api/search?page=0", 400).get("error").asText()).isEqualTo("bad-request");
        assertThat(get("/api/search?size=5000", 400).get("message").asText()).contains("size");
        assertThat(raw("GET /api/search?q=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 400"); // refused by the JDK's parser before any route
        assertThat(get("/api/nothing", 404).get("error").asText()).isEqualTo("not-found");
        assertThat(send(post("/api/analyze", new byte[0], "text/plain"), 400).get("error").asText()).isEqualTo("bad-request");
        assertThat(send(post("/api/analyze?format=pdf", new byte[] {'x'}, "text/plain"), 400).get("message").asText())
                .contains("format");
        byte[] big = new byte[ApiRoutes.MAX_PAGE_BYTES + 1];
        assertThat(send(post("/api/ingest", big, "text/plain"), 413).get("error").asText()).isEqualTo("too-large");
        byte[] notArabicNews = "<html><body><ul><li><a href=/a>a</a></li></ul></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(send(post("/api/analyze", notArabicNews, "text/html"), 422).has("error")).isTrue();
        HttpResponse<String> wrongMethod = HTTP.send(HttpRequest.newBuilder(uri("/api/search"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(JSON.readTree(wrongMethod.body()).get("error").asText()).isEqualTo("method-not-allowed");
    }

    @Test
    void noPathReachesTheFileSystem() throws Exception {
        for (String path : List.of("/../pom.xml", "/%2e%2e/%2e%2e/pom.xml", "/org/marsad/serve/web/common.js",
                "/..%2f..%2fpom.xml", "/api/articles/..%2F..%2Fetc%2Fpasswd", "/api/entities/../../pom.xml",
                "/api/articles/%00", "/common.js/../../../pom.xml")) {
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertThat(response).as(path).matches("(?s)HTTP/1.1 40[04] .*").contains("\"error\"").doesNotContain("<project");
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/article.html", "/common.js", "/api/search", "/api/nothing")) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        String index = HTTP.send(HttpRequest.newBuilder(uri("/")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(index).contains("dir=\"rtl\"").doesNotContainPattern("<script>|<script [^>]*>[^<]+</script>|\\son\\w+=");
    }

    @Test
    void openApiDescribesEveryRoute() throws Exception {
        JsonNode doc = get("/api/openapi.json", 200);
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/analyze", "/api/ingest", "/api/search", "/api/articles/{id}",
                "/api/entities/{id}", "/api/quotes", "/api/events");
    }

    private static JsonNode get(String path, int status) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).build(), status);
    }

    private static HttpRequest post(String path, byte[] body, String type) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static JsonNode send(HttpRequest request, int status) throws Exception {
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(request.uri() + " " + r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(r.body());
    }

    /** A request written byte for byte, so no client tidies the path first. */
    private static String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<String> ids(JsonNode hits) {
        return texts(hits, "id");
    }

    private static List<String> labels(JsonNode facet) {
        return texts(facet, "label");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
