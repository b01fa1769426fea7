package org.marsad.date;

import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.model.NewsDate;

/** Dates stated relative to now: منذ 3 ساعات, قبل يومين, أمس, أمس الأول, اليوم. */
final class RelativeDates {
    private RelativeDates() {}

    /** A relative date in folded text, with its folded span. */
    record Hit(NewsDate date, int start, int end, boolean dayOnly) {}

    private static final String UNIT = "(ثانيتين|ثانيه|ثواني|ثوان|دقيقتين|دقيقه|دقائق|دقايق|ساعتين|ساعات|ساعه"
            + "|يومين|ايام|يوم|اسبوعين|اسابيع|اسبوع|شهرين|اشهر|شهور|شهر|سنتين|سنوات|سنه|عامين|اعوام|عام)";
    private static final Pattern AGO = Pattern.compile("(?<![\\p{L}])(?:منذ|قبل)\\s*(?:(\\d{1,3})\\s*|("
            + DateWords.alternation(DateWords.NUMBERS) + ")\\s+)?" + UNIT + "(?![\\p{L}])(?!\\s*\\d)");
    private static final Pattern DAY_WORD =
            Pattern.compile("(?<![\\p{L}])(?:(اول\\s*(?:امس|البارحه))|(امس|البارحه)(\\s*الاول)?|(اليوم))(?![\\p{L}])");

    /** The first relative date in {@code f}; null when none or when there is no reference. */
    static Hit first(String f, ZonedDateTime ref) {
        if (ref == null) return null;
        Hit ago = ago(f, ref);
        Hit word = dayWord(f, ref);
        if (ago == null) return word;
        if (word == null) return ago;
        return word.start() < ago.start() ? word : ago;
    }

    private static Hit ago(String f, ZonedDateTime ref) {
        if (!f.contains("منذ") && !f.contains("قبل")) return null; // a plain scan is far cheaper than the regex
        Matcher m = AGO.matcher(f);
        while (m.find()) {
            String unit = m.group(3);
            Integer n = m.group(1) != null ? Integer.valueOf(m.group(1))
                    : m.group(2) != null ? DateWords.lookup(DateWords.NUMBERS, m.group(2)) : count(unit);
            if (n == null) continue;
            Hit h = shift(ref, n, unit, m.start(), m.end());
            if (h != null) return h;
        }
        return null;
    }

    /** The count a bare unit implies: singular 1, dual 2, "منذ دقائق" about now; null for vague plurals. */
    private static Integer count(String unit) {
        if (unit.endsWith("ين")) return 2;
        if (unit.equals("دقائق") || unit.equals("دقايق") || unit.startsWith("ثوا")) return 0;
        if (unit.equals("ساعات") || unit.equals("ايام") || unit.equals("اسابيع") || unit.startsWith("اشهر")
                || unit.equals("شهور") || unit.equals("سنوات") || unit.equals("اعوام")) {
            return null;
        }
        return 1;
    }

    private static Hit shift(ZonedDateTime ref, int n, String unit, int start, int end) {
        if (unit.startsWith("ثان") || unit.startsWith("ثوا")) return timed(ref.minusSeconds(n), start, end);
        if (unit.startsWith("دق")) return timed(ref.minusMinutes(n), start, end);
        if (unit.startsWith("ساع")) return timed(ref.minusHours(n), start, end);
        if (unit.startsWith("يوم") || unit.equals("ايام")) return day(ref.minusDays(n), start, end);
        if (unit.startsWith("اسب")) return day(ref.minusWeeks(n), start, end);
        if (unit.contains("شه") || unit.startsWith("اشهر")) return day(ref.minusMonths(n), start, end);
        return day(ref.minusYears(n), start, end);
    }

    /** Minutes and hours keep the time of day, in the reference's own offset (an instant, not a guess). */
    private static Hit timed(ZonedDateTime t, int start, int end) {
        NewsDate d = new NewsDate(t.toLocalDate(), t.toLocalTime().withNano(0), t.getOffset());
        return new Hit(d, start, end, false);
    }

    private static Hit day(ZonedDateTime t, int start, int end) {
        return new Hit(NewsDate.of(t.toLocalDate()), start, end, true);
    }

    /** "اليوم" is a common word in prose, so it counts only in a short text or right before a time. */
    private static Hit dayWord(String f, ZonedDateTime ref) {
        if (!f.contains("امس") && !f.contains("اليوم") && !f.contains("البارحه")) return null;
        Matcher m = DAY_WORD.matcher(f);
        while (m.find()) {
            boolean today = m.group(4) != null;
            if (today && f.strip().length() > 30 && ClockTimes.after(f, m.end()) == null) continue;
            int back = m.group(1) != null || m.group(3) != null ? 2 : today ? 0 : 1;
            return day(ref.minusDays(back), m.start(), m.end());
        }
        return null;
    }
}
