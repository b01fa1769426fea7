package org.marsad.extract.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Picks the element that holds the article: the one whose subtree gains most prose while taking in least chrome.
 * Each text block counts for its letters when it reads as prose, and against when it is short or mostly links; the
 * element maximising the sum is the tightest container of the article's paragraphs.
 */
final class ContentScorer {
    /** How much a letter of non-prose costs against a letter of prose. */
    static final double CHROME_WEIGHT = 0.6;

    /** How much a letter of short unlinked text (a label, a date, a button) costs against a letter of prose. */
    static final double SHORT_WEIGHT = 0.3;

    /** Text after a linked headline shorter than this (letters) reads as a teaser of another story. */
    static final int TEASER_MAX = 300;

    /** The marked body wins over a disjoint best-scoring element when it scores at least this share of it. */
    static final double MARKED_SHARE = 0.2;

    /** A teaser follows its headline within this many blocks (a byline and a date may sit between). */
    static final int TEASER_GAP = 4;

    /** An item (list entry, card) holding at most this many text blocks can be a teaser. */
    static final int TEASER_ITEM_BLOCKS = 5;

    private ContentScorer() {}

    /** The best container, or null when no block reads as prose. */
    static Element container(Element root, List<TextBlock> blocks) {
        Map<Element, double[]> sums = new IdentityHashMap<>();
        boolean anyProse = false;
        double[] values = values(blocks);
        for (int i = 0; i < values.length; i++) {
            TextBlock b = blocks.get(i);
            anyProse |= isProse(b);
            sums.computeIfAbsent(b.owner(), k -> new double[1])[0] += values[i];
        }
        if (!anyProse) return null;
        Element[] best = {null};
        double[] bestScore = {Double.NEGATIVE_INFINITY};
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {}

                    @Override
                    public void tail(Node node, int depth) {
                        if (!(node instanceof Element e)) return;
                        double[] s = sums.get(e);
                        if (s == null) return;
                        if (s[0] > bestScore[0]) {
                            bestScore[0] = s[0];
                            best[0] = e;
                        }
                        if (e != root && e.parent() != null) {
                            sums.computeIfAbsent(e.parent(), k -> new double[1])[0] += s[0];
                        }
                    }
                },
                root);
        Element marked = markedBody(root);
        double markedScore = marked == null ? 0 : sums.getOrDefault(marked, new double[1])[0];
        if (marked != null && markedScore > MARKED_SHARE * bestScore[0] && disjoint(marked, best[0])) return marked;
        return best[0];
    }

    /** The publisher's own mark of the body: the element around every {@code itemprop="articleBody"}, or null. */
    private static Element markedBody(Element root) {
        Element marked = null;
        for (Element e : root.select("[itemprop~=(?i)^articleBody$]")) {
            marked = marked == null ? e : commonAncestor(marked, e);
        }
        return marked;
    }

    private static Element commonAncestor(Element a, Element b) {
        Map<Element, Boolean> above = new IdentityHashMap<>();
        for (Element e = a; e != null; e = e.parent()) above.put(e, Boolean.TRUE);
        for (Element e = b; e != null; e = e.parent()) if (above.containsKey(e)) return e;
        return null;
    }

    private static boolean disjoint(Element a, Element b) {
        Element common = commonAncestor(a, b);
        return common != a && common != b;
    }

    /**
     * What a block adds to its container: its unlinked letters when they read as prose (negative, a little, when they
     * do not), minus a share of its link letters. A list item with a linked headline and a sentence of its own still
     * counts for its container; a menu of links counts against.
     */
    static double[] values(List<TextBlock> blocks) {
        double[] v = new double[blocks.size()];
        Map<Element, Integer> blockCounts = null;
        int lastLinkLine = -10;
        for (int i = 0; i < v.length; i++) {
            TextBlock b = blocks.get(i);
            int own = b.letters() - b.linkChars();
            boolean sentence = !b.isHeading() && (own >= 50 || (own >= 20 && endsSentence(b.text())));
            if (sentence && i - lastLinkLine <= TEASER_GAP && own < TEASER_MAX) {
                if (blockCounts == null) blockCounts = blockCounts(blocks);
                if (isTeaser(blocks.get(lastLinkLine).owner(), b.owner(), blockCounts)) sentence = false;
            }
            v[i] = (sentence ? own : -SHORT_WEIGHT * own) - CHROME_WEIGHT * b.linkChars();
            if (b.letters() >= 15 && b.linkDensity() >= 0.8) lastLinkLine = i;
        }
        return v;
    }

    /**
     * A teaser of another story: a short text that shares a small item (a list entry, a card) with a linked headline
     * just before it. Article paragraphs after an inline link share the whole article body instead.
     */
    private static boolean isTeaser(Element headline, Element text, Map<Element, Integer> blockCounts) {
        Map<Element, Boolean> above = new IdentityHashMap<>();
        Element a = headline;
        for (int up = 0; a != null && up < 6; up++, a = a.parent()) above.put(a, Boolean.TRUE);
        Element t = text;
        for (int up = 0; t != null && up < 6; up++, t = t.parent()) {
            if (above.containsKey(t)) return blockCounts.getOrDefault(t, 0) <= TEASER_ITEM_BLOCKS;
        }
        return false;
    }

    /** How many text blocks lie below each element. */
    private static Map<Element, Integer> blockCounts(List<TextBlock> blocks) {
        Map<Element, Integer> counts = new IdentityHashMap<>();
        for (TextBlock b : blocks) {
            int up = 0;
            for (Element e = b.owner(); e != null && up < 8; e = e.parent(), up++) counts.merge(e, 1, Integer::sum);
        }
        return counts;
    }

    /** Prose: a long enough run of text that is not mostly links, or a shorter one that ends a sentence. */
    static boolean isProse(TextBlock b) {
        if (b.isHeading()) return false;
        double ld = b.linkDensity();
        int n = b.letters();
        if (n >= 80 && ld < 0.35) return true;
        return n >= 30 && ld < 0.2 && endsSentence(b.text());
    }

    static boolean endsSentence(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '"' || c == '”' || c == '»' || c == ')' || c == '\'' || Character.isWhitespace(c)) continue;
            return c == '.' || c == '!' || c == '?' || c == '؟' || c == '…' || c == '。' || c == ':';
        }
        return false;
    }
}
