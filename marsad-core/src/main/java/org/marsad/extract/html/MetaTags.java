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

    /** Indexes every meta tag of the document that has a non-blank content. */
    static MetaTags of(Document doc) {
        MetaTags tags = new MetaTags();
        for (Element meta : doc.getElementsByTag("meta")) {
            String content = TextClean.line(meta.attr("content"));
            if (content.isEmpty()) continue;
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                // One tag can carry several keys: name="twitter:url" property="og:url", or property="a b".
                for (String key : meta.attr(attr).trim().toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (!key.isEmpty()) tags.values.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
                }
            }
        }
        return tags;
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
