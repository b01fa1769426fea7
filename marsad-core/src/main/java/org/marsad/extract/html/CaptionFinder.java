package org.marsad.extract.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.marsad.extract.TextClean;
import org.marsad.model.Image;

/**
 * The lead image's caption and photo credit: the first figure of the article (or near its headline), its
 * figcaption without credit markup, the credit from markup or from the caption text; JSON-LD image as fallback.
 */
final class CaptionFinder {
    /** Queries parsed once: jsoup would parse a query string on every call. */
    private static final Evaluator CAPTION_ELEMENT =
            QueryParser.parse("figcaption, [itemprop~=(?i)^(caption|description)$]");
    private static final Evaluator TEXT_BLOCK = QueryParser.parse("p, span, div, small, cite");
    private static final Evaluator PICTURE_OR_CAPTION = QueryParser.parse("img, picture, video, figcaption");
    private static final Evaluator PICTURE = QueryParser.parse("img, picture");
    private static final Evaluator FIGCAPTION = QueryParser.parse("figcaption");
    private static final Evaluator LINK = QueryParser.parse("a");
    /** Class or id words that mark a photo credit element. */
    private static final Pattern CREDIT_MARK =
            Pattern.compile("(?i)credit|copyright|photographer|source|attribution|حقوق|مصدر");
    /** Itemprops that carry a credit. */
    private static final Pattern CREDIT_PROP =
            Pattern.compile("(?i)\\b(copyrightHolder|creditText|copyrightNotice)\\b");

    /** Caption elements outside a figure: class names like "caption", "img-cap", "photo-caption". */
    private static final String CAPTION_CLASS = PageIndex.CAPTION_CLASS;

    private CaptionFinder() {}

    /** The lead image's caption and credit, or null when the page gives neither. */
    static Image find(PageIndex page, MetaScope scope, JsonLd ld) {
        String caption = null;
        String credit = null;
        Element figure = leadFigure(page, scope);
        if (figure != null) {
            Element work = figure.clone();
            for (Element e : work.getAllElements()) {
                if (e == work || !isCredit(e)) continue;
                if (credit == null) credit = CaptionCredits.stripCreditLabel(e.text());
                e.remove();
            }
            Element captionEl = work.selectFirst(CAPTION_ELEMENT);
            if (captionEl == null) captionEl = work.selectFirst(CAPTION_CLASS);
            // Text blocks outside the caption that start with a credit label ("مصدر الصورة، ...").
            for (Element e : work.select(TEXT_BLOCK)) {
                if (captionEl != null && (e == captionEl || captionEl.getAllElements().contains(e))) continue;
                if (e.getAllElements().contains(captionEl)) continue;
                String t = TextClean.line(e.text());
                if (!t.isEmpty() && CaptionCredits.hasCreditLabel(t)) {
                    if (credit == null) credit = CaptionCredits.stripCreditLabel(t);
                    e.remove();
                }
            }
            if (captionEl != null) {
                CaptionCredits.Split split = CaptionCredits.split(captionEl.text());
                caption = split.caption();
                if (credit == null) credit = split.credit();
            }
        }
        if (caption == null && credit == null) {
            CaptionCredits.Split split = CaptionCredits.split(ld.imageCaption());
            caption = split.caption();
            credit = split.credit();
        }
        if (credit == null) credit = ld.imageCredit();
        if (caption == null && credit == null) return null;
        return new Image(caption, credit);
    }

    /** The first figure with an image or caption inside the article scopes, narrowest scope first, or null. */
    private static Element leadFigure(PageIndex page, MetaScope scope) {
        for (Element s : scope.scopes()) {
            for (Element f : PageIndex.allWithin(page.figures, s)) {
                if (f.selectFirst(PICTURE_OR_CAPTION) != null && !isTeaser(f)) return f;
            }
        }
        // Some templates put a figcaption, or an element classed as a caption, next to the image without a figure.
        for (Element s : scope.scopes()) {
            Element caption = PageIndex.firstWithin(page.figcaptions, s);
            if (caption == null) caption = PageIndex.firstCaptionClassed(s);
            if (caption != null && caption.parent() != null && caption.parent().selectFirst(PICTURE) != null
                    && !isTeaser(caption)) {
                return caption.parent();
            }
        }
        return null;
    }

    /** A picture that links elsewhere (a related-article teaser) is not the lead image. */
    private static boolean isTeaser(Element e) {
        for (Element p = e; p != null; p = p.parent()) if (p.normalName().equals("a")) return true;
        Element caption = e.selectFirst(FIGCAPTION);
        if (caption == null) return false;
        Element link = caption.selectFirst(LINK);
        return link != null && TextClean.line(link.text()).equals(TextClean.line(caption.text()));
    }

    private static boolean isCredit(Element e) {
        String marks = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (e.normalName().equals("figcaption") || e.normalName().equals("img")) return false;
        return CREDIT_MARK.matcher(marks).find() || CREDIT_PROP.matcher(e.attr("itemprop")).find();
    }
}
