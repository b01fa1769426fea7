package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.marsad.model.Block;

/**
 * Finds the article's main text in a parsed page and returns it as blocks in page order: prune the chrome, score the
 * text blocks, take the best container, keep its prose and subheadings. The document is modified (pruned).
 */
public final class MainContent {
    /** A block kept for the body, before trimming. */
    private record Kept(TextBlock block, boolean prose) {}

    /**
     * The article's blocks, empty when the page holds no text at all.
     *
     * @param pageType the page's declared type, lower case, or null
     * @throws org.marsad.extract.InputRejected (NOT_ARTICLE) for home pages, section fronts, video and gallery pages
     */
    public List<Block> blocks(Document doc, String pageType) {
        Element body = doc.body();
        if (body == null) return List.of();
        BoilerplatePruner.prune(body);
        List<TextBlock> all = Segmenter.blocks(body);
        Element container = ContentScorer.container(body, all);
        if (container == null) return List.of();
        List<TextBlock> content = Segmenter.blocks(container);
        ArticleGate.check(content, pageType);
        return collect(content);
    }

    private static List<Block> collect(List<TextBlock> blocks) {
        List<Kept> kept = new ArrayList<>();
        boolean seenProse = false;
        double[] values = ContentScorer.values(blocks);
        for (int i = 0; i < values.length; i++) {
            TextBlock b = blocks.get(i);
            boolean prose = ContentScorer.isProse(b);
            if (inCaption(b.owner())) continue;
            if (b.isHeading()) {
                if (!seenProse && b.tag().equals("h1")) continue;
                if (b.linkDensity() < 0.5 && b.text().length() < 200) kept.add(new Kept(b, false));
                continue;
            }
            if (prose || values[i] > 0 || (b.linkDensity() < 0.3 && !Boilerplate.isChromeLine(b.text()))) {
                kept.add(new Kept(b, prose));
                seenProse |= prose;
            }
        }
        int first = 0, last = kept.size() - 1;
        while (first <= last && !kept.get(first).prose()) first++;
        while (last >= first && !kept.get(last).prose()) last--;
        List<Block> out = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            TextBlock b = kept.get(i).block();
            if (b.isHeading()) {
                out.add(Block.heading(b.text().replace('\n', ' ')));
            } else {
                for (String line : b.text().split("\n")) {
                    if (!Boilerplate.isChromeLine(line) && !Boilerplate.isLeakedMarkup(line)) {
                        out.add(Block.paragraph(line));
                    }
                }
            }
        }
        return out;
    }

    private static boolean inCaption(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            String t = p.normalName();
            if (t.equals("figcaption") || t.equals("figure")) return true;
            if (t.equals("article") || t.equals("body")) return false;
        }
        return false;
    }
}
