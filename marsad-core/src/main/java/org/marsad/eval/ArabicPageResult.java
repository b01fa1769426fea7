package org.marsad.eval;

import java.time.LocalDate;
import java.util.Objects;
import org.marsad.model.Article;
import org.marsad.model.NewsDate;

/**
 * One Arabic page's checks against its gold. A null check means the page has no gold for it.
 *
 * @param gold the page and its gold
 * @param outcome {@code article}, the rejection code, or {@code error: …} when the analysis threw
 * @param article the extracted article, or null when there is none
 * @param titleRight the title equals the gold after whitespace normalisation
 * @param dateRight the published date falls on the gold day
 * @param bodyMatch the body against the full gold body (the benchmark's shingle match)
 * @param withFound how many must-have snippets the body contains
 * @param withoutFound how many must-not snippets it contains
 * @param prefixRight the body starts with the gold prefix (whitespace-normalised)
 * @param rejectedRight a non-article was rejected
 */
public record ArabicPageResult(
        ArabicGoldPage gold,
        String outcome,
        Article article,
        Boolean titleRight,
        Boolean dateRight,
        ShingleMatch bodyMatch,
        int withFound,
        int withoutFound,
        Boolean prefixRight,
        Boolean rejectedRight) {

    public ArabicPageResult {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** Checks one analysis outcome ({@code article} null when there is none) against the page's gold. */
    static ArabicPageResult check(ArabicGoldPage gold, String outcome, Article article) {
        String body = article == null ? "" : article.body();
        String title = article == null ? null : article.title();
        Boolean titleRight = gold.title() == null ? null
                : title != null && GoldText.normalizeSpace(title).equals(GoldText.normalizeSpace(gold.title()));
        Boolean dateRight = gold.date() == null ? null
                : article != null && sameDay(gold.date(), article.published());
        String scored = gold.headlineInBody() && title != null ? title + "\n" + body : body;
        ShingleMatch match = gold.body() == null ? null : ShingleMatch.of(gold.body(), scored);
        int with = (int) gold.with().stream().filter(s -> GoldText.containsNormalized(body, s)).count();
        int without = (int) gold.without().stream().filter(s -> GoldText.containsNormalized(body, s)).count();
        Boolean prefixRight = gold.bodyPrefix() == null ? null
                : GoldText.normalizeSpace(body).startsWith(GoldText.normalizeSpace(gold.bodyPrefix()));
        Boolean rejectedRight = gold.nonArticle() ? article == null && !outcome.startsWith("error") : null;
        return new ArabicPageResult(gold, outcome, article, titleRight, dateRight, match, with, without,
                prefixRight, rejectedRight);
    }

    /**
     * Whether a predicted date falls on the gold day. When both state a UTC offset the instants are compared on
     * the gold's calendar (so 01:30+03:00 and 22:30Z the day before agree); otherwise the stated days are.
     */
    static boolean sameDay(ArabicGoldPage.GoldDate gold, NewsDate predicted) {
        if (predicted == null) return false;
        LocalDate day = predicted.date();
        if (gold.offset() != null && predicted.time() != null && predicted.offset() != null) {
            day = predicted.date().atTime(predicted.time()).atOffset(predicted.offset())
                    .withOffsetSameInstant(gold.offset()).toLocalDate();
        }
        return day.equals(gold.day());
    }

    /** A short form (the article and gold texts can be long): the page, the outcome and each check. */
    @Override
    public String toString() {
        return gold.name() + ": " + outcome + " title=" + titleRight + " date=" + dateRight
                + " bodyF1=" + (bodyMatch == null ? null : String.format(java.util.Locale.ROOT, "%.3f", bodyMatch.f1()))
                + " with=" + withFound + " without=" + withoutFound + " prefix=" + prefixRight
                + " rejected=" + rejectedRight;
    }

    /** The extracted title, or null. */
    public String title() {
        return article == null ? null : article.title();
    }

    /** The extracted publication date, or null. */
    public NewsDate published() {
        return article == null ? null : article.published();
    }
}
