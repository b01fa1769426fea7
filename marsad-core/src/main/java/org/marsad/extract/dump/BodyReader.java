package org.marsad.extract.dump;

import static org.marsad.extract.dump.LineKind.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Classifies the body lines of a dump, between the head and the footer, into subheadings, paragraphs and lines to
 * drop. Works on the kinds array of one {@link DumpReader} call; not shared.
 */
final class BodyReader {
    /** More short lines than this in a row are a list of links, not subheadings. */
    private static final int MAX_HEADING_RUN = 2;

    private final List<String> lines;
    private final LineKind[] kinds;
    private final String titleKey;

    BodyReader(List<String> lines, LineKind[] kinds, String titleKey) {
        this.lines = lines;
        this.kinds = kinds;
        this.titleKey = titleKey;
    }

    /**
     * Classifies the unclassified lines in [start, end). {@code dateLine} answers whether a line is a date line of its
     * own (and keeps its date).
     */
    void read(int start, int end, Predicate<String> dateLine) {
        for (int i = start; i < end; i++) {
            if (kinds[i] == OTHER) kinds[i] = kindOf(lines.get(i), dateLine);
            if (kinds[i] == RELATED && isBareLead(lines.get(i))) {
                int next = nextOther(i + 1, end);
                if (next >= 0 && LineShapes.isHeadlineShaped(lines.get(next))
                        && !LineShapes.isStrongParagraph(lines.get(next))) {
                    kinds[next] = RELATED; // the linked headline below "اقرأ أيضاً"
                }
            }
        }
        int storyEnd = storyEnd(start, end);
        for (int i = storyEnd; i < end; i++) {
            if (kinds[i] == HEADING || kinds[i] == PARAGRAPH) kinds[i] = OTHER;
        }
        keepHeadingsBetweenParagraphs(start, storyEnd);
    }

    /**
     * Where the story stops, once it has a substantial paragraph: at a widget heading ({@code الأكثر قراءة},
     * {@code الوسوم}) or at the start of a list of links (3 or more short unpunctuated lines in a row).
     */
    private int storyEnd(int start, int end) {
        boolean story = false;
        int run = 0, runStart = -1;
        for (int i = start; i < end; i++) {
            LineKind kind = kinds[i];
            if (kind == PARAGRAPH) {
                story |= LineShapes.isSubstantial(lines.get(i));
                run = 0;
            } else if (kind == HEADING) {
                if (run++ == 0) runStart = i;
                if (story && run > MAX_HEADING_RUN) return runStart;
            } else if (kind == CHROME && story && LineShapes.isStoryEnd(lines.get(i))) {
                return i;
            }
        }
        return end;
    }

    /**
     * The kind of one body line: a copy of the title, a short credit line (an in-story image),
     * a date line, a subheading-shaped line (confirmed later) or a paragraph.
     */
    private LineKind kindOf(String line, Predicate<String> dateLine) {
        if (titleKey != null && LineShapes.fold(line).equals(titleKey)) return TITLE_REPEAT;
        boolean headingShaped = LineShapes.isHeadingShaped(line);
        if (headingShaped && PhotoCredits.split(line).isPresent()) return CAPTION;
        if (dateLine.test(line)) return DATE;
        if (!hasLetter(line)) return OTHER;
        return headingShaped ? HEADING : PARAGRAPH;
    }

    /**
     * Subheadings stand between paragraphs: a run of at most 2 heading-shaped lines with a paragraph before and after
     * it (lines dropped meanwhile do not count). Other heading-shaped lines are stray lines or lists of links.
     */
    private void keepHeadingsBetweenParagraphs(int start, int end) {
        List<Integer> content = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (kinds[i] == HEADING || kinds[i] == PARAGRAPH) content.add(i);
        }
        int k = 0;
        while (k < content.size()) {
            if (kinds[content.get(k)] != HEADING) {
                k++;
                continue;
            }
            int runEnd = k;
            while (runEnd < content.size() && kinds[content.get(runEnd)] == HEADING) runEnd++;
            boolean paragraphBefore = k > 0;
            boolean paragraphAfter = runEnd < content.size();
            if (!paragraphBefore || !paragraphAfter || runEnd - k > MAX_HEADING_RUN) {
                for (int j = k; j < runEnd; j++) kinds[content.get(j)] = OTHER;
            }
            k = runEnd;
        }
    }

    /** A related-story lead with nothing after it: {@code اقرأ أيضاً}, not {@code اقرأ أيضاً: عنوان}. */
    private static boolean isBareLead(String line) {
        int colon = line.indexOf(':');
        return colon < 0 || line.substring(colon + 1).isBlank();
    }

    private int nextOther(int from, int end) {
        for (int i = from; i < end; i++) {
            if (kinds[i] == OTHER) return i;
            if (kinds[i] != CHROME && kinds[i] != NOISE) return -1;
        }
        return -1;
    }

    private static boolean hasLetter(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetter(line.charAt(i))) return true;
        }
        return false;
    }
}
