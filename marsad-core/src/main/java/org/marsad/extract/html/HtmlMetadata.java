package org.marsad.extract.html;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.marsad.extract.TextClean;

/**
 * Reads title, site name, section, authors, canonical URL, language, type and lead image from a parsed page:
 * JSON-LD, OpenGraph and other meta tags, and the visible markup around the headline. Never throws.
 */
public final class HtmlMetadata {
    /** Where a site name's tagline starts: a spaced dash or a pipe. */
    private static final Pattern TAGLINE = Pattern.compile("\\s+[-–—]\\s+|\\s*[|｜]\\s*");
    /** A URL rather than a name. */
    private static final Pattern URL_LIKE = Pattern.compile("(?i)^(https?:|www\\.|//).*");
    /** An absolute http(s) URL. */
    private static final Pattern HTTP_URL = Pattern.compile("(?i)^https?://.+");

    private HtmlMetadata() {}

    /** Everything the page says about its article outside the body text; fields the page lacks are null/empty. */
    public static PageMetadata read(Document doc) {
        try {
            return readAll(doc);
        } catch (RuntimeException | StackOverflowError e) {
            // Metadata is best effort: a page that defeats it still has a body worth extracting.
            String title = TextClean.line(doc.title());
            return new PageMetadata(title.isEmpty() ? null : title, null, null, List.of(), null, null, null, null);
        }
    }

    private static PageMetadata readAll(Document doc) {
        PageIndex page = PageIndex.of(doc);
        MetaTags meta = MetaTags.of(page.metas);
        JsonLd ld = JsonLd.of(page);
        String canonical = canonicalUrl(page, meta);

        MetaSiteNames sites = new MetaSiteNames();
        meta.all("og:site_name").forEach(sites::add);
        ld.siteNames().forEach(sites::add);
        sites.add(meta.first("application-name", "apple-mobile-web-app-title"));
        sites.add(twitterHandle(meta.first("twitter:site")));
        sites.add(MetaSiteNames.fromCopyright(meta.first("copyright", "dc.rights")));
        for (String url : new String[] {canonical, meta.first("og:url"), doc.location()}) {
            if (url != null && !url.isEmpty()) sites.addHost(url);
        }

        List<String> sectionNames = SectionFinder.allNames(meta, ld);
        TitleChooser.Choice choice = TitleChooser.choose(page, meta, ld, sites, sectionNames);
        String title = choice.title();
        choice.siteHints().forEach(sites::add);

        MetaScope scope = MetaScope.of(page, title);
        return new PageMetadata(
                title,
                siteName(meta, ld),
                SectionFinder.find(page, scope, meta, ld, title),
                AuthorFinder.find(scope, meta, ld, sites),
                canonical,
                MetaLanguage.find(page, meta, ld, title),
                type(page, meta, ld),
                CaptionFinder.find(page, scope, ld));
    }

    /**
     * og:site_name, JSON-LD publisher, application-name, twitter:site, then the copyright line; a name carrying a
     * tagline ("صحيفة النهر | أخبار العالم لحظة بلحظة") keeps its first part.
     */
    static String siteName(MetaTags meta, JsonLd ld) {
        String name = siteNameWithTagline(meta, ld);
        if (name == null) return null;
        String[] parts = TAGLINE.split(name);
        String first = parts.length == 0 ? "" : parts[0].trim();
        return first.isEmpty() ? null : first;
    }

    private static String siteNameWithTagline(MetaTags meta, JsonLd ld) {
        for (String s : meta.all("og:site_name")) if (isName(s)) return s;
        String publisher = ld.publisherName();
        if (isName(publisher)) return publisher;
        String app = meta.first("application-name");
        if (isName(app)) return app;
        String twitter = twitterHandle(meta.first("twitter:site"));
        if (isName(twitter)) return twitter;
        String copyright = MetaSiteNames.fromCopyright(meta.first("copyright", "dc.rights"));
        return isName(copyright) ? copyright : null;
    }

    /** A usable name: has a letter, is not a URL and is not a headline-length text. */
    private static boolean isName(String s) {
        return s != null && !isUrl(s) && s.chars().anyMatch(Character::isLetter) && s.split(" ").length <= 12;
    }

    /** link rel=canonical, else og:url; only absolute http(s) URLs count. */
    static String canonicalUrl(PageIndex page, MetaTags meta) {
        Document doc = page.doc;
        for (Element link : page.links) {
            if (!link.attr("rel").trim().equalsIgnoreCase("canonical") || !link.hasAttr("href")) continue;
            String abs = absolute(link.attr("abs:href"), link.attr("href"));
            if (abs != null) return abs;
        }
        String og = meta.first("og:url");
        if (og == null) return null;
        return absolute(og.startsWith("/") && !doc.location().isEmpty() ? resolve(doc, og) : og, og);
    }

    /**
     * The page type in lower case: the first article-like one of og:type, the JSON-LD main entity and microdata
     * itemtype (og:type "website" is common on real article pages), else the first declared.
     */
    static String type(PageIndex page, MetaTags meta, JsonLd ld) {
        String og = meta.first("og:type");
        // A MIME type ("text/html") in og:type says nothing about the page.
        og = og == null || og.contains("/") ? null : og.trim().toLowerCase(Locale.ROOT);
        String[] declared = {og, ld.mainType(), microdataType(page)};
        for (String t : declared) if (t != null && JsonLd.isArticleType(t)) return t;
        for (String t : declared) if (t != null && !t.isEmpty()) return t;
        return null;
    }

    private static String microdataType(PageIndex page) {
        for (Element e : page.itemtypes) {
            String t = e.attr("itemtype").trim().toLowerCase(Locale.ROOT);
            t = t.substring(t.lastIndexOf('/') + 1);
            if (JsonLd.isArticleType(t)) return t;
        }
        return null;
    }

    private static String twitterHandle(String value) {
        if (value == null) return null;
        String v = value.trim();
        if (v.startsWith("@")) v = v.substring(1);
        return v.isEmpty() || isUrl(v) || v.contains("/") ? null : v;
    }

    private static boolean isUrl(String s) {
        return URL_LIKE.matcher(s).matches();
    }

    private static String absolute(String abs, String raw) {
        if (abs != null && HTTP_URL.matcher(abs).matches()) return abs.trim();
        if (raw != null && HTTP_URL.matcher(raw.trim()).matches()) return raw.trim();
        return null;
    }

    private static String resolve(Document doc, String relative) {
        try {
            return URI.create(doc.location()).resolve(relative.replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return relative;
        }
    }
}
