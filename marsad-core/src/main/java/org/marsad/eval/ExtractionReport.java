package org.marsad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Plain-text reports of extraction evaluations, as the eval command prints them. Pure functions of the values. */
public final class ExtractionReport {
    private static final String ROW = "%-40s %-12s %-6s %-17s %-8s %-16s %-6s %-6s";

    private ExtractionReport() {}

    /** The benchmark figures: the metric line, what happened to the pages, and the floor. */
    public static List<String> aeb(AebRun run) {
        AebEvaluation e = run.evaluation();
        List<String> out = new ArrayList<>();
        out.add("AEB article-extraction-benchmark (" + e.pages().size()
                + " pages; gold = article body; ours = Article.body(), a rejection predicts \"\")");
        out.add("  marsad  " + e.summary());
        StringBuilder rej = new StringBuilder();
        for (Map.Entry<String, Integer> r : new java.util.TreeMap<>(run.rejections()).entrySet()) {
            rej.append(rej.length() == 0 ? " (" : ", ").append(r.getKey()).append(' ').append(r.getValue());
        }
        if (rej.length() > 0) rej.append(')');
        out.add(String.format(Locale.ROOT,
                "  pages: %d articles, %d rejected%s, %d errors; %.1f s in process = %.1f pages/s",
                run.articles(), run.rejected(), rej, run.errors().size(), run.nanos() / 1e9, run.pagesPerSecond()));
        for (String err : run.errors().subList(0, Math.min(5, run.errors().size()))) out.add("  error " + err);
        out.add(floor(String.format(Locale.ROOT, "AEB F1 %.3f", e.f1()), ExtractionFloors.aeb(e),
                ">= " + ExtractionFloors.AEB_F1));
        return out;
    }

    /** The Arabic pages: one row per page, the totals with their floors, then what the failed checks saw. */
    public static List<String> arabic(ArabicEvaluation e) {
        List<String> out = new ArrayList<>();
        out.add("Arabic pages with gold (" + e.pages().size() + ")");
        out.add(String.format(Locale.ROOT, ROW, "page", "outcome", "title", "date", "body F1", "snippets",
                "prefix", "reject"));
        for (ArabicPageResult p : e.pages()) out.add(row(p));
        out.add("Totals");
        out.add(floor("titles exact (whitespace-normalised): " + e.titles(), ExtractionFloors.titles(e), "all"));
        out.add(floor("dates right to the day, htmldate-mediacloud: " + e.dates("htmldate-mediacloud"),
                ExtractionFloors.htmldateDays(e), ">= " + ExtractionFloors.HTMLDATE_DAYS));
        out.add("  dates right to the day, every page with date gold: " + e.dates());
        out.add(floor(String.format(Locale.ROOT, "body F1 (AEB shingles) mean %.3f; >= %.2f on %s",
                e.meanBodyF1(), ExtractionFloors.BODY_F1, e.bodiesAtFloor()), ExtractionFloors.bodies(e), "all"));
        out.add("  trafilatura snippets: must-have found " + e.snippetsFound() + ", must-not avoided "
                + e.snippetsAvoided());
        out.add("  goose3 body prefix: " + e.prefixes());
        out.add(floor("non-articles rejected: " + e.nonArticlesRejected(), ExtractionFloors.nonArticles(e), "all"));
        List<String> misses = misses(e);
        if (!misses.isEmpty()) {
            out.add("Misses");
            out.addAll(misses);
        }
        return out;
    }

    private static String row(ArabicPageResult p) {
        String date = p.dateRight() == null ? "-"
                : p.dateRight() ? "ok " + p.gold().date().day()
                : "NO " + (p.published() == null ? "none" : p.published().date());
        String body = p.bodyMatch() == null ? "-" : String.format(Locale.ROOT, "%.3f", p.bodyMatch().f1());
        String snippets = p.gold().with().isEmpty() && p.gold().without().isEmpty() ? "-"
                : "must " + p.withFound() + "/" + p.gold().with().size()
                        + " not " + p.withoutFound() + "/" + p.gold().without().size();
        return String.format(Locale.ROOT, ROW, cut(p.gold().name(), 40), cut(p.outcome(), 12), mark(p.titleRight()),
                date, body, snippets, mark(p.prefixRight()), mark(p.rejectedRight()));
    }

    private static List<String> misses(ArabicEvaluation e) {
        List<String> out = new ArrayList<>();
        for (ArabicPageResult p : e.pages()) {
            String name = p.gold().name();
            if (Boolean.FALSE.equals(p.titleRight())) {
                out.add("  title  " + name + ": got «" + p.title() + "» want «" + p.gold().title() + "»");
            }
            if (Boolean.FALSE.equals(p.dateRight())) {
                out.add("  date   " + name + ": got " + p.published() + " want " + p.gold().date().day()
                        + (p.gold().date().offset() == null ? "" : " (" + p.gold().date().offset() + ")"));
            }
            if (p.bodyMatch() != null && p.bodyMatch().f1() < ExtractionFloors.BODY_F1) {
                out.add(String.format(Locale.ROOT, "  body   %s: P %.3f R %.3f F1 %.3f", name,
                        p.bodyMatch().precision(), p.bodyMatch().recall(), p.bodyMatch().f1()));
            }
            if (Boolean.FALSE.equals(p.rejectedRight())) out.add("  reject " + name + ": got " + p.outcome());
            if (p.outcome().startsWith("error")) out.add("  error  " + name + ": " + p.outcome());
        }
        return out;
    }

    private static String floor(String what, boolean met, String floor) {
        return "  " + what + "   [floor " + floor + ": " + (met ? "met" : "NOT met") + "]";
    }

    private static String mark(Boolean ok) {
        return ok == null ? "-" : ok ? "ok" : "NO";
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
