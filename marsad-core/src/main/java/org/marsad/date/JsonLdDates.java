package org.marsad.date;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.marsad.model.NewsDate;

/** datePublished / dateModified from a page's JSON-LD, trusting article types over pages over anything else. */
final class JsonLdDates {
    private JsonLdDates() {}

    /** The best dates found, each with the rank of the object it came from (lower is better). */
    record Found(NewsDate published, NewsDate modified) {}

    private static final JsonFactory JSON = JsonTrees.factory(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
            JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES,
            JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER);
    private static final Pattern LOOSE_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{6,60})\"");
    private static final Pattern LOOSE_MODIFIED = Pattern.compile("\"dateModified\"\\s*:\\s*\"([^\"]{6,60})\"");
    private static final int WORST = 9;

    static Found find(PageElements page, DatePolicy policy) {
        Best published = new Best();
        Best modified = new Best();
        for (Element script : page.typedScripts) {
            if (!script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) continue;
            String data = clean(script.data());
            if (data.isEmpty()) continue;
            JsonNode root = null;
            try {
                root = JsonTrees.readFirst(JSON, data);
            } catch (Exception | StackOverflowError e) {
                // broken JSON-LD is common: fall back to a plain search for the two keys below
            }
            if (root != null) {
                walk(root, published, modified, policy);
            } else {
                loose(data, LOOSE_PUBLISHED, published, policy);
                loose(data, LOOSE_MODIFIED, modified, policy);
            }
        }
        return new Found(published.date, modified.date);
    }

    private static String clean(String data) {
        String s = data.strip();
        if (s.startsWith("<!--")) s = s.substring(4);
        if (s.endsWith("-->")) s = s.substring(0, s.length() - 3);
        s = s.replace("<![CDATA[", "").replace("]]>", "");
        return s.strip();
    }

    /** Iterative walk over objects, arrays and {@code @graph}: no recursion on deep documents. */
    private static void walk(JsonNode root, Best published, Best modified, DatePolicy policy) {
        Deque<JsonNode> stack = new ArrayDeque<>();
        stack.push(root);
        int visited = 0;
        while (!stack.isEmpty() && visited++ < 100_000) {
            JsonNode node = stack.pop();
            if (node.isObject()) {
                int rank = rank(node.get("@type"));
                offer(published, node.get("datePublished"), rank, policy);
                if (published.date == null) offer(published, node.get("dateCreated"), rank + 1, policy);
                offer(modified, node.get("dateModified"), rank, policy);
            }
            if (node.isContainerNode()) {
                // push in reverse so that document order is kept
                Deque<JsonNode> children = new ArrayDeque<>();
                for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) children.push(it.next());
                for (JsonNode child : children) stack.push(child);
            }
        }
    }

    /** 0 for articles and posts, 2 for web pages, 4 for other or missing types. */
    static int rank(JsonNode type) {
        if (type == null) return 4;
        int best = 4;
        Iterable<JsonNode> types = type.isArray() ? type : java.util.List.of(type);
        for (JsonNode t : types) {
            String s = t.asText("").toLowerCase(Locale.ROOT);
            if (s.contains("article") || s.contains("posting") || s.equals("report")) best = Math.min(best, 0);
            else if (s.endsWith("webpage") || s.equals("itempage")) best = Math.min(best, 2);
        }
        return best;
    }

    private static void offer(Best best, JsonNode value, int rank, DatePolicy policy) {
        if (value == null || rank >= best.rank) return;
        if (value.isArray() && value.size() > 0) value = value.get(0);
        if (!value.isTextual() && !value.isNumber()) return;
        Optional<NewsDate> d = ArabicDateParser.parseMachine(value.asText());
        if (d.isPresent() && policy.plausible(d.get())) {
            best.date = d.get();
            best.rank = rank;
        }
    }

    private static void loose(String data, Pattern key, Best best, DatePolicy policy) {
        Matcher m = key.matcher(data);
        if (best.rank <= 3 || !m.find()) return;
        ArabicDateParser.parseMachine(m.group(1)).filter(policy::plausible).ifPresent(d -> {
            best.date = d;
            best.rank = 3;
        });
    }

    private static final class Best {
        NewsDate date;
        int rank = WORST;
    }
}
