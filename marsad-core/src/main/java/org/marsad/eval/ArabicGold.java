package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads the Arabic-script pages with gold staged under {@code html/} (each folder's SOURCE.md says what its gold
 * is). A missing folder gives no pages; a present one that cannot be read throws. Pages come in a fixed order:
 * htmldate-mediacloud, fundus, trafilatura-eval, newspaper4k, goose3, arabic-wild.
 */
public final class ArabicGold {
    private ArabicGold() {}

    /** Every page with gold under {@code htmlDir} (a data directory's {@code html} folder). */
    public static List<ArabicGoldPage> load(Path htmlDir) {
        List<ArabicGoldPage> pages = new ArrayList<>();
        htmldate(htmlDir.resolve("htmldate-mediacloud"), pages);
        fundus(htmlDir.resolve("fundus/lb"), pages);
        trafilatura(htmlDir.resolve("trafilatura-eval"), pages);
        newspaper4k(htmlDir.resolve("newspaper4k"), pages);
        goose3(htmlDir.resolve("goose3"), pages);
        bbc(htmlDir.resolve("arabic-wild/bbc.com"), pages);
        youm7(htmlDir.resolve("arabic-wild/youm7.com"), pages);
        nonArticles(htmlDir.resolve("arabic-wild/_non-articles"), pages);
        return List.copyOf(pages);
    }

    /** htmldate's Media Cloud set: publication day only, keyed by URL. */
    private static void htmldate(Path dir, List<ArabicGoldPage> out) {
        Path gold = dir.resolve("eval_mediacloud_2020-subset.json");
        if (!Files.isRegularFile(gold)) return;
        for (Map.Entry<String, JsonNode> e : entries(PageFiles.json(gold))) {
            String file = PageFiles.field(e.getValue(), "file");
            String name = "htmldate " + stem(file) + " " + host(e.getKey());
            LocalDate day = LocalDate.parse(PageFiles.field(e.getValue(), "date"));
            out.add(ArabicGoldPage.of("htmldate-mediacloud", name, dir.resolve(file), e.getKey())
                    .withDate(new ArabicGoldPage.GoldDate(day, null)));
        }
    }

    /** Fundus's LBC page: title, date-time, body paragraphs (the section headlines as lines too). */
    private static void fundus(Path dir, List<ArabicGoldPage> out) {
        Path meta = dir.resolve("meta.info");
        Path gold = dir.resolve("LBCGroup.json");
        if (!Files.isRegularFile(meta) || !Files.isRegularFile(gold)) return;
        JsonNode parsed = PageFiles.json(gold).elements().next(); // the one parser version, "V1"
        for (Map.Entry<String, JsonNode> e : entries(PageFiles.json(meta))) {
            String url = PageFiles.field(e.getValue(), "url");
            List<String> lines = new ArrayList<>();
            JsonNode body = parsed.path("body");
            addIfText(lines, PageFiles.field(body, "summary"));
            for (JsonNode section : body.path("sections")) {
                addIfText(lines, PageFiles.field(section, "headline"));
                for (JsonNode p : section.path("paragraphs")) addIfText(lines, p.asText());
            }
            out.add(ArabicGoldPage.of("fundus", "fundus lb " + host(url), dir.resolve(e.getKey()), url)
                    .withTitle(PageFiles.field(parsed, "title"))
                    .withDate(instant(PageFiles.field(parsed, "publishing_date")))
                    .withBody(String.join("\n", lines)));
        }
    }

    /** trafilatura's evaluation page: title and must-have / must-not snippets. */
    private static void trafilatura(Path dir, List<ArabicGoldPage> out) {
        Path gold = dir.resolve("evaldata-subset.json");
        if (!Files.isRegularFile(gold)) return;
        for (Map.Entry<String, JsonNode> e : entries(PageFiles.json(gold))) {
            JsonNode g = e.getValue();
            out.add(ArabicGoldPage.of("trafilatura-eval", "trafilatura " + host(e.getKey()),
                            dir.resolve(PageFiles.field(g, "file")), e.getKey())
                    .withTitle(blankToNull(PageFiles.field(g, "title")))
                    .withSnippets(strings(g.path("with")), strings(g.path("without"))));
        }
    }

    /** newspaper4k's CNN Arabic page: title and full body text. */
    private static void newspaper4k(Path dir, List<ArabicGoldPage> out) {
        Path html = dir.resolve("arabic_article.html");
        Path meta = dir.resolve("arabic_article.metadata.json");
        if (!Files.isRegularFile(html) || !Files.isRegularFile(meta)) return;
        JsonNode m = PageFiles.json(meta);
        String url = PageFiles.field(m, "url");
        out.add(ArabicGoldPage.of("newspaper4k", "newspaper4k " + host(url), html, url)
                .withTitle(blankToNull(PageFiles.field(m, "title")))
                .withBody(PageFiles.text(dir.resolve("arabic_article.txt"))));
    }

    /** goose3's snapshot of the same CNN Arabic article: the start of the body only. */
    private static void goose3(Path dir, List<ArabicGoldPage> out) {
        Path html = dir.resolve("test_cnn_arabic.html");
        Path gold = dir.resolve("test_cnn_arabic.json");
        if (!Files.isRegularFile(html) || !Files.isRegularFile(gold)) return;
        JsonNode g = PageFiles.json(gold);
        String url = PageFiles.field(g, "url");
        out.add(ArabicGoldPage.of("goose3", "goose3 " + host(url), html, url)
                .withPrefix(PageFiles.field(g.path("expected"), "cleaned_text")));
    }

    /** omnivore's BBC Arabic page: title and date-time from the metadata, body from Readability's expected HTML. */
    private static void bbc(Path dir, List<ArabicGoldPage> out) {
        for (Path html : list(dir, "omnivore_", ".html")) {
            String base = html.getFileName().toString();
            base = base.substring(0, base.length() - ".html".length());
            if (base.contains(".")) continue; // expected.html, distiller.html
            Path meta = dir.resolve(base + ".expected-metadata.json");
            Path expected = dir.resolve(base + ".expected.html");
            if (!Files.isRegularFile(meta) || !Files.isRegularFile(expected)) continue;
            JsonNode m = PageFiles.json(meta);
            String url = PageFiles.text(dir.resolve(base + ".url.txt")).strip();
            out.add(ArabicGoldPage.of("arabic-wild", "wild " + host(url), html, url)
                    .withTitle(blankToNull(PageFiles.field(m, "title")))
                    .withDate(instant(PageFiles.field(m, "publishedDate")))
                    .withBody(GoldText.readabilityBody(PageFiles.text(expected))));
        }
    }

    /** magic-html's Youm7 pages: main text, keyed by the page's full sha256 (the file name holds its start). */
    private static void youm7(Path dir, List<ArabicGoldPage> out) {
        Path gold = dir.resolve("magic-html_base-subset.json");
        if (!Files.isRegularFile(gold)) return;
        List<Map.Entry<String, JsonNode>> golds = entries(PageFiles.json(gold));
        for (Path html : list(dir, "magic-html_", ".html")) {
            String hash = stem(html.getFileName().toString()).substring("magic-html_".length());
            for (Map.Entry<String, JsonNode> e : golds) {
                if (!e.getKey().startsWith(hash)) continue;
                String url = PageFiles.field(e.getValue(), "url");
                out.add(ArabicGoldPage.of("arabic-wild", "wild " + host(url) + " " + hash.substring(0, 6), html, url)
                        .withBody(GoldText.withoutVideoPlayer(PageFiles.field(e.getValue(), "content")))
                        .withHeadlineInBody());
            }
        }
    }

    /** The pages that are not articles (a directory, a home page, a section index): they must be rejected. */
    private static void nonArticles(Path dir, List<ArabicGoldPage> out) {
        for (Path html : list(dir, "", ".html")) {
            String[] parts = html.getFileName().toString().split("_"); // <project>_<site>_<what>.html
            String site = parts.length > 2 ? parts[1] : stem(html.getFileName().toString());
            out.add(ArabicGoldPage.of("arabic-wild", "non-article " + site, html, null).asNonArticle());
        }
    }

    private static ArabicGoldPage.GoldDate instant(String iso) {
        if (iso == null || iso.isBlank()) return null;
        OffsetDateTime t = OffsetDateTime.parse(iso.strip().replace(' ', 'T'));
        return new ArabicGoldPage.GoldDate(t.toLocalDate(), t.getOffset());
    }

    private static List<Map.Entry<String, JsonNode>> entries(JsonNode object) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) out.add(it.next());
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) if (!n.asText().isBlank()) out.add(n.asText());
        return out;
    }

    private static List<Path> list(Path dir, String prefix, String suffix) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(suffix) && Files.isRegularFile(p);
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static void addIfText(List<String> lines, String s) {
        if (s != null && !s.isBlank()) lines.add(s.strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A file name without its extensions: {@code 1691196862.html} gives {@code 1691196862}. */
    static String stem(String file) {
        int dot = file.indexOf('.');
        return dot < 0 ? file : file.substring(0, dot);
    }

    /** The host of a URL without {@code www.}; URLs here may hold raw Arabic, so no java.net.URI. */
    static String host(String url) {
        if (url == null) return "?";
        int start = url.indexOf("://");
        start = start < 0 ? 0 : start + 3;
        int end = url.indexOf('/', start);
        String h = end < 0 ? url.substring(start) : url.substring(start, end);
        return h.startsWith("www.") ? h.substring(4) : h;
    }
}
