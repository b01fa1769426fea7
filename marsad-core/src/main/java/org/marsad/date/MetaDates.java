package org.marsad.date;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.marsad.model.NewsDate;

/** Dates from meta tags and from any element marked {@code itemprop=datePublished/dateModified}. */
final class MetaDates {
    private MetaDates() {}

    record Found(NewsDate published, NewsDate modified) {}

    /** Publication keys, most trusted first, folded to lower-case letters and digits only. */
    private static final List<String> PUBLISHED = List.of("articlepublishedtime", "ogarticlepublishedtime",
            "articlepublished", "publishedtime", "datepublished", "publishdate", "publisheddate", "publishtime",
            "publicationdate", "originalpublicationdate", "pubdate", "parselypubdate", "sailthrudate",
            "dcdateissued", "dctermsissued", "dctermscreated", "dcdatecreated", "datecreated", "articledate",
            "dcdate", "dctermsdate", "date");
    /** Modification keys, most trusted first. */
    private static final List<String> MODIFIED = List.of("articlemodifiedtime", "articlemodified", "modifiedtime",
            "datemodified", "ogupdatedtime", "updatedtime", "articleupdated", "dcdatemodified", "dctermsmodified",
            "lastmodified", "lastmod");
    private static final List<String> KEY_ATTRS = List.of("property", "name", "itemprop", "http-equiv");

    static Found find(PageElements page, DatePolicy policy) {
        NewsDate published = null;
        NewsDate modified = null;
        int pubRank = Integer.MAX_VALUE;
        int modRank = Integer.MAX_VALUE;
        for (Element el : page.dated) {
            String value = value(el);
            if (value.isEmpty()) continue;
            for (String attr : KEY_ATTRS) {
                String raw = el.attr(attr);
                if (raw.isEmpty()) continue;
                String key = normalize(raw);
                if (key.isEmpty()) continue;
                int p = rank(PUBLISHED, key);
                if (p < pubRank) {
                    Optional<NewsDate> d = parse(value, policy);
                    if (d.isPresent()) {
                        published = d.get();
                        pubRank = p;
                    }
                }
                int m = rank(MODIFIED, key);
                if (m < modRank) {
                    Optional<NewsDate> d = parse(value, policy);
                    if (d.isPresent()) {
                        modified = d.get();
                        modRank = m;
                    }
                }
            }
        }
        return new Found(published, modified);
    }

    private static Optional<NewsDate> parse(String value, DatePolicy policy) {
        return ArabicDateParser.parseMachine(value).filter(policy::plausible);
    }

    /** A meta's content; for other elements their datetime or content attribute, else their own short text. */
    private static String value(Element el) {
        if (el.nameIs("meta")) return el.attr("content").strip();
        if (el.hasAttr("datetime")) return el.attr("datetime").strip();
        if (el.hasAttr("content")) return el.attr("content").strip();
        String text = el.ownText().strip();
        return text.length() <= 120 ? text : "";
    }

    /** Index of the first key that equals {@code key} or ends it (for prefixed names like site:publishDate). */
    private static int rank(List<String> keys, String key) {
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            if (key.equals(k) || k.length() >= 7 && key.endsWith(k)) return i;
        }
        return Integer.MAX_VALUE;
    }

    static String normalize(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (char c : key.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') sb.append(c);
        }
        return sb.toString();
    }
}
