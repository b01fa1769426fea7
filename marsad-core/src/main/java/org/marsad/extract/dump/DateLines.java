package org.marsad.extract.dump;

import java.time.ZonedDateTime;
import java.util.Optional;
import org.marsad.date.ArabicDateParser;
import org.marsad.date.DateMatch;
import org.marsad.model.NewsDate;

/** Date lines of a dump: short lines that are a date, read with {@link ArabicDateParser#find}. */
final class DateLines {
    private DateLines() {}

    /** A date line has at most this many words: a date, a time and a label such as {@code آخر تحديث:}. */
    static final int MAX_WORDS = 9;
    /** A date line has at most this many chars; longer lines are never handed to the parser. */
    static final int MAX_CHARS = 120;
    /** Words a date line may hold besides the date the parser found ({@code نشر في}, {@code آخر تحديث}). */
    static final int MAX_EXTRA_WORDS = 3;

    /**
     * The date a short line states, when the date is most of the line: {@code 20 يونيو 2025، 5:00 م}. A sentence that
     * mentions a date is no date line.
     */
    static Optional<NewsDate> date(String line, ZonedDateTime reference) {
        if (line.length() > MAX_CHARS || LineShapes.words(line) > MAX_WORDS) return Optional.empty();
        Optional<DateMatch> found;
        try {
            found = ArabicDateParser.find(line, reference);
        } catch (RuntimeException e) {
            return Optional.empty(); // a parser failure on odd input must not fail the whole page: no date instead
        }
        if (found.isEmpty()) return Optional.empty();
        DateMatch m = found.get();
        if (m.start() < 0 || m.end() > line.length() || m.start() > m.end()) return Optional.empty();
        String rest = line.substring(0, m.start()) + " " + line.substring(m.end());
        return LineShapes.words(rest) <= MAX_EXTRA_WORDS ? Optional.of(m.date()) : Optional.empty();
    }

    /** An update line ({@code آخر تحديث: ...}, {@code Updated ...}): its date is the modified one. */
    static boolean isUpdate(String line) {
        String f = LineShapes.fold(line);
        return f.contains("تحديث") || f.contains("تعديل") || f.contains("updated") || f.contains("modified");
    }

    /**
     * The shape of a date line, whether or not the parser reads it: at most 9 words and 120 chars, of which at least
     * two hold digits
     * (Western or Eastern Arabic), as in {@code ٢٠ حزيران ٢٠٢٥، ٩:٣٠ صباحاً}. Used only in the head, above the story.
     */
    static boolean isDateShaped(String line) {
        return line.length() <= MAX_CHARS && LineShapes.words(line) <= MAX_WORDS && LineShapes.digitTokens(line) >= 2;
    }
}
