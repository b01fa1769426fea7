package org.marsad.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The extraction bench's table: one line per system, speeds as ratios to ours, quality by the AEB metric. */
final class BenchTable {
    private static final String ROW = "%-16s %-24s %-8s %8s %8s %9s %6s %6s %6s";

    private BenchTable() {}

    /** The table; the first row is ours (the base of the ratios). */
    static List<String> format(int pages, List<BenchRow> rows) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, ROW, "system", "version", "status", "seconds", "pages/s", "ours/peer",
                "P", "R", "F1"));
        double ours = rows.isEmpty() ? Double.NaN : rows.get(0).pagesPerSecond(pages);
        for (BenchRow r : rows) {
            double pps = r.pagesPerSecond(pages);
            String word = r.status().split("[: (]", 2)[0];
            out.add(String.format(Locale.ROOT, ROW, cut(r.system(), 16), cut(r.version(), 24), cut(word, 8),
                    num(r.seconds(), "%.2f"), num(pps, "%.1f"), num(ours / pps, "%.2f"),
                    r.quality() == null ? "-" : num(r.quality().precision(), "%.3f"),
                    r.quality() == null ? "-" : num(r.quality().recall(), "%.3f"),
                    r.quality() == null ? "-" : num(r.quality().f1(), "%.3f")));
            if (!r.status().equals(word)) out.add("    " + r.system() + ": " + r.status());
        }
        return out;
    }

    private static String num(double v, String format) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "-" : String.format(Locale.ROOT, format, v);
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
