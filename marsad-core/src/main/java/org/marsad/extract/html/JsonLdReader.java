package org.marsad.extract.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.marsad.date.JsonTrees;

/**
 * Parses a page's {@code application/ld+json} scripts leniently and flattens them into the list of typed objects
 * they describe, in document order. Broken scripts are skipped; nothing here throws.
 */
final class JsonLdReader {
    /** Many sites emit JSON-LD that strict JSON rejects: trailing commas, raw newlines in strings, comments. */
    private static final JsonFactory LENIENT = JsonTrees.factory(
                    JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
                    JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS);

    /** A cap on the typed objects kept from one page, so a pathological script cannot cost much. */
    private static final int MAX_NODES = 5_000;

    private JsonLdReader() {}

    /** Every typed JSON-LD object of the page (top level, inside @graph, arrays and nested values), in order. */
    static List<JsonNode> typedNodes(Document doc) {
        return typedNodes(PageIndex.of(doc).scripts);
    }

    /** Every typed JSON-LD object of the given script elements (non-JSON-LD ones are skipped), in order. */
    static List<JsonNode> typedNodes(List<Element> scripts) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : scripts) {
            if (!script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) continue;
            for (JsonNode root : parse(script.data())) {
                collect(root, out);
                if (out.size() >= MAX_NODES) return out;
            }
        }
        return out;
    }

    /** The JSON values in one script's text; an empty list when it cannot be read at all. */
    static List<JsonNode> parse(String scriptText) {
        String text = unwrap(scriptText);
        // Keeps whatever parsed before any damage: a page's later scripts and fields still count.
        return text.isEmpty() ? new ArrayList<>() : JsonTrees.readAll(LENIENT, text);
    }

    /** Strips the CDATA and comment wrappers some pages put around the JSON, and a trailing semicolon. */
    static String unwrap(String s) {
        String t = s.strip();
        boolean changed = true;
        while (changed && !t.isEmpty()) {
            changed = false;
            for (String open : new String[] {"//<![CDATA[", "<![CDATA[", "<!--"}) {
                if (t.startsWith(open)) {
                    t = t.substring(open.length()).strip();
                    changed = true;
                }
            }
            for (String close : new String[] {"//]]>", "]]>", "-->", ";"}) {
                if (t.endsWith(close)) {
                    t = t.substring(0, t.length() - close.length()).strip();
                    changed = true;
                }
            }
        }
        return t;
    }

    /** Depth-first, pre-order, iterative walk (JSON can be deeply nested): keeps objects that carry an @type. */
    private static void collect(JsonNode root, List<JsonNode> out) {
        Deque<JsonNode> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty() && out.size() < MAX_NODES) {
            JsonNode node = stack.pop();
            if (node.isObject() && node.has("@type")) out.add(node);
            if (node.isContainerNode()) {
                List<JsonNode> children = new ArrayList<>();
                node.elements().forEachRemaining(children::add);
                for (int i = children.size() - 1; i >= 0; i--) {
                    if (children.get(i).isContainerNode()) stack.push(children.get(i));
                }
            }
        }
    }
}
