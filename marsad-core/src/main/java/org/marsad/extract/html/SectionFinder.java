package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.marsad.extract.TextClean;

/**
 * The site section: article:section, JSON-LD articleSection (the first when several), microdata articleSection,
 * the breadcrumb (JSON-LD BreadcrumbList or a breadcrumb element: the last crumb before the article), a category
 * link next to the headline, then meta section/category.
 */
final class SectionFinder {
    /** Queries parsed once: jsoup would parse a query string (and compile its regex) on every call. */
    private static final Evaluator LIST_ITEM = QueryParser.parse("li");
    private static final Evaluator CATEGORY_LINK =
            QueryParser.parse("a[href~=(?i)/(category|categories|section|sections)/]");
    private static final Pattern CRUMB_MARKS = Pattern.compile("^[»>/|›\\s]+|[»>/|›\\s]+$");
    private static final Pattern PATH_SEPARATOR = Pattern.compile("\\s*[>»›]\\s*");
    /** A URL, or a value with an e-mail or price sign: no section name. */
    private static final Pattern NOT_A_SECTION = Pattern.compile("(?i)^(https?:|www\\.).*|.*[@$€£].*");
    /** Crumbs and section values that name no section: the home page and CMS placeholders. */
    private static final Set<String> NOT_SECTIONS = Set.of(
            "الرئيسية", "الصفحة الرئيسية", "الرئيسيه", "home", "homepage", "accueil", "صفحه اصلی", "خانه",
            "featured", "uncategorized", "غير مصنف", "slider", "main", "top", "عام", "general");

    private SectionFinder() {}

    /** The section, or null. */
    static String find(PageIndex page, MetaScope scope, MetaTags meta, JsonLd ld, String title) {
        String s = usable(lastOfPath(meta.first("article:section")));
        if (s == null) s = usable(ld.section());
        if (s == null) s = usable(microdataSection(page));
        if (s == null) s = fromCrumbs(ld.breadcrumbs(), title);
        if (s == null) s = fromCrumbs(domCrumbs(page), title);
        if (s == null) s = usable(categoryLink(scope));
        if (s == null) s = usable(lastOfPath(meta.first("section", "category", "parsely-section", "article:category")));
        return s;
    }

    /** Every section name the page gives (for title clean-up): meta, JSON-LD sections and crumbs. */
    static List<String> allNames(MetaTags meta, JsonLd ld) {
        List<String> out = new ArrayList<>(meta.all("article:section", "section", "category"));
        out.addAll(ld.sections());
        out.addAll(ld.breadcrumbs());
        return out;
    }

    /** The last crumb that is neither the home page nor the article itself. */
    static String fromCrumbs(List<String> crumbs, String title) {
        String titleKey = title == null ? "" : MetaSiteNames.key(title);
        for (int i = crumbs.size() - 1; i >= 0; i--) {
            String c = crumbs.get(i);
            String k = MetaSiteNames.key(c);
            boolean isArticle = !titleKey.isEmpty() && (k.equals(titleKey) || titleKey.contains(k) && k.length() > 20);
            if (isArticle || c.split(" ").length > 6) continue;
            String u = usable(c);
            if (u != null) return u;
        }
        return null;
    }

    /** The crumb texts of the first breadcrumb element (list items, else links). */
    private static List<String> domCrumbs(PageIndex page) {
        Element trail = page.crumbTrail();
        List<String> out = new ArrayList<>();
        if (trail == null) return out;
        List<Element> items = trail.select(LIST_ITEM);
        if (items.isEmpty()) items = trail.select("a, span:not(:has(*))");
        for (Element e : items) {
            if (e.select(LIST_ITEM).size() > 1) continue;
            String t = CRUMB_MARKS.matcher(TextClean.line(e.text())).replaceAll("");
            if (!t.isEmpty() && (out.isEmpty() || !out.get(out.size() - 1).equals(t))) out.add(t);
        }
        return out;
    }

    /** The text of a non-meta element marked itemprop="articleSection". */
    private static String microdataSection(PageIndex page) {
        for (Element e : page.itemprops) {
            if (!e.attr("itemprop").trim().equalsIgnoreCase("articleSection")) continue;
            String t = e.normalName().equals("meta") ? e.attr("content") : e.text();
            if (!TextClean.line(t).isEmpty()) return t;
        }
        return null;
    }

    /** Near the headline, a short link to a category or section page ("/news/category/29/منوعات"). */
    private static String categoryLink(MetaScope scope) {
        for (Element area : scope.scopes()) {
            for (Element a = area; a != null; a = PageIndex.nextInSubtree(a, area)) {
                // A cheap test before the query's regex: its links hold "/categor" or "/section".
                if (!a.nameIs("a") || !Ascii.containsAnyIgnoreCase(a.attr("href"), "/categor", "/section")
                        || !CATEGORY_LINK.matches(area, a)) {
                    continue;
                }
                String t = TextClean.line(a.text());
                if (!t.isEmpty() && t.split(" ").length <= 4) return t;
            }
        }
        return null;
    }

    /** "سياسة > انتخابات" gives its last part, like a breadcrumb. */
    private static String lastOfPath(String value) {
        if (value == null) return null;
        String[] parts = PATH_SEPARATOR.split(value);
        return parts.length == 0 ? null : parts[parts.length - 1];
    }

    private static String usable(String value) {
        String v = JsonLd.clean(value);
        if (v == null || NOT_A_SECTION.matcher(v).matches() || v.split(" ").length > 6) return null;
        return NOT_SECTIONS.contains(v.toLowerCase(Locale.ROOT)) ? null : v;
    }
}
