package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Block;
import org.marsad.model.Rejection;

/** Clean article text taken as it is: every non-blank line a paragraph, no title, nothing removed. */
public final class PlainTextExtractor {
    public Analysis extract(String text, String url) {
        List<Block> blocks = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String t = TextClean.line(line);
            if (!t.isEmpty()) blocks.add(Block.paragraph(t));
        }
        if (blocks.isEmpty()) return new Rejection(Rejection.Reason.EMPTY, "no text");
        String body = String.join("\n", blocks.stream().map(Block::text).toList());
        return new Article(
                ArticleIds.of(url, body), url, null, LanguageGuess.of(body), null, null, null, null, List.of(), null,
                null, blocks);
    }
}
