package org.marsad.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.marsad.extract.TextClean;

/** A page's JSON-LD, read leniently, and the questions the metadata reader asks of it. Immutable. */
final class JsonLd {
    /** Types that describe the site, a person or a fragment rather than the page's main thing. */
    private static final Set<String> NOT_MAIN = Set.of(
            "organization", "newsmediaorganization", "corporation", "website", "breadcrumblist", "listitem",
            "imageobject", "person", "searchaction", "entrypoint", "place", "thing", "sitenavigationelement",
            "wpheader", "wpfooter", "wpsidebar", "contactpoint", "postaladdress", "language", "readaction",
            "propertyvaluespecification", "itemlist", "speakablespecification", "webpageelement");

    private final List<JsonNode> nodes;
    private final Map<String, JsonNode> byId = new HashMap<>();
    private final JsonNode main;

    private JsonLd(List<JsonNode> nodes) {
        this.nodes = nodes;
        for (JsonNode n : nodes) {
            String id = n.path("@id").asText("");
            if (!id.isEmpty() && n.size() > 1) byId.putIfAbsent(id, n);
        }
        this.main = findMain();
    }

    /** Reads every JSON-LD script of the page; a page without any gives an empty instance. */
    static JsonLd of(Document doc) {
        return of(PageIndex.of(doc));
    }

    /** Reads the JSON-LD scripts of an indexed page. */
    static JsonLd of(PageIndex page) {
        return new JsonLd(JsonLdReader.typedNodes(page.scripts));
    }

    /** Builds from already parsed typed nodes (tests). */
    static JsonLd ofNodes(List<JsonNode> nodes) {
        return new JsonLd(List.copyOf(nodes));
    }

    /** The page's main entity type in lower case (newsarticle, videoobject...), or null. */
    String mainType() {
        if (main == null) return null;
        List<String> types = types(main);
        for (String t : types) if (isArticleType(t)) return t;
        return types.isEmpty() ? null : types.get(0);
    }

    /** The main entity's headline (or its name when it has none), or null. */
    String headline() {
        if (main == null) return null;
        String h = text(main.get("headline"));
        if (h == null) h = text(main.get("headLine"));
        return h != null ? h : text(main.get("name"));
    }

    /** The main entity's articleSection, the first one when it lists several, or null. */
    String section() {
        return main == null ? null : text(main.get("articleSection"));
    }

    /** All articleSection values of the main entity (titles sometimes repeat them as suffixes). */
    List<String> sections() {
        return main == null ? List.of() : texts(main.get("articleSection"));
    }

    /** The main entity's author names as written (person names only: organisations are publishers). */
    List<String> authorNames() {
        List<String> out = new ArrayList<>();
        if (main == null) return out;
        for (JsonNode a : list(main.get("author"))) {
            JsonNode node = resolve(a);
            if (node.isTextual()) {
                addText(out, node);
            } else if (node.isObject() && !isOrganization(node)) {
                addText(out, node.get("name"));
            }
        }
        return out;
    }

    /** The publisher's name: the main entity's publisher, else the first organisation described. */
    String publisherName() {
        if (main != null) {
            for (JsonNode p : list(main.get("publisher"))) {
                JsonNode node = resolve(p);
                String name = node.isTextual() ? text(node) : text(node.get("name"));
                if (name != null) return name;
            }
        }
        for (JsonNode n : nodes) {
            if (isOrganization(n)) {
                String name = text(n.get("name"));
                if (name != null) return name;
            }
        }
        return null;
    }

    /** Every name the JSON-LD gives the site: publishers, organisations, the WebSite; for title suffix removal. */
    List<String> siteNames() {
        List<String> out = new ArrayList<>();
        String publisher = publisherName();
        if (publisher != null) out.add(publisher);
        for (JsonNode n : nodes) {
            if (isOrganization(n) || types(n).contains("website")) addText(out, n.get("name"));
            if (isOrganization(n)) addText(out, n.get("alternateName"));
        }
        return out;
    }

    /** The crumb names of the first BreadcrumbList, ordered by position. */
    List<String> breadcrumbs() {
        for (JsonNode n : nodes) {
            if (!types(n).contains("breadcrumblist")) continue;
            List<JsonNode> items = new ArrayList<>(list(n.get("itemListElement")));
            items.sort((a, b) -> Double.compare(a.path("position").asDouble(0), b.path("position").asDouble(0)));
            List<String> names = new ArrayList<>();
            for (JsonNode item : items) {
                String name = text(item.get("name"));
                if (name == null) name = text(resolve(item.path("item")).get("name"));
                if (name != null) names.add(name);
            }
            return names;
        }
        return List.of();
    }

    /** The main entity's first image caption, or null. */
    String imageCaption() {
        for (JsonNode img : images()) {
            String v = text(img.get("caption"));
            if (v != null) return v;
        }
        return null;
    }

    /** The main entity's first image credit (creditText, else copyrightHolder), or null. */
    String imageCredit() {
        for (JsonNode img : images()) {
            String v = text(img.get("creditText"));
            if (v == null) v = text(resolve(img.get("copyrightHolder")));
            if (v != null) return v;
        }
        return null;
    }

    /** The main entity's declared language (inLanguage: a code or a Language object), or null. */
    String language() {
        if (main == null) return null;
        JsonNode lang = main.get("inLanguage");
        if (lang != null && lang.isObject()) {
            String alt = text(lang.get("alternateName"));
            return alt != null ? alt : text(lang.get("name"));
        }
        return text(lang);
    }

    private List<JsonNode> images() {
        List<JsonNode> out = new ArrayList<>();
        if (main == null) return out;
        for (JsonNode img : list(main.get("image"))) {
            JsonNode node = resolve(img);
            if (node.isObject()) out.add(node);
        }
        return out;
    }

    private JsonNode findMain() {
        for (JsonNode n : nodes) {
            for (String t : types(n)) if (isArticleType(t)) return n;
        }
        for (JsonNode n : nodes) {
            JsonNode me = resolve(n.path("mainEntity"));
            if (me.isObject() && me.has("@type")) return me;
        }
        for (JsonNode n : nodes) {
            List<String> types = types(n);
            if (!types.isEmpty() && !NOT_MAIN.contains(types.get(0))) return n;
        }
        return null;
    }

    private JsonNode resolve(JsonNode ref) {
        if (ref != null && ref.isObject() && ref.size() == 1 && ref.has("@id")) {
            JsonNode target = byId.get(ref.get("@id").asText(""));
            if (target != null) return target;
        }
        return ref == null ? MissingNode.getInstance() : ref;
    }

    /** True for article-like schema.org types: NewsArticle, ReportageNewsArticle, BlogPosting, Report... */
    static boolean isArticleType(String type) {
        return type.contains("article") || type.endsWith("posting") || type.equals("report");
    }

    private static boolean isOrganization(JsonNode n) {
        for (String t : types(n)) if (t.contains("organization") || t.equals("corporation")) return true;
        return false;
    }

    /** The @type values of a node, lower case, without a schema.org prefix. */
    static List<String> types(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (JsonNode t : list(n.get("@type"))) {
            if (!t.isTextual()) continue;
            String s = t.asText().trim().toLowerCase(Locale.ROOT);
            int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf(':'));
            if (cut >= 0) s = s.substring(cut + 1);
            if (!s.isEmpty()) out.add(s);
        }
        return out;
    }

    /** A value as a list: arrays element-wise, @list unwrapped, null as empty. */
    static List<JsonNode> list(JsonNode v) {
        List<JsonNode> out = new ArrayList<>();
        if (v == null || v.isNull() || v.isMissingNode()) return out;
        if (v.isObject() && v.has("@list")) v = v.get("@list");
        if (v.isArray()) v.forEach(out::add);
        else out.add(v);
        return out;
    }

    /** A value as one clean line: a string, the first string of an array, or an object's @value/name. */
    static String text(JsonNode v) {
        for (JsonNode x : list(v)) {
            JsonNode node = x.isObject() ? (x.has("@value") ? x.get("@value") : x.get("name")) : x;
            if (node != null && node.isValueNode()) {
                String s = clean(node.asText());
                if (s != null) return s;
            }
        }
        return null;
    }

    private static List<String> texts(JsonNode v) {
        List<String> out = new ArrayList<>();
        for (JsonNode x : list(v)) addText(out, x);
        return out;
    }

    private static void addText(List<String> out, JsonNode v) {
        String s = text(v);
        if (s != null) out.add(s);
    }

    /** JSON-LD strings sometimes carry HTML entities (&amp;quot;): unescape, then normalise whitespace. */
    static String clean(String s) {
        if (s == null) return null;
        String t = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
        t = TextClean.line(t);
        return t.isEmpty() ? null : t;
    }
}
