package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes what is never article text before the content is scored: invisible and interactive elements, and page
 * chrome named as such in class, id or role (menus, share bars, related lists, comments, newsletter boxes...).
 */
final class BoilerplatePruner {
    /** Tags that never hold article text. */
    private static final Set<String> DROP_TAGS = Set.of(
            "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video",
            "audio", "button", "input", "select", "textarea", "option", "nav", "link", "meta", "head", "dialog",
            "map", "track", "source");

    /** Roles that mark chrome. */
    private static final Set<String> NEGATIVE_ROLES =
            Set.of("navigation", "complementary", "contentinfo", "banner", "menu", "menubar", "dialog", "search");

    private BoilerplatePruner() {}

    /**
     * Prunes the chrome below {@code root} and returns the text blocks that survive, in page order (the page is
     * segmented once, before the named chrome goes, and the blocks inside removed elements are dropped).
     */
    static List<TextBlock> prune(Element root) {
        List<Element> invisible = new ArrayList<>();
        for (Element e : root.getAllElements()) if (e != root && isInvisible(e)) invisible.add(e);
        removeAll(invisible);
        // Chrome is judged by name, but never at the price of the article: an element holding half the page's
        // prose stays whatever it is called (blogs put posts in a "widget", some sites name the article "sidebar").
        List<TextBlock> blocks = Segmenter.blocks(root);
        Map<Element, Integer> prose = proseLetters(root, blocks);
        int half = (prose.getOrDefault(root, 0) + 1) / 2;
        List<Element> chrome = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e != root && isNamedChrome(e) && prose.getOrDefault(e, 0) < half) chrome.add(e);
        }
        if (chrome.isEmpty()) return blocks;
        Set<Element> removed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : chrome) {
            if (!removed.contains(e)) removed.addAll(e.getAllElements());
        }
        removeAll(chrome);
        List<TextBlock> kept = new ArrayList<>(blocks.size());
        for (TextBlock b : blocks) if (!removed.contains(b.owner())) kept.add(b);
        return kept;
    }

    private static void removeAll(List<Element> doomed) {
        // Removing an ancestor first detaches its descendants; removing a detached node again is skipped.
        for (Element e : doomed) if (e.parent() != null) e.remove();
    }

    private static boolean isInvisible(Element e) {
        if (DROP_TAGS.contains(e.normalName())) return true;
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) return true;
        String style = e.attr("style");
        return !style.isEmpty() && style.replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none");
    }

    private static boolean isNamedChrome(Element e) {
        String tag = e.normalName();
        if (tag.equals("aside") || tag.equals("footer")) return true;
        if (e.attributesSize() == 0) return false;
        if (NEGATIVE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) return true;
        String cls = e.attr("class"), id = e.id();
        if (cls.isEmpty() && id.isEmpty()) return false;
        return ChromeNames.isChrome((cls + " " + id).toLowerCase(Locale.ROOT));
    }

    /** Letters of prose text below each element. */
    private static Map<Element, Integer> proseLetters(Element root, List<TextBlock> blocks) {
        Map<Element, Integer> own = new IdentityHashMap<>();
        for (TextBlock b : blocks) {
            if (ContentScorer.isProse(b)) own.merge(b.owner(), b.letters(), Integer::sum);
        }
        return sumUp(root, own);
    }

    /** Adds each element's own count to all its ancestors, in one post-order pass. */
    static Map<Element, Integer> sumUp(Element root, Map<Element, Integer> own) {
        Map<Element, Integer> sums = new IdentityHashMap<>(own);
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {}

                    @Override
                    public void tail(Node node, int depth) {
                        if (node == root || !(node instanceof Element e) || e.parent() == null) return;
                        Integer n = sums.get(e);
                        if (n != null && n > 0) sums.merge(e.parent(), n, Integer::sum);
                    }
                },
                root);
        return sums;
    }
}
