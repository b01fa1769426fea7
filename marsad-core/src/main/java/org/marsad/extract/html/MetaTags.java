package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.marsad.extract.TextClean;

/**
 * The page's {@code <meta>} tags by key: property, name, itemprop and http-equiv all count, case-insensitively
 * (sites mix {@code name="og:title"} and {@code property="og:title"}). Values are whitespace-normalised.
 */
final class MetaTags {
    private final Map<String, List<String>> values = new HashMap<>();

    private MetaTags() {}

    /** The attributes that name a meta tag. */
    private static final String[] KEY_ATTRS = {"property", "name", "itemprop", "http-equiv"};

    /** Indexes every meta tag of the document that has a non-blank content. */
    static MetaTags of(Document doc) {
        return of(PageIndex.of(doc).metas);
    }

    /** Indexes the given meta tags, those with a non-blank content. */
    static MetaTags of(List<Element> metas) {
        MetaTags tags = new MetaTags();
        for (Element meta : metas) {
            String content = TextClean.line(meta.attr("content"));
            if (content.isEmpty()) continue;
            for (String attr : KEY_ATTRS) {
                String value = meta.attr(attr);
                if (value.isEmpty()) continue;
                // One tag can carry several keys: name="twitter:url" property="og:url", or property="a b".
                tags.addKeys(value.trim().toLowerCase(Locale.ROOT), content);
            }
        }
        return tags;
    }

    /** Adds the content under each key of {@code keys}, split at runs of regex {@code \\s} whitespace. */
    private void addKeys(String keys, String content) {
        int start = -1;
        for (int i = 0; i <= keys.length(); i++) {
            boolean space = i == keys.length() || isRegexSpace(keys.charAt(i));
            if (!space && start < 0) start = i;
            if (space && start >= 0) {
                values.computeIfAbsent(keys.substring(start, i), k -> new ArrayList<>()).add(content);
                start = -1;
            }
        }
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The first value among the keys, tried in order, or null. */
    String first(String... keys) {
        for (String key : keys) {
            List<String> v = values.get(key);
            if (v != null && !v.isEmpty()) return v.get(0);
        }
        return null;
    }

    /** Every value of the keys, in key order then document order. */
    List<String> all(String... keys) {
        List<String> out = new ArrayList<>();
        for (String key : keys) out.addAll(values.getOrDefault(key, List.of()));
        return out;
    }
}
