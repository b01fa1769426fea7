package org.marsad.extract.dump;

import static org.marsad.extract.dump.LineKind.*;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.marsad.extract.TextClean;
import org.marsad.model.Image;
import org.marsad.model.NewsDate;

/**
 * Classifies the lines of a scraped text dump. The rules, in the order they run:
 *
 * <ol>
 *   <li>Line by line: no letter or digit is {@link LineKind#NOISE}; {@code اقرأ أيضاً} and the like are
 *       {@link LineKind#RELATED}; a known chrome word is {@link LineKind#CHROME};
 *       a short line with a footer phrase or © is {@link LineKind#FOOTER}.
 *   <li>Ticker: when site chrome starts within the first 4 lines, the lines above it are a ticker about another story.
 *   <li>Title: a headline-shaped line repeated (same folded text) within the next 4 lines, before the first sure
 *       paragraph, is the headline and its alt-text copy.
 *   <li>The head is what lies between the ticker and the first sure paragraph. In it: the first line with a photo
 *       credit is the caption; the date line nearest the title is the published date and an update line
 *       ({@code آخر تحديث}) the modified one; a {@code بقلم}-line is the byline; with no repeated headline, the last
 *       headline-shaped line above the date (else the first one) is the title; the section-shaped line just above
 *       the title, chrome skipped, is the section.
 *   <li>The body runs from after the last head line to the first copyright or follow-us line. In it: related-story
 *       links, title copies, short credit lines and short date lines are dropped; short unpunctuated lines are
 *       subheadings when at most 2 of them stand between paragraphs; all else with letters is a paragraph. The story
 *       stops early at a widget heading ({@code الأكثر قراءة}) or a list of 3 or more short lines (see
 *       {@link BodyReader}).
 * </ol>
 * Thread-safe: all state lives in one call.
 */
final class DumpReader {
    /** The site chrome must start within this many lines for the lines above it to be a ticker. */
    private static final int TICKER_MAX_LINES = 3;
    /** The headline's copy (alt text) follows it within this many lines. */
    private static final int REPEAT_DISTANCE = 4;

    private final List<String> lines;
    private final LineKind[] kinds;
    private final ZonedDateTime reference;
    private int title = -1;
    private String section;
    private NewsDate published;
    private NewsDate modified;
    private Image image;
    private final List<String> authors = new ArrayList<>();

    private DumpReader(List<String> lines, ZonedDateTime reference) {
        this.lines = lines;
        this.kinds = new LineKind[lines.size()];
        this.reference = reference;
        Arrays.fill(kinds, OTHER);
    }

    /** Reads {@code text}: its non-blank lines, cleaned with {@link TextClean#line}, and their kinds. */
    static ReadDump read(String text, ZonedDateTime reference) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = TextClean.line(raw);
            if (!line.isEmpty()) lines.add(line);
        }
        DumpReader r = new DumpReader(lines, reference);
        r.classify();
        return new ReadDump(lines, Arrays.asList(r.kinds), r.title >= 0 ? r.lines.get(r.title) : null, r.section,
                r.published, r.modified, r.image, r.authors);
    }

    private void classify() {
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            String line = lines.get(i);
            if (LineShapes.isNoise(line)) kinds[i] = NOISE;
            else if (LineShapes.isRelatedLead(line)) kinds[i] = RELATED;
            else if (LineShapes.isChrome(line)) kinds[i] = CHROME;
            else if (LineShapes.isFooter(line)) kinds[i] = FOOTER;
        }
        int headStart = markTicker();
        int repeat = findRepeatedTitle(headStart);
        int bodyFrom = firstSureParagraph(Math.max(headStart, repeat + 1));
        int bodyStart = readHead(headStart, bodyFrom, repeat);
        int closing = closingLine(Math.max(bodyStart, bodyFrom));
        for (int i = closing; i < n; i++) {
            if (kinds[i] == OTHER) kinds[i] = FOOTER;
        }
        new BodyReader(lines, kinds, title >= 0 ? LineShapes.fold(lines.get(title)) : null)
                .read(bodyStart, closing, this::datedBodyLine);
    }

    /** Marks the ticker: the content lines above site chrome that starts within the first 4 lines. */
    private int markTicker() {
        int firstChrome = -1;
        for (int i = 0; i < kinds.length && i <= TICKER_MAX_LINES; i++) {
            if (kinds[i] == CHROME) {
                firstChrome = i;
                break;
            }
        }
        if (firstChrome <= 0) return 0;
        for (int i = 0; i < firstChrome; i++) {
            if (kinds[i] == OTHER) kinds[i] = TICKER;
        }
        return firstChrome;
    }

    /** The index of the headline's copy, marking both; -1 when no headline repeats before the story starts. */
    private int findRepeatedTitle(int from) {
        for (int i = from; i < lines.size(); i++) {
            if (kinds[i] != OTHER) continue;
            String line = lines.get(i);
            if (LineShapes.isHeadlineShaped(line)) {
                String key = LineShapes.fold(line);
                for (int j = i + 1; j < lines.size() && j <= i + REPEAT_DISTANCE; j++) {
                    if (kinds[j] == OTHER && LineShapes.fold(lines.get(j)).equals(key)) {
                        title = i;
                        kinds[i] = TITLE;
                        kinds[j] = TITLE_REPEAT;
                        return j;
                    }
                }
            }
            if (LineShapes.isStrongParagraph(line)) return -1;
        }
        return -1;
    }

    /** The first sure paragraph from {@code from}, else the first substantial one, else the end. */
    private int firstSureParagraph(int from) {
        for (int i = from; i < lines.size(); i++) {
            if (kinds[i] == OTHER && LineShapes.isStrongParagraph(lines.get(i))) return i;
        }
        for (int i = from; i < lines.size(); i++) {
            if (kinds[i] == OTHER && LineShapes.isSubstantial(lines.get(i))) return i;
        }
        return lines.size();
    }

    /** Classifies the head lines [from, to) and answers where the body starts: after the last head line found. */
    private int readHead(int from, int to, int repeat) {
        int last = Math.max(title, repeat);
        int caption = markCaption(from, to);
        last = Math.max(last, caption);
        for (int i = from; i < to; i++) {
            if (kinds[i] == OTHER && readByline(i)) {
                kinds[i] = BYLINE;
                last = Math.max(last, i);
            }
        }
        int date = markDate(from, to);
        last = Math.max(last, date);
        if (title < 0) last = Math.max(last, markPositionalTitle(from, to, date));
        last = Math.max(last, markSection(from));
        for (int i = from; i <= last && i < to; i++) {
            if (kinds[i] == OTHER && LineShapes.fold(lines.get(i)).startsWith("عاجل")) kinds[i] = TICKER;
        }
        return last >= 0 ? last + 1 : to;
    }

    /** Marks the lines with a photo credit; the first gives the lead image. Answers the last caption line, or -1. */
    private int markCaption(int from, int to) {
        int last = -1;
        for (int i = from; i < to; i++) {
            if (kinds[i] != OTHER) continue;
            Optional<Image> found = PhotoCredits.split(lines.get(i));
            if (found.isEmpty()) continue;
            kinds[i] = CAPTION;
            last = i;
            if (image != null) continue;
            Image img = found.get();
            // a credit alone on its line: the caption is the line above it, when that line is nothing else
            if (img.caption() == null && i > from && kinds[i - 1] == OTHER && title >= 0
                    && !DateLines.isDateShaped(lines.get(i - 1))) {
                kinds[i - 1] = CAPTION;
                img = new Image(lines.get(i - 1), img.credit());
            }
            image = img;
        }
        return last;
    }

    /**
     * Marks the date line nearest the title (the first one without a title) and reads it as the published date; the
     * first update line ({@code آخر تحديث}) gives the modified date. Answers the last of them, or -1.
     */
    private int markDate(int from, int to) {
        int best = -1, update = -1;
        for (int i = from; i < to; i++) {
            if (kinds[i] != OTHER && kinds[i] != BYLINE) continue;
            String line = lines.get(i);
            if (DateLines.date(line, reference).isEmpty() && !DateLines.isDateShaped(line)) continue;
            if (DateLines.isUpdate(line)) {
                if (update < 0) update = i;
            } else if (best < 0 || title >= 0 && Math.abs(i - title) < Math.abs(best - title)) {
                best = i;
            }
        }
        if (update >= 0) {
            if (kinds[update] == OTHER) kinds[update] = DATE;
            modified = DateLines.date(lines.get(update), reference).orElse(null);
        }
        if (best >= 0) {
            if (kinds[best] == OTHER) kinds[best] = DATE;
            published = DateLines.date(lines.get(best), reference).orElse(null);
        }
        return Math.max(best, update);
    }

    /** With no repeated headline: the last headline-shaped head line above the date line, else the first one. */
    private int markPositionalTitle(int from, int to, int date) {
        int chosen = -1;
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (kinds[i] != OTHER || !LineShapes.isHeadlineShaped(line) || DateLines.isDateShaped(line)) continue;
            if (LineShapes.fold(line).startsWith("عاجل")) continue;
            if (date >= 0 && i < date) {
                chosen = i;
                continue;
            }
            if (chosen < 0) chosen = i;
            break;
        }
        if (chosen >= 0) {
            title = chosen;
            kinds[chosen] = TITLE;
        }
        return chosen;
    }

    /** The section: the first line above the title, chrome skipped, when it is section-shaped or a breadcrumb trail. */
    private int markSection(int from) {
        for (int i = title - 1; i >= from && title > 0; i--) {
            if (kinds[i] == CHROME || kinds[i] == NOISE) continue;
            if (kinds[i] != OTHER) return -1;
            String name = lastCrumb(lines.get(i));
            if (name == null || !LineShapes.isSectionShaped(name) || LineShapes.isChrome(name)) return -1;
            section = name;
            kinds[i] = SECTION;
            return i;
        }
        return -1;
    }

    /** The last part of a breadcrumb trail ({@code الرئيسية › العالم} gives {@code العالم}), or the line itself. */
    private static String lastCrumb(String line) {
        String[] parts = line.split("\\s*[›‹>»«/|]\\s*");
        for (int i = parts.length - 1; i >= 0; i--) {
            String p = TextClean.line(parts[i]);
            if (!p.isEmpty()) return p;
        }
        return null;
    }

    /**
     * Reads a byline ({@code بقلم: سارة علي}, {@code كتب - محمد حسن}, {@code كتبت سارة علي}) into {@link #authors};
     * false when it is none.
     */
    private boolean readByline(int index) {
        String line = lines.get(index);
        if (LineShapes.words(line) > 8) return false;
        String[] folded = LineShapes.fold(line).split(" ", 2);
        if (folded.length < 2) return false;
        boolean sure = folded[0].equals("بقلم") || folded[0].equals("by");
        if (!sure && !List.of("كتب", "كتبت", "اعداد").contains(folded[0])) return false;
        int space = line.indexOf(' ');
        String rest = space < 0 ? "" : line.substring(space).trim();
        boolean labelled = rest.matches("^[:：\\-–—].*") || line.substring(0, Math.max(space, 0)).endsWith(":");
        // "كتب: فلان" is a byline, and so is a bare "كتبت سارة علي" right under the headline; "كتب جديدة في المعرض"
        // elsewhere is a headline
        boolean underTitle = title >= 0 && index > title && LineShapes.words(line) <= 4;
        if (!sure && !labelled && !underTitle) return false;
        rest = rest.replaceFirst("^[:：\\-–—]\\s*", "");
        String name = TextClean.line(rest.split("\\s[-–—|]\\s|\\p{Nd}|،|,")[0]);
        if (name.isEmpty() || LineShapes.words(name) > 5) return false;
        authors.add(name);
        return true;
    }

    /** For the body: true (and the date kept when none yet) when a line is a date line of its own. */
    private boolean datedBodyLine(String line) {
        Optional<NewsDate> date = DateLines.date(line, reference);
        if (date.isEmpty()) return false;
        if (DateLines.isUpdate(line)) {
            if (modified == null) modified = date.get();
        } else if (published == null) {
            published = date.get();
        }
        return true;
    }

    /** The first closing line (copyright, follow us) from {@code from}, or the end. */
    private int closingLine(int from) {
        for (int i = from; i < lines.size(); i++) {
            if ((kinds[i] == FOOTER || kinds[i] == OTHER) && LineShapes.isClosing(lines.get(i))) return i;
        }
        return lines.size();
    }
}
