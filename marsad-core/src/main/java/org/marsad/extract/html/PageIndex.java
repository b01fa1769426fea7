package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The elements of a parsed page that the metadata finders look at, picked out in one walk over the document, in
 * document order. Each finder used to walk or select over the whole page on its own; this walk replaces them.
 */
final class PageIndex {
    /** Caption elements outside a figure: class names like "caption", "img-cap", "photo-caption". */
    static final String CAPTION_CLASS = "[class~=(?i)(caption|(img|image|photo|pic)[-_]?cap)]";
    private static final Pattern CAPTION_CLASS_WORDS = Pattern.compile("(?i)(caption|(img|image|photo|pic)[-_]?cap)");
    /** The first breadcrumb trail element (see {@link SectionFinder}). */
    private static final Evaluator CRUMB_TRAIL = QueryParser.parse("[itemtype~=(?i)BreadcrumbList], "
            + "nav[aria-label~=(?i)breadcrumb], [class~=(?i)breadcrumb], [id~=(?i)breadcrumb]");

    final Document doc;
    /** Every element of the page, in document order. */
    private final List<Element> all;
    final List<Element> metas = new ArrayList<>();
    final List<Element> links = new ArrayList<>();
    final List<Element> scripts = new ArrayList<>();
    final List<Element> h1s = new ArrayList<>();
    final List<Element> itemprops = new ArrayList<>();
    final List<Element> itemtypes = new ArrayList<>();
    final List<Element> figures = new ArrayList<>();
    final List<Element> figcaptions = new ArrayList<>();
    /** The first {@code <article>}, or null. */
    final Element firstArticle;
    /** The first {@code <html>}, or null. */
    final Element html;
    private Element crumbTrail;
    private boolean crumbTrailSought;

    private PageIndex(Document doc) {
        this.doc = doc;
        this.all = new ArrayList<>();
        Element article = null;
        Element htmlElement = null;
        // An element-only walk in document order (as getAllElements, without visiting text nodes).
        for (Element el = doc; el != null; el = nextInSubtree(el, doc)) {
            all.add(el);
            switch (el.normalName()) {
                case "meta" -> metas.add(el);
                case "link" -> links.add(el);
                case "script" -> scripts.add(el);
                case "h1" -> h1s.add(el);
                case "figure" -> figures.add(el);
                case "figcaption" -> figcaptions.add(el);
                case "article" -> {
                    if (article == null) article = el;
                }
                case "html" -> {
                    if (htmlElement == null) htmlElement = el;
                }
                default -> {}
            }
            if (el.hasAttr("itemprop")) itemprops.add(el);
            if (el.hasAttr("itemtype")) itemtypes.add(el);
        }
        this.firstArticle = article;
        this.html = htmlElement;
    }

    /** The first element of {@code scope} (itself included) whose class matches {@link #CAPTION_CLASS}, or null. */
    static Element firstCaptionClassed(Element scope) {
        for (Element el = scope; el != null; el = nextInSubtree(el, scope)) {
            String cls = el.attr("class");
            // A cheap test first: every caption class word holds "cap".
            if (Ascii.containsIgnoreCase(cls, "cap") && CAPTION_CLASS_WORDS.matcher(cls).find()) return el;
        }
        return null;
    }

    /** The element after {@code el} in document order within {@code scope}'s subtree, or null. Iterative. */
    static Element nextInSubtree(Element el, Element scope) {
        Element next = el.firstElementChild();
        while (next == null && el != scope) {
            next = el.nextElementSibling();
            if (next == null) el = el.parent();
        }
        return next;
    }

    /** The first breadcrumb trail element, or null; found on first use, as few pages need it. */
    Element crumbTrail() {
        if (!crumbTrailSought) {
            crumbTrailSought = true;
            for (Element el : all) {
                if (mayBeTrail(el) && CRUMB_TRAIL.matches(doc, el)) {
                    crumbTrail = el;
                    break;
                }
            }
        }
        return crumbTrail;
    }

    /** Indexes {@code doc}. */
    static PageIndex of(Document doc) {
        return new PageIndex(doc);
    }

    /** Every breadcrumb query term needs "breadcrumb" in one of these attributes. */
    private static boolean mayBeTrail(Element el) {
        if (el.attributesSize() == 0) return false;
        // One pass over the attributes rather than four look-ups: most elements have none of these.
        for (Attribute a : el.attributes()) {
            String key = a.getKey();
            if ((key.equalsIgnoreCase("class") || key.equalsIgnoreCase("id") || key.equalsIgnoreCase("itemtype")
                    || key.equalsIgnoreCase("aria-label")) && Ascii.containsIgnoreCase(a.getValue(), "breadcrumb")) {
                return true;
            }
        }
        return false;
    }

    /** The first of {@code candidates} (in document order) that is {@code scope} or inside it, or null. */
    static Element firstWithin(List<Element> candidates, Element scope) {
        for (Element e : candidates) if (isWithin(e, scope)) return e;
        return null;
    }

    /** The candidates that are {@code scope} or inside it, in document order. */
    static List<Element> allWithin(List<Element> candidates, Element scope) {
        List<Element> out = new ArrayList<>();
        for (Element e : candidates) if (isWithin(e, scope)) out.add(e);
        return out;
    }

    private static boolean isWithin(Element e, Element scope) {
        for (Element p = e; p != null; p = p.parent()) if (p == scope) return true;
        return false;
    }
}
