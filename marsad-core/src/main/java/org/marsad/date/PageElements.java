package org.marsad.date;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
    /** Every element, the document first, in document order (as {@code getAllElements}). */
    final List<Element> all;
    /** {@code script[type]} elements. */
    final List<Element> typedScripts = new ArrayList<>();
    /** Elements that may carry a machine date: {@code meta, [itemprop], [property][content]}. */
    final List<Element> dated = new ArrayList<>();
    final List<Element> h1s = new ArrayList<>();
    /** The first element matching {@code article h1, h1[itemprop=headline], [itemprop=headline]}, or null. */
    final Element markedHeadline;

    private PageElements(Document doc) {
        this.doc = doc;
        this.all = inOrder(doc);
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

    /**
     * The root and every element below it in document order, like {@code getAllElements()} but an element-only
     * walk (no text nodes visited), which is cheaper. Iterative.
     */
    static List<Element> inOrder(Element root) {
        List<Element> out = new ArrayList<>();
        Element el = root;
        while (el != null) {
            out.add(el);
            Element next = el.firstElementChild();
            while (next == null && el != root) {
                next = el.nextElementSibling();
                if (next == null) el = el.parent();
            }
            el = next;
        }
        return out;
    }

    static PageElements of(Document doc) {
        return new PageElements(doc);
    }
}
