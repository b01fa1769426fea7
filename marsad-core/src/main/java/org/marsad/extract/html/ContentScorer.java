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

    private ContentScorer() {}

    /** The best container, or null when no block reads as prose. */
    static Element container(Element root, List<TextBlock> blocks) {
        Map<Element, double[]> sums = new IdentityHashMap<>();
        boolean anyProse = false;
        for (TextBlock b : blocks) {
            boolean prose = isProse(b);
            anyProse |= prose;
            double v = prose ? b.letters() - b.linkChars() : -CHROME_WEIGHT * b.letters();
            sums.computeIfAbsent(b.owner(), k -> new double[1])[0] += v;
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
        return best[0];
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
