package org.marsad.extract.html;

import java.util.List;
import org.marsad.extract.InputRejected;
import org.marsad.model.Rejection;

/**
 * Tells an article from pages that only look like one to a text scorer: home pages and section fronts (a list of
 * linked headlines, each with a teaser) and video or gallery pages (almost no prose).
 */
final class ArticleGate {
    /** Fewer letters of prose than this is no article: a video, a gallery, an empty template. */
    static final int MIN_PROSE_LETTERS = 100;

    /**
     * At least this many linked headlines in the content make it a list of stories (list articles, such as ten
     * things to know today, have fewer)...
     */
    static final int MIN_HEADLINES = 25;

    /** ...or this many when the page declares itself an article. */
    static final int MIN_HEADLINES_DECLARED_ARTICLE = 40;

    /** ...when there are at least this many headlines per block of prose. */
    static final double HEADLINES_PER_PROSE = 0.5;

    private ArticleGate() {}

    /**
     * Checks the chosen content.
     *
     * @param blocks the text blocks of the chosen container
     * @param pageType the page's declared type (og:type, JSON-LD @type), lower case, or null
     * @throws InputRejected (NOT_ARTICLE) when the content is not one article
     */
    static void check(List<TextBlock> blocks, String pageType) {
        int prose = 0, proseBlocks = 0, headlines = 0;
        for (TextBlock b : blocks) {
            if (ContentScorer.isProse(b)) {
                prose += b.letters() - b.linkChars();
                proseBlocks++;
            }
            if (b.opensWithHeadline() || (b.letters() >= 15 && b.linkDensity() >= 0.8)) headlines++;
        }
        if (prose < MIN_PROSE_LETTERS) {
            String kind = pageType != null && (pageType.contains("video") || pageType.contains("gallery"))
                    ? "a " + pageType + " page"
                    : "too little prose";
            throw new InputRejected(
                    Rejection.Reason.NOT_ARTICLE, "not an article: " + kind + " (" + prose + " letters of text)");
        }
        boolean declaredArticle = pageType != null && pageType.contains("article");
        int minHeadlines = declaredArticle ? MIN_HEADLINES_DECLARED_ARTICLE : MIN_HEADLINES;
        if (headlines >= minHeadlines && headlines >= HEADLINES_PER_PROSE * proseBlocks) {
            throw new InputRejected(
                    Rejection.Reason.NOT_ARTICLE,
                    "not an article: a list of " + headlines + " linked headlines (a home page or section front)");
        }
    }
}
