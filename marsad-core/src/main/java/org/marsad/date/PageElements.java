package org.marsad.date;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A page's elements in document order, with the few kinds the date readers look at picked out in the same walk:
 * the readers used to select over the whole page once each.
 */
final class PageElements {
    /** Where the main headline is (see {@link VisibleDates}). */
    private static final String HEADLINE = "article h1, h1[itemprop=headline], [itemprop=headline]";

    final Document doc;
    final Elements all;
    /** {@code script[type]} elements. */
    final List<Element> typedScripts = new ArrayList<>();
    /** Elements that may carry a machine date: {@code meta, [itemprop], [property][content]}. */
    final List<Element> dated = new ArrayList<>();
    final List<Element> h1s = new ArrayList<>();
    /** The first element matching {@link #HEADLINE}, or null. */
    final Element markedHeadline;

    private PageElements(Document doc) {
        this.doc = doc;
        this.all = doc.getAllElements();
        Evaluator headlineQuery = QueryParser.parse(HEADLINE);
        Element headline = null;
        for (Element el : all) {
            boolean h1 = el.normalName().equals("h1");
            if (h1) h1s.add(el);
            boolean itemprop = el.hasAttr("itemprop");
            if (el.normalName().equals("script") && el.hasAttr("type")) typedScripts.add(el);
            if (el.normalName().equals("meta") || itemprop || el.hasAttr("property") && el.hasAttr("content")) {
                dated.add(el);
            }
            // The headline query only matches h1s and itemprop elements: a cheap test before it.
            if (headline == null && (h1 || itemprop) && headlineQuery.matches(doc, el)) headline = el;
        }
        this.markedHeadline = headline;
    }

    static PageElements of(Document doc) {
        return new PageElements(doc);
    }
}
