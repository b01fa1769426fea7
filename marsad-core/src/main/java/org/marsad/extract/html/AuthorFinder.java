package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.marsad.extract.TextClean;

/**
 * The article's authors, from the first source that names a person: JSON-LD author, then meta author and
 * article:author (URLs skipped), then byline markup near the headline (rel=author, itemprop=author, class or id
 * byline/author/writer/writeBy/كاتب).
 */
final class AuthorFinder {
    /** Parsed once: jsoup would parse a query string (and compile its regex) on every call. */
    private static final Evaluator NAME_PROP = QueryParser.parse("[itemprop=name]");
    private static final Evaluator SECTION_LINK =
            QueryParser.parse("a[href~=(?i)/(category|categories|section|sections|tag|tags|topics?)/]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Class or id words of byline elements (ASCII letters compared case-blind). */
    private static final String[] BYLINE =
            {"byline", "author", "writ", "reporter", "contributor", "kateb", "كاتب", "محرر"};
    /** Class or id words of author furniture that is not the byline itself. */
    private static final String[] NOT_BYLINE = {"avatar", "image", "img", "photo", "bio", "about", "comment", "social"};
    /** A byline is short; a longer text is an author box or a paragraph. */
    private static final int MAX_BYLINE_CHARS = 120;

    private AuthorFinder() {}

    /** The authors, possibly empty. */
    static List<String> find(MetaScope scope, MetaTags meta, JsonLd ld, MetaSiteNames sites) {
        List<String> found = fromStrings(ld.authorNames(), sites);
        if (found.isEmpty()) {
            List<String> metas = meta.all("author", "article:author", "byl", "parsely-author", "sailthru.author");
            found = fromStrings(metas, sites);
        }
        if (found.isEmpty()) found = fromMarkup(scope, sites);
        return found;
    }

    private static List<String> fromStrings(List<String> strings, MetaSiteNames sites) {
        List<String> out = new ArrayList<>();
        for (String s : strings) {
            for (String name : AuthorNames.parse(s, sites)) if (!out.contains(name)) out.add(name);
        }
        return out;
    }

    private static List<String> fromMarkup(MetaScope scope, MetaSiteNames sites) {
        for (Element area : scope.scopes()) {
            for (Element e = area; e != null; e = PageIndex.nextInSubtree(e, area)) {
                if (!isByline(e)) continue;
                String text = bylineText(e);
                if (text == null || text.length() > MAX_BYLINE_CHARS) continue;
                List<String> names = AuthorNames.parse(text, sites);
                if (!names.isEmpty()) return names;
            }
        }
        return List.of();
    }

    private static boolean isByline(Element e) {
        String name = e.normalName();
        if (name.equals("link") || name.equals("script") || name.equals("style") || name.equals("img")) return false;
        if (e.attributesSize() == 0) return false;
        String itemtype = e.attr("itemtype");
        if (!itemtype.isEmpty() && itemtype.toLowerCase(Locale.ROOT).contains("organization")) return false;
        if (e.attr("rel").equalsIgnoreCase("author")) return true;
        String itemprop = e.attr("itemprop");
        if (!itemprop.isEmpty()) {
            for (String prop : SPACES.split(itemprop.toLowerCase(Locale.ROOT))) {
                if (prop.equals("author") || prop.equals("creator")) return true;
            }
        }
        String marks = e.className() + " " + e.id();
        return Ascii.containsAnyIgnoreCase(marks, BYLINE) && !Ascii.containsAnyIgnoreCase(marks, NOT_BYLINE);
    }

    /** The byline's text: a meta's content, a nested itemprop=name, or the element's own text. */
    private static String bylineText(Element e) {
        if (e.normalName().equals("meta")) return TextClean.line(e.attr("content"));
        Element name = e.selectFirst(NAME_PROP);
        Element source = (name != null ? name : e).clone();
        // A link to a category or tag page inside the byline box is the section, not a person.
        source.select(SECTION_LINK).remove();
        String text = TextClean.line(source.text());
        return text.isEmpty() ? null : text;
    }
}
