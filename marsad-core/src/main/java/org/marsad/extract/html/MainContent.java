package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.marsad.extract.TextClean;
import org.marsad.model.Block;

/**
 * Finds the article's main text in a parsed page and returns it as blocks in page order: prune the chrome, score the
 * text blocks, take the best container, keep its prose and subheadings. The document is modified (pruned).
 */
public final class MainContent {
    /** The longest site name that may follow a headline repeated in the body. */
    private static final int SITE_SUFFIX_MAX = 60;

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
        Titles titles = titles(doc);
        List<TextBlock> all = BoilerplatePruner.prune(body);
        Element container = ContentScorer.container(body, all);
        if (container == null) {
            if (!all.isEmpty()) ArticleGate.check(all, pageType); // text but no prose: says which kind of page
            return List.of();
        }
        List<TextBlock> content = Segmenter.blocks(container);
        ArticleGate.check(content, pageType);
        return collect(content, titles);
    }

    /**
     * What the page calls its headline, whitespace collapsed and lower case.
     *
     * @param declared {@code <title>} and og:title: what the page says this article is called
     * @param all those and every h1 (an h1 may also head an embedded card about another story)
     */
    private record Titles(List<String> declared, List<String> all) {}

    private static Titles titles(Document doc) {
        List<String> declared = clean(List.of(doc.title(), doc.select("meta[property=og:title]").attr("content")));
        List<String> all = new ArrayList<>(declared);
        for (Element h1 : doc.getElementsByTag("h1")) all.add(h1.text());
        return new Titles(declared, clean(all));
    }

    private static List<String> clean(List<String> titles) {
        return titles.stream()
                .map(t -> TextClean.line(t).toLowerCase(Locale.ROOT))
                .filter(t -> t.length() >= 10)
                .distinct()
                .toList();
    }

    /** The headline repeated at the top of the body, bare or with the site name after it. */
    private static boolean repeatsTitle(String text, List<String> titles) {
        String t = TextClean.line(text).toLowerCase(Locale.ROOT);
        for (String title : titles) {
            if (t.equals(title)) return true;
            if (t.startsWith(title) && t.length() - title.length() <= SITE_SUFFIX_MAX) return true;
            if (title.startsWith(t) && title.length() - t.length() <= SITE_SUFFIX_MAX) return true;
        }
        return false;
    }

    /**
     * The index of the article's own headline (a heading that repeats the page title), or -1. The article starts
     * after it: whatever a container holds before the headline (a list of other stories, a kicker) is not body.
     */
    private static int headline(List<TextBlock> blocks, Titles titles) {
        for (int i = 0; i < blocks.size(); i++) {
            String tag = blocks.get(i).tag();
            boolean headingTag =
                    tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '3';
            if (headingTag && repeatsTitle(blocks.get(i).text(), titles.declared())) return i;
        }
        return -1;
    }

    private static List<Block> collect(List<TextBlock> blocks, Titles titles) {
        List<Kept> kept = new ArrayList<>();
        boolean seenProse = false;
        double[] values = ContentScorer.values(blocks);
        for (int i = headline(blocks, titles) + 1; i < values.length; i++) {
            TextBlock b = blocks.get(i);
            boolean prose = ContentScorer.isProse(b);
            if (inCaption(b.owner())) continue;
            if (!seenProse && repeatsTitle(b.text(), titles.all())) continue;
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
                    if (!Boilerplate.isChromeLine(line)
                            && !Boilerplate.isLeakedMarkup(line)
                            && !Boilerplate.isDisclaimer(line)) {
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
