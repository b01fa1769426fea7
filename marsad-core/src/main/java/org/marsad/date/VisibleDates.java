package org.marsad.date;

import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.marsad.model.NewsDate;

/**
 * Dates a reader sees: {@code <time datetime>} elements, then short lines whose class or id says date, then short
 * lines near the headline. Among candidates the one closest to the main {@code <h1>} wins, and anything inside a
 * related-articles list, sidebar, footer or navigation is ignored.
 */
final class VisibleDates {
    private VisibleDates() {}

    record Found(NewsDate published, NewsDate modified) {}

    /** Class or id words (lower case) of blocks that list other articles or page chrome. */
    private static final String[] ELSEWHERE = {"related", "recommend", "more-news", "morenews", "sidebar",
        "side-bar", "footer", "comment", "widget", "most-read", "mostread", "popular", "latest", "ticker", "breaking",
        "trending", "read-also", "readalso", "similar", "newsletter", "copyright", "menu", "navbar", "nav-",
        "carousel", "slider", "teaser", "tags", "marquee", "headerdate", "topbar", "top-bar"};
    /** Class or id words (lower case) of date lines. */
    private static final String[] DATE_CLASS =
        {"date", "time", "publish", "posted", "created", "updated", "byline", "meta", "تاريخ"};
    /** Class words (lower case) that mark a modification date rather than a publication date. */
    private static final String[] MODIFIED_CLASS = {"updated", "modified", "تحديث", "تعديل"};
    /** Line words that mark a modification date rather than a publication date. */
    private static final Pattern MODIFIED_LINE = Pattern.compile("(?i)updated|modified|تحديث|تعديل");
    private static final int MAX_LINE = 160;
    private static final int NEAR_H1 = 40;

    static Found find(PageElements page, DatePolicy policy, ZonedDateTime reference) {
        List<Element> all = page.all;
        Element h1 = headline(page);
        int anchor = h1 == null ? -1 : indexOf(all, h1);
        Set<Element> aroundHeadline = new HashSet<>();
        for (Element e = h1; e != null; e = e.parent()) aroundHeadline.add(e);
        Best published = new Best();
        Best modified = new Best();
        int from = anchor < 0 ? 0 : Math.max(0, anchor - NEAR_H1);
        for (int i = 0; i < all.size(); i++) {
            Element el = all.get(i);
            if (aroundHeadline.contains(el) && el != h1) continue; // a block holding the headline is no date line
            boolean near = anchor >= 0 && i >= from && i <= anchor + NEAR_H1;
            String marks = classText(el);
            Seen seen = candidate(el, marks, near, policy, reference);
            if (seen == null || elsewhere(el)) continue;
            int distance = anchor < 0 ? i : Math.abs(i - anchor);
            int rank = el.hasAttr("pubdate") ? 0 : el.nameIs("time") ? 1 : containsAny(marks, DATE_CLASS) ? 2 : 3;
            boolean updated = seen.updated() || containsAny(marks, MODIFIED_CLASS);
            (updated ? modified : published).offer(seen.date(), rank, distance);
        }
        return new Found(published.date, modified.date);
    }

    /** A date a reader sees, and whether its line says it is an update (آخر تحديث). */
    private record Seen(NewsDate date, boolean updated) {}

    private static Seen candidate(Element el, String marks, boolean near, DatePolicy policy,
            ZonedDateTime reference) {
        if (el.nameIs("time") && el.hasAttr("datetime")) {
            Optional<NewsDate> d = ArabicDateParser.parseMachine(el.attr("datetime"));
            if (d.isPresent() && policy.plausible(d.get())) return new Seen(d.get(), false);
        }
        if (el.nameIs("script") || el.nameIs("style") || el.nameIs("head") || el.nameIs("body") || el.nameIs("html")
                || el.nameIs("#root")) {
            return null;
        }
        boolean dateClass = containsAny(marks, DATE_CLASS);
        if (!dateClass && !near) return null;
        String text = lineText(el);
        if (text == null) return null;
        Optional<DateMatch> m = ArabicDateParser.find(text, reference);
        if (m.isPresent()) {
            boolean updated = MODIFIED_LINE.matcher(text.substring(0, m.get().start())).find();
            return policy.plausible(m.get().date()) ? new Seen(m.get().date(), updated) : null;
        }
        // Latin-script lines: November 9, 2020
        return ArabicDateParser.parseMachine(text).filter(policy::plausible).map(d -> new Seen(d, false)).orElse(null);
    }

    /** The element's text when it is a short line (a date line, a byline), else null. */
    private static String lineText(Element el) {
        if (el.childrenSize() > 12 || lettersAtLeast(el, MAX_LINE + 1)) return null;
        String text = el.text();
        return text.isEmpty() || text.length() > MAX_LINE ? null : text;
    }

    /** The element's class and id in lower case ("" for most elements, which have neither). */
    private static String classText(Element el) {
        if (el.attributesSize() == 0) return "";
        String cls = el.className();
        String id = el.id();
        if (cls.isEmpty() && id.isEmpty()) return "";
        return (cls + " " + id).toLowerCase(Locale.ROOT).strip();
    }

    /**
     * True when the element's text nodes hold at least {@code min} letters and digits, which its {@code text()}
     * keeps, so that text is at least that long: a cheap test that spares building the text of long blocks.
     */
    private static boolean lettersAtLeast(Element el, int min) {
        int count = 0;
        Node node = el;
        while (true) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) count++;
                if (count >= min) return true;
            }
            Node next = node.childNodeSize() > 0 ? node.childNode(0) : null;
            while (next == null) {
                if (node == el) return false;
                next = node.nextSibling();
                if (next == null) node = node.parentNode();
            }
            node = next;
        }
    }

    private static boolean containsAny(String text, String[] words) {
        if (text.isEmpty()) return false;
        for (String w : words) if (text.contains(w)) return true;
        return false;
    }

    /**
     * Whether the element sits in page chrome or in a list of other articles (looks up to 25 levels). A footer
     * inside an {@code <article>} is the article's own byline area, so it does not count.
     */
    private static boolean elsewhere(Element el) {
        Element e = el;
        boolean footer = false;
        for (int depth = 0; e != null && depth < 25 && !e.nameIs("body"); depth++, e = e.parent()) {
            if (e.nameIs("article")) footer = false;
            if (e.nameIs("footer")) footer = true;
            if (e.nameIs("aside") || e.nameIs("nav")) return true;
            if (containsAny(classText(e), ELSEWHERE)) return true;
        }
        return footer;
    }

    /** The main headline: an h1 inside an article or marked headline, else the h1 with the longest text. */
    private static Element headline(PageElements page) {
        Element inArticle = page.markedHeadline;
        if (inArticle != null) return inArticle;
        Element best = null;
        int count = 0;
        for (Element h : page.h1s) {
            if (count++ > 20) break;
            if (best == null || h.text().length() > best.text().length()) best = h;
        }
        return best == null || best.text().isBlank() ? null : best;
    }

    private static int indexOf(List<Element> all, Element target) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == target) return i;
        }
        return -1;
    }

    private static final class Best {
        NewsDate date;
        int rank = 1000;
        int distance = Integer.MAX_VALUE / 2;

        /** Closer to the headline wins; a pubdate or time element counts as 20 elements closer than a line. */
        void offer(NewsDate d, int r, int dist) {
            if (dist + 20 * r < distance + 20 * rank) {
                date = d;
                rank = r;
                distance = dist;
            }
        }
    }
}
