package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.marsad.extract.TextClean;
import org.marsad.model.Block;

/** Finds the article's main text in a parsed page and returns it as blocks in page order. */
public final class MainContent {
    public List<Block> blocks(Document doc) {
        List<Block> blocks = new ArrayList<>();
        for (Element p : doc.select("p")) {
            String t = TextClean.line(p.text());
            if (!t.isEmpty()) blocks.add(Block.paragraph(t));
        }
        return blocks;
    }
}
