package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.marsad.extract.TextClean;

/**
 * Chooses the article's headline among og:title, the JSON-LD headline, twitter:title, the visible h1 and
 * {@code <title>}, with the site name and section cut off, preferring a candidate another source confirms.
 */
final class TitleChooser {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * The chosen title and the pieces the page's titles carried around it (site names, sections), which later
     * steps use to recognise the site in author strings.
     */
    record Choice(String title, List<String> siteHints) {}

    /** Words a typical headline has at least; shorter unconfirmed candidates are trusted less. */
    private static final int MIN_HEADLINE_WORDS = 4;

    private TitleChooser() {}

    /** Chooses the title; null when the page names none. */
    static Choice choose(PageIndex page, MetaTags meta, JsonLd ld, MetaSiteNames sites, List<String> sections) {
        Document doc = page.doc;
        Set<String> sectionKeys = new HashSet<>();
        for (String s : sections) sectionKeys.add(MetaSiteNames.key(s));
        String htmlTitle = doc.title();
        String og = meta.first("og:title");
        List<String> raw = new ArrayList<>();
        raw.add(og);
        raw.add(ld.headline());
        raw.add(meta.first("twitter:title", "headline"));
        raw.add(microdataHeadline(page));
        String h1 = bestH1(page, htmlTitle, og, sites);
        raw.add(h1);
        raw.add(htmlTitle);

        List<String> cleaned = new ArrayList<>();
        for (String r : raw) {
            String c = null;
            String line = r == null ? null : JsonLd.clean(r);
            if (line != null) {
                c = TitleSegments.split(line).stripEnds(sites::matches, p -> isSection(p, sectionKeys));
                if (sites.matches(c) && TitleSegments.split(c).size() == 1) c = null;
            }
            cleaned.add(c);
        }
        reduceToConfirmedRuns(cleaned);

        String chosen = null;
        for (int i = 0; i < cleaned.size() && chosen == null; i++) {
            if (cleaned.get(i) != null && confirmed(i, cleaned)) chosen = cleaned.get(i);
        }
        // Nothing confirmed: a headline-length candidate beats a short one (often a logo h1 or a stray og:title).
        int unconfirmed = -1;
        for (int i = 0; i < cleaned.size() && chosen == null && unconfirmed < 0; i++) {
            if (cleaned.get(i) != null && cleaned.get(i).split(" ").length >= MIN_HEADLINE_WORDS) unconfirmed = i;
        }
        for (int i = 0; i < cleaned.size() && chosen == null && unconfirmed < 0; i++) {
            if (cleaned.get(i) != null) unconfirmed = i;
        }
        if (chosen == null && unconfirmed < 0) return new Choice(null, List.of());
        if (chosen == null) {
            chosen = cleaned.get(unconfirmed);
            if (unconfirmed == cleaned.size() - 1) chosen = stripUnknownSuffix(chosen);
        }
        chosen = TextClean.line(chosen);

        List<String> hints = new ArrayList<>();
        for (String r : new String[] {htmlTitle, og}) {
            if (r == null) continue;
            for (String piece : TitleSegments.split(r).piecesOutside(chosen)) {
                if (piece.split(" ").length <= 6) hints.add(piece);
            }
        }
        return new Choice(chosen, hints);
    }

    /** A candidate holding another as whole pieces ("الموقع - العنوان" and the h1 "العنوان") shrinks to it. */
    private static void reduceToConfirmedRuns(List<String> cleaned) {
        for (int i = 0; i < cleaned.size(); i++) {
            String c = cleaned.get(i);
            if (c == null) continue;
            TitleSegments segs = TitleSegments.split(c);
            if (segs.size() < 2) continue;
            for (int j = 0; j < cleaned.size(); j++) {
                String r = cleaned.get(j);
                if (j == i || r == null || r.length() >= c.length() || r.split(" ").length < 2) continue;
                String run = segs.runEqualTo(r);
                if (run != null) {
                    cleaned.set(i, run);
                    break;
                }
            }
        }
    }

    /** True when another source gives the same headline, or one that holds it or is held by it. */
    private static boolean confirmed(int i, List<String> cleaned) {
        String k = MetaSiteNames.key(cleaned.get(i));
        if (k.isEmpty()) return false;
        for (int j = 0; j < cleaned.size(); j++) {
            if (j == i || cleaned.get(j) == null) continue;
            String o = MetaSiteNames.key(cleaned.get(j));
            if (o.isEmpty()) continue;
            if (o.equals(k)) return true;
            String longer = o.length() > k.length() ? o : k;
            String shorter = longer == o ? k : o;
            if (longer.contains(shorter) && shorter.length() * 2 >= longer.length()) return true;
        }
        return false;
    }

    /**
     * With nothing but {@code <title>}, a short last piece after a dash or pipe is taken for an unknown site
     * name: "عنوان الخبر الطويل هنا - موقع ما" keeps the headline; colons and commas never cut here.
     */
    static String stripUnknownSuffix(String title) {
        TitleSegments segs = TitleSegments.split(title);
        int n = segs.size();
        if (n < 2 || !segs.strongBefore(n - 1)) return title;
        String head = segs.span(0, n - 2);
        String tail = segs.span(n - 1, n - 1);
        int headWords = head.split(" ").length;
        int tailWords = tail.split(" ").length;
        return tailWords <= 4 && headWords >= 2 * tailWords + 1 ? head : title;
    }

    private static boolean isSection(String piece, Set<String> sectionKeys) {
        return sectionKeys.contains(MetaSiteNames.key(piece));
    }

    /** The h1 that the other titles confirm, else the first h1 of at least two words that is not the site name. */
    private static String bestH1(PageIndex page, String htmlTitle, String og, MetaSiteNames sites) {
        String titleKey = MetaSiteNames.key(htmlTitle == null ? "" : htmlTitle);
        String ogKey = MetaSiteNames.key(og == null ? "" : og);
        String fallback = null;
        for (Element h : page.h1s) {
            String text = TextClean.line(h.text());
            String k = MetaSiteNames.key(text);
            if (k.length() < 4 || sites.matches(text)) continue;
            if (titleKey.contains(k) || ogKey.contains(k)) return text;
            if (fallback == null && text.split(" ").length >= 2) fallback = text;
        }
        return fallback;
    }

    /** The text of the first non-meta element marked itemprop="headline", or null. */
    private static String microdataHeadline(PageIndex page) {
        for (Element e : page.itemprops) {
            if (e.normalName().equals("meta")) continue;
            String props = e.attr("itemprop");
            // A cheap test before the split: only a value holding "headline" can have it as a word.
            if (!Ascii.containsIgnoreCase(props, "headline")) continue;
            for (String prop : SPACES.split(props.toLowerCase(Locale.ROOT))) {
                if (prop.equals("headline")) {
                    String t = TextClean.line(e.text());
                    if (!t.isEmpty()) return t;
                }
            }
        }
        return null;
    }
}
