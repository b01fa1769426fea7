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
    /** A headline marked with microdata (no structural part: safe to share). */
    private static final Evaluator ITEMPROP_HEADLINE = QueryParser.parse("[itemprop=headline]");

    final Document doc;
    final Elements all;
    /** {@code script[type]} elements. */
    final List<Element> typedScripts = new ArrayList<>();
    /** Elements that may carry a machine date: {@code meta, [itemprop], [property][content]}. */
    final List<Element> dated = new ArrayList<>();
    final List<Element> h1s = new ArrayList<>();
    /** The first element matching {@code article h1, h1[itemprop=headline], [itemprop=headline]}, or null. */
    final Element markedHeadline;

    private PageElements(Document doc) {
        this.doc = doc;
        this.all = doc.getAllElements();
        Element headline = null;
        for (Element el : all) {
            boolean h1 = el.normalName().equals("h1");
            if (h1) h1s.add(el);
            boolean itemprop = el.hasAttr("itemprop");
            if (el.normalName().equals("script") && el.hasAttr("type")) typedScripts.add(el);
            if (el.normalName().equals("meta") || itemprop || el.hasAttr("property") && el.hasAttr("content")) {
                dated.add(el);
            }
            if (headline == null && (h1 && inArticle(el) || itemprop && ITEMPROP_HEADLINE.matches(doc, el))) {
                headline = el;
            }
        }
        this.markedHeadline = headline;
    }

    private static boolean inArticle(Element el) {
        for (Element p = el.parent(); p != null; p = p.parent()) if (p.normalName().equals("article")) return true;
        return false;
    }

    static PageElements of(Document doc) {
        return new PageElements(doc);
    }
}
