package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.extract.TextClean;

/**
 * A title cut at the separators sites put between a headline and their name or section: " - ", " | ", " – ",
 * " — ", " :: ", " » ", " « ", ": ", "، ". A separator needs a space after it (and, for dashes and guillemets,
 * before it), so the colon in «الصباح»: or the dash inside a word never cuts. Immutable.
 */
final class TitleSegments {
    /** Separators that only ever divide a title from site or section names. */
    private static final String STRONG = "\\s+(?:[-–—«»·•>]|::)\\s+|\\s*[|｜]\\s*";
    /** Separators that also occur inside headlines; cut there only when the cut-off part is a known name. */
    private static final String WEAK = "\\s*[:،]\\s+";
    private static final Pattern SEPARATOR = Pattern.compile("(" + STRONG + ")|(" + WEAK + ")");

    private final String text;
    private final List<int[]> pieces = new ArrayList<>();
    private final List<Boolean> strongBefore = new ArrayList<>();

    private TitleSegments(String text) {
        this.text = text;
        Matcher m = SEPARATOR.matcher(text);
        int start = 0;
        boolean strong = false;
        while (m.find()) {
            if (m.start() > start) {
                pieces.add(new int[] {start, m.start()});
                strongBefore.add(strong);
            }
            strong = m.group(1) != null;
            start = m.end();
        }
        if (start < text.length()) {
            pieces.add(new int[] {start, text.length()});
            strongBefore.add(strong);
        }
    }

    /** Cuts a whitespace-normalised copy of the text. */
    static TitleSegments split(String text) {
        return new TitleSegments(TextClean.line(text));
    }

    /** The number of pieces. */
    int size() {
        return pieces.size();
    }

    /** The pieces' texts, in order. */
    List<String> texts() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) out.add(span(i, i));
        return out;
    }

    /** The original text from the start of piece i to the end of piece j, separators inside kept. */
    String span(int i, int j) {
        return text.substring(pieces.get(i)[0], pieces.get(j)[1]);
    }

    /**
     * Removes site-name pieces from both ends (keeping at least one piece), then section pieces next to a removed
     * site name: "العنوان - أخبار مصر - الموقع" gives "العنوان" when أخبار مصر is a known section.
     */
    String stripEnds(Predicate<String> site, Predicate<String> section) {
        if (pieces.isEmpty()) return text;
        int lo = 0;
        int hi = pieces.size() - 1;
        boolean siteCut = false;
        while (hi > lo) {
            String p = span(hi, hi);
            if (site.test(p)) siteCut = true;
            else if (!(siteCut && strongBefore.get(hi) && section.test(p))) break;
            hi--;
        }
        siteCut = false;
        while (hi > lo) {
            String p = span(lo, lo);
            if (site.test(p)) siteCut = true;
            else if (!(siteCut && strongBefore.get(lo + 1) && section.test(p))) break;
            lo++;
        }
        return span(lo, hi);
    }

    /**
     * The run of whole pieces equal to the reference (up to spacing, case and Arabic letter variants), or null:
     * "الموقع - العنوان" holds the visible headline "العنوان" as a run.
     */
    String runEqualTo(String reference) {
        String ref = MetaSiteNames.key(reference);
        if (ref.isEmpty()) return null;
        for (int i = 0; i < pieces.size(); i++) {
            for (int j = i; j < pieces.size(); j++) {
                String k = MetaSiteNames.key(span(i, j));
                if (k.equals(ref)) return span(i, j);
                if (k.length() > ref.length()) break;
            }
        }
        return null;
    }

    /** The pieces outside the run [i, j] that equals the reference, or an empty list when there is no such run. */
    List<String> piecesOutside(String reference) {
        String ref = MetaSiteNames.key(reference);
        for (int i = 0; i < pieces.size(); i++) {
            for (int j = i; j < pieces.size(); j++) {
                String k = MetaSiteNames.key(span(i, j));
                if (k.equals(ref)) {
                    List<String> out = new ArrayList<>();
                    for (int x = 0; x < pieces.size(); x++) if (x < i || x > j) out.add(span(x, x));
                    return out;
                }
                if (k.length() > ref.length()) break;
            }
        }
        return List.of();
    }

    /** True when piece i is preceded by a strong separator (dash, pipe...) rather than a colon or comma. */
    boolean strongBefore(int i) {
        return strongBefore.get(i);
    }
}
