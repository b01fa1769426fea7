package org.marsad.extract.dump;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Test helper: an HTML page's visible text as a scraper dumps it, a block per line (iterative, no recursion). */
final class HtmlAsDump {
    private HtmlAsDump() {}

    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg", "head", "iframe");

    static String of(String html) {
        Element body = Jsoup.parse(html).body();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            int skipDepth = -1;

            @Override
            public void head(Node node, int depth) {
                if (skipDepth >= 0) return;
                if (node instanceof Element e) {
                    if (SKIP.contains(e.normalName())) skipDepth = depth;
                    else if (e.isBlock() || e.normalName().equals("br")) out.append('\n');
                    if (e.normalName().equals("img") && !e.attr("alt").isBlank()) out.append('\n').append(e.attr("alt"))
                            .append('\n');
                } else if (node instanceof TextNode t) {
                    out.append(t.text());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (skipDepth == depth) skipDepth = -1;
                else if (skipDepth < 0 && node instanceof Element e && e.isBlock()) out.append('\n');
            }
        }, body);
        return out.toString();
    }
}
