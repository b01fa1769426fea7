package org.marsad.extract.dump;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.marsad.extract.ArticleIds;
import org.marsad.extract.LanguageGuess;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Block;
import org.marsad.model.Rejection;

/**
 * Reads a scraped text dump (a page's visible text, a block per line, boilerplate included) by classifying its lines:
 * ticker, chrome, section, headline and its copy, image caption and credit, date line, subheadings, paragraphs and
 * footer (see {@link DumpReader} for the rules). A dump with no story text gives a {@link Rejection}. Thread-safe.
 */
public final class TextDumpExtractor {
    /** A list of links has at least this many headline-shaped lines and no paragraph. */
    private static final int LINK_LIST_MIN_LINES = 3;

    /**
     * The article in {@code text}, or why there is none.
     *
     * @param text the dump, a block per line
     * @param url the page's URL, or null
     * @param reference the moment relative dates are anchored to; null means now
     */
    public Analysis extract(String text, String url, ZonedDateTime reference) {
        if (text == null) return new Rejection(Rejection.Reason.EMPTY, "no text dump");
        ReadDump dump = DumpReader.read(text, reference != null ? reference : ZonedDateTime.now(ZoneOffset.UTC));
        if (dump.lines().isEmpty()) return new Rejection(Rejection.Reason.EMPTY, "the text dump is blank");
        List<Block> blocks = dump.blocks();
        if (blocks.stream().noneMatch(b -> b.kind() == Block.Kind.PARAGRAPH && LineShapes.isSubstantial(b.text()))) {
            return rejection(dump);
        }
        String body = String.join("\n", blocks.stream().map(Block::text).toList());
        return new Article(
                ArticleIds.of(url, body),
                url,
                null,
                LanguageGuess.of(body),
                dump.title(),
                dump.section(),
                dump.published(),
                dump.modified(),
                dump.authors(),
                Publishers.of(dump.lines(), url),
                dump.image(),
                blocks);
    }

    /** Why a dump without a substantial paragraph is no article: only chrome, a list of headlines, or a headline. */
    private static Rejection rejection(ReadDump dump) {
        int content = 0, headlines = 0;
        for (int i = 0; i < dump.lines().size(); i++) {
            LineKind kind = dump.kinds().get(i);
            if (kind == LineKind.CHROME || kind == LineKind.NOISE || kind == LineKind.FOOTER) continue;
            content++;
            if (kind != LineKind.TITLE_REPEAT && kind != LineKind.SECTION && kind != LineKind.DATE
                    && kind != LineKind.CAPTION && LineShapes.isHeadlineShaped(dump.lines().get(i))) headlines++;
        }
        int total = dump.lines().size();
        if (content == 0) {
            return new Rejection(Rejection.Reason.NO_CONTENT,
                    "only site chrome and footer lines (" + total + " lines), no article text");
        }
        if (headlines >= LINK_LIST_MIN_LINES) {
            return new Rejection(Rejection.Reason.NOT_ARTICLE,
                    headlines + " short headline lines and no paragraph: a list of links, not an article");
        }
        String what = dump.title() != null ? "a headline (" + dump.title() + ")" : content + " short lines";
        return new Rejection(Rejection.Reason.NO_CONTENT, what + " but no article paragraph");
    }
}
