package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.marsad.extract.TextClean;

/**
 * Where the article sits in the page: its visible headline element and the container around it, so that bylines
 * and figures are looked for near the article and not in sidebars, comment lists or "more news" blocks.
 *
 * @param headline the h1 showing the title, or null
 * @param container the article element around the headline (or the page's first article), or null
 * @param wider the element a few levels above the headline, or null
 */
record MetaScope(Element headline, Element container, Element wider) {
    /** How many levels above the headline to look when no article element holds it. */
    private static final int LEVELS_UP = 4;

    /** The share of the shorter word set that a headline and the title must have in common. */
    private static final double MIN_OVERLAP = 0.6;

    /** Finds the headline matching the title (any h1 when the title is null) and its container. */
    static MetaScope of(PageIndex page, String title) {
        Set<String> titleWords = words(title == null ? "" : title);
        Element headline = null;
        Element firstLong = null;
        for (Element h : page.h1s) {
            Set<String> w = words(h.text());
            if (w.size() < 2) continue;
            if (firstLong == null && w.size() >= 3) firstLong = h;
            if (titleWords.isEmpty() || overlap(w, titleWords) >= MIN_OVERLAP) {
                headline = h;
                break;
            }
        }
        // A visible headline worded differently from og:title (the BBC does this) still marks the article.
        if (headline == null) headline = firstLong;
        if (headline == null) {
            return new MetaScope(null, page.firstArticle, null);
        }
        Element container = null;
        for (Element p = headline.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("article")) {
                container = p;
                break;
            }
        }
        Element p = headline;
        for (int i = 0; i < LEVELS_UP && p.parent() != null; i++) {
            String name = p.parent().normalName();
            if (name.equals("body") || name.equals("html") || name.equals("#root")) break;
            p = p.parent();
        }
        Element wider = p == headline ? null : p;
        return new MetaScope(headline, container, wider);
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : TextClean.line(text).split(" ")) {
            String k = MetaSiteNames.key(w);
            if (!k.isEmpty()) out.add(k);
        }
        return out;
    }

    private static double overlap(Set<String> a, Set<String> b) {
        int common = 0;
        for (String w : a) if (b.contains(w)) common++;
        return (double) common / Math.min(a.size(), b.size());
    }

    /** The places to search, narrowest first: the article element, then the headline's wider surroundings. */
    List<Element> scopes() {
        List<Element> out = new ArrayList<>();
        if (container != null) out.add(container);
        if (wider != null && wider != container) out.add(wider);
        return out;
    }
}
