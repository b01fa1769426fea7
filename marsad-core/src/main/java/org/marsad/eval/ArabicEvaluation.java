package org.marsad.eval;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The Arabic pages' checks as an immutable value: the per-page results and their totals.
 *
 * @param pages every page's result, in gold order
 */
public record ArabicEvaluation(List<ArabicPageResult> pages) {
    /** The body F1 a page needs to count as extracted right (the floor). */
    public static final double BODY_FLOOR = 0.95;

    /**
     * How many of the checked pages were right.
     *
     * @param right pages that passed
     * @param total pages checked
     */
    public record Tally(int right, int total) {
        /** True when every checked page passed (and there was at least one). */
        public boolean all() {
            return total > 0 && right == total;
        }

        @Override
        public String toString() {
            return right + "/" + total;
        }
    }

    public ArabicEvaluation {
        pages = List.copyOf(pages);
    }

    /** Exact titles, over the pages with title gold. */
    public Tally titles() {
        return tally(ArabicPageResult::titleRight, p -> true);
    }

    /** Dates right to the day, over every page with date gold. */
    public Tally dates() {
        return tally(ArabicPageResult::dateRight, p -> true);
    }

    /** Dates right to the day, over the pages of one gold set (for example {@code htmldate-mediacloud}). */
    public Tally dates(String source) {
        return tally(ArabicPageResult::dateRight, p -> p.gold().source().equals(source));
    }

    /** The pages with full body gold. */
    public List<ArabicPageResult> bodies() {
        return pages.stream().filter(p -> p.bodyMatch() != null).toList();
    }

    /** The mean per-page body F1 over the pages with full body gold, 0 when there are none. */
    public double meanBodyF1() {
        return bodies().stream().mapToDouble(p -> p.bodyMatch().f1()).average().orElse(0);
    }

    /** Pages whose body F1 reaches {@link #BODY_FLOOR}, over the pages with full body gold. */
    public Tally bodiesAtFloor() {
        List<ArabicPageResult> b = bodies();
        return new Tally((int) b.stream().filter(p -> p.bodyMatch().f1() >= BODY_FLOOR).count(), b.size());
    }

    /** Must-have snippets found in the body, over all must-have snippets. */
    public Tally snippetsFound() {
        return new Tally(pages.stream().mapToInt(ArabicPageResult::withFound).sum(),
                pages.stream().mapToInt(p -> p.gold().with().size()).sum());
    }

    /** Must-not snippets absent from the body, over all must-not snippets. */
    public Tally snippetsAvoided() {
        int total = pages.stream().mapToInt(p -> p.gold().without().size()).sum();
        return new Tally(total - pages.stream().mapToInt(ArabicPageResult::withoutFound).sum(), total);
    }

    /** Bodies starting with the gold prefix, over the pages with prefix gold. */
    public Tally prefixes() {
        return tally(ArabicPageResult::prefixRight, p -> true);
    }

    /** Non-articles rejected, over the non-article pages. */
    public Tally nonArticlesRejected() {
        return tally(ArabicPageResult::rejectedRight, p -> true);
    }

    private Tally tally(java.util.function.Function<ArabicPageResult, Boolean> check,
            Predicate<ArabicPageResult> filter) {
        int right = 0;
        int total = 0;
        for (ArabicPageResult p : pages) {
            Boolean ok = check.apply(p);
            if (ok == null || !filter.test(p)) continue;
            total++;
            if (ok) right++;
        }
        return new Tally(right, total);
    }
}
