package org.marsad.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * One Arabic-script page with whatever gold its source gives; a null field means "no gold for that".
 *
 * @param source the gold set's folder under {@code html/} (for example {@code htmldate-mediacloud})
 * @param name a short label for tables
 * @param page the page file
 * @param url the page's URL, or null (the non-articles have none)
 * @param title the gold title, or null
 * @param date the gold publication date, or null
 * @param body the gold full article body, or null
 * @param bodyPrefix the gold start of the body (goose3's test), or null
 * @param with snippets the body must contain (trafilatura's), possibly empty
 * @param without snippets the body must not contain, possibly empty
 * @param nonArticle whether the page is not an article and must be rejected
 */
public record ArabicGoldPage(
        String source,
        String name,
        Path page,
        String url,
        String title,
        GoldDate date,
        String body,
        String bodyPrefix,
        List<String> with,
        List<String> without,
        boolean nonArticle,
        boolean headlineInBody) {

    /**
     * A gold publication date, right to the day.
     *
     * @param day the publication day
     * @param offset the UTC offset the day is stated in when the gold has a time of day, else null
     */
    public record GoldDate(LocalDate day, ZoneOffset offset) {
        public GoldDate {
            Objects.requireNonNull(day, "day");
        }
    }

    public ArabicGoldPage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(page, "page");
        with = List.copyOf(with);
        without = List.copyOf(without);
    }

    /** A page with only some gold fields; the rest are null or empty. */
    static ArabicGoldPage of(String source, String name, Path page, String url) {
        return new ArabicGoldPage(
                source, name, page, url, null, null, null, null, List.of(), List.of(), false, false);
    }

    ArabicGoldPage withTitle(String t) {
        return new ArabicGoldPage(
                source, name, page, url, t, date, body, bodyPrefix, with, without, nonArticle, headlineInBody);
    }

    ArabicGoldPage withDate(GoldDate d) {
        return new ArabicGoldPage(
                source, name, page, url, title, d, body, bodyPrefix, with, without, nonArticle, headlineInBody);
    }

    ArabicGoldPage withBody(String b) {
        return new ArabicGoldPage(
                source, name, page, url, title, date, b, bodyPrefix, with, without, nonArticle, headlineInBody);
    }

    ArabicGoldPage withPrefix(String p) {
        return new ArabicGoldPage(
                source, name, page, url, title, date, body, p, with, without, nonArticle, headlineInBody);
    }

    ArabicGoldPage withSnippets(List<String> in, List<String> out) {
        return new ArabicGoldPage(
                source, name, page, url, title, date, body, bodyPrefix, in, out, nonArticle, headlineInBody);
    }

    /** A short form: the gold texts can be long, so only the name and which gold the page has. */
    @Override
    public String toString() {
        return name + " [" + (title != null ? "title " : "") + (date != null ? "date " : "")
                + (body != null ? "body " : "")
                + (bodyPrefix != null ? "prefix " : "") + (with.isEmpty() && without.isEmpty() ? "" : "snippets ")
                + (nonArticle ? "non-article" : "") + "]";
    }

    /**
     * Marks a gold main text that counts the headline as content (magic-html's convention): the headline is then
     * scored with the body, as the gold's own annotators saw it.
     */
    ArabicGoldPage withHeadlineInBody() {
        return new ArabicGoldPage(
                source, name, page, url, title, date, body, bodyPrefix, with, without, nonArticle, true);
    }

    ArabicGoldPage asNonArticle() {
        return new ArabicGoldPage(
                source, name, page, url, title, date, body, bodyPrefix, with, without, true, headlineInBody);
    }
}
