package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The ScrapingHub/Zyte article-extraction-benchmark as stored in {@code html/scrapinghub-aeb}: the pages
 * ({@code html/<id>.html.gz}) and their gold article bodies ({@code ground-truth.json}).
 *
 * @param dir the benchmark folder
 * @param cases the pages, in ground-truth order
 */
public record AebBenchmark(Path dir, List<Case> cases) {
    /** The folder under a data directory ({@code ../shared/data}) that holds the benchmark. */
    public static final String FOLDER = "html/scrapinghub-aeb";

    /**
     * One benchmark page.
     *
     * @param id the page id
     * @param url the page's URL from the gold
     * @param gold the gold article body
     * @param html the page file
     */
    public record Case(String id, String url, String gold, Path html) {
        public Case {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(html, "html");
            gold = gold == null ? "" : gold;
        }
    }

    public AebBenchmark {
        Objects.requireNonNull(dir, "dir");
        cases = List.copyOf(cases);
    }

    /** Whether {@code dir} looks like the benchmark folder (a ground-truth.json and an html folder). */
    public static boolean present(Path dir) {
        return Files.isRegularFile(dir.resolve("ground-truth.json")) && Files.isDirectory(dir.resolve("html"));
    }

    /**
     * Loads the benchmark folder.
     *
     * @throws UncheckedIOException when the gold cannot be read or names a page whose file is missing
     */
    public static AebBenchmark load(Path dir) {
        JsonNode gt = PageFiles.json(dir.resolve("ground-truth.json"));
        List<Case> cases = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = gt.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Path html = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            if (!Files.isRegularFile(html)) html = dir.resolve("html").resolve(e.getKey() + ".html");
            if (!Files.isRegularFile(html)) {
                throw new UncheckedIOException(new IOException("no page file for " + e.getKey() + " in " + dir));
            }
            cases.add(new Case(e.getKey(), PageFiles.field(e.getValue(), "url"),
                    PageFiles.field(e.getValue(), "articleBody"), html));
        }
        return new AebBenchmark(dir, cases);
    }

    /** The folder of page files (flat, {@code *.html.gz}), as the peer runners read it. */
    public Path htmlDir() {
        return dir.resolve("html");
    }

    /** The gold bodies by id, in ground-truth order. */
    public Map<String, String> gold() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Case c : cases) out.put(c.id(), c.gold());
        return out;
    }

    /** Scores predicted bodies (by id) against the gold. */
    public AebEvaluation score(Map<String, String> predicted) {
        return AebEvaluation.score(gold(), predicted);
    }

    /**
     * Reads a published output of the benchmark's repository: {@code {id: {"articleBody": …}}} or
     * {@code {"version": …, "output": {…}}}. A null body reads as empty.
     */
    public static Map<String, String> readPublished(Path json) {
        JsonNode d = PageFiles.json(json);
        if (d.size() == 2 && d.has("version") && d.has("output")) d = d.get("output");
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = d.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String body = PageFiles.field(e.getValue(), "articleBody");
            out.put(e.getKey(), body == null ? "" : body);
        }
        return out;
    }

    /**
     * Reads a peer runner's output folder ({@code <id>.json} per page with a {@code "text"} field, as written by
     * ../shared/tools/peers/run-*.sh); the id is the file name before its first dot.
     */
    public static Map<String, String> readPeerDir(Path dir) {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                String name = f.getFileName().toString();
                String id = name.substring(0, name.length() - 5).split("\\.", 2)[0];
                String text = PageFiles.field(PageFiles.json(f), "text");
                out.put(id, text == null ? "" : text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return out;
    }

    /**
     * Reads {@code marsad analyze --jsonl} output: one article per line, its page id being the {@code source} file
     * name before its first dot, its prediction the {@code body}. Rejected pages have no line (they predict "").
     */
    public static Map<String, String> readAnalyzeJsonl(Path jsonl) {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<String> lines = Files.lines(jsonl)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isBlank()) continue;
                JsonNode n = PageFiles.JSON.readTree(line);
                String source = PageFiles.field(n, "source");
                String body = PageFiles.field(n, "body");
                if (source == null || body == null) continue;
                String name = Path.of(source).getFileName().toString();
                out.put(name.split("\\.", 2)[0], body);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jsonl, e);
        }
        return out;
    }
}
