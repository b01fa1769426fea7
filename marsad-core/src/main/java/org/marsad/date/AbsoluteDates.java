package org.marsad.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calendar days written out in folded Arabic text: month names (Gregorian and Hijri) and numeric forms. */
final class AbsoluteDates {
    private AbsoluteDates() {}

    /** A day found in folded text and its folded span. */
    record Day(LocalDate date, int start, int end, boolean hijri) {}

    private static final String MONTH = DateWords.alternation(DateWords.GREGORIAN);
    private static final String HMONTH = DateWords.alternation(DateWords.HIJRI);
    /** A weekday name just before a date (الجمعة، 20 يونيو): found backwards, so no pattern starts with it. */
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(?<![\\p{L}])(?:يوم\\s*)?"
            + DateWords.alternation(DateWords.WEEKDAYS) + "\\s*[,،\\-]?\\s*$");
    private static final String DAY = "(?<![\\d.:/])(\\d{1,2})";
    private static final String YEAR_WORD = "(?:(?:من\\s*)?(?:عام|سنه|لعام|لسنه)\\s*)?";

    /** 20 يونيو 2025, الجمعة 20 حزيران (يونيو) 2025، 5 جوان: day, month name, optional year. */
    private static final Pattern DMY = Pattern.compile(DAY + "(?:\\s*من\\s+|\\s*[-/.]?\\s*)(?:شهر\\s*)?("
            + MONTH + ")(?![\\p{L}])(?:\\s*[(/]\\s*" + MONTH + "(?![\\p{L}])\\s*\\)?)?(?:\\s*[,،\\-/.]?\\s*"
            + YEAR_WORD + "(\\d{4})(?!\\d)(?:\\s*م(?![\\p{L}]))?)?");
    /** يونيو 20، 2025: month name first, then day and year. */
    private static final Pattern MDY = Pattern.compile(
            "(?<![\\p{L}])(" + MONTH + ")\\s*(\\d{1,2})(?!\\d)\\s*[,،]?\\s*(\\d{4})(?!\\d)");
    /** 20/06/2025, 20-6-2025, 20.06.2025: day first, as Arabic pages write them. */
    private static final Pattern NUM_DMY = Pattern.compile(
            "(?<![\\d/.\\-:])(\\d{1,2})\\s{0,2}([/.\\-])\\s{0,2}(\\d{1,2})\\s{0,2}\\2\\s{0,2}(\\d{4})(?!\\d)");
    /** 2025-06-20, 2025/06/20. */
    private static final Pattern NUM_YMD = Pattern.compile(
            "(?<![\\d/.\\-:])(\\d{4})\\s{0,2}([/.\\-])\\s{0,2}(\\d{1,2})\\s{0,2}\\2\\s{0,2}(\\d{1,2})(?![\\d/])");
    /** ۲۹ بهمن ۱۳۹۸: Persian Solar Hijri month names with a 13xx/14xx year. */
    private static final Pattern SOLAR = Pattern.compile(DAY + "\\s*(" + DateWords.alternation(DateWords.PERSIAN)
            + ")(?![\\p{L}])\\s*[,،]?\\s*(1[34]\\d\\d)(?!\\d)");
    /** 24 ذو الحجة 1446 هـ. */
    private static final Pattern HIJRI = Pattern.compile(DAY + "\\s*(?:من\\s+)?(?:شهر\\s*)?(" + HMONTH
            + ")(?![\\p{L}])\\s*[,،\\-]?\\s*" + YEAR_WORD + "(\\d{4})(?!\\d)(?:\\s*(?:هجريه|هجري|ه)(?![\\p{L}]))?");
    private static final Pattern HIJRI_MARK = Pattern.compile("\\s*(?:هجريه|هجري|ه)(?![\\p{L}])(?!\\s*\\.?\\s*ش)");
    /** Words allowed between a Gregorian date and the Hijri one that restates it (الموافق). */
    private static final Pattern LINK =
            Pattern.compile("[\\s,،\\-–—|/()]*(?:الموافق|الموافق\\s*ل|وفق)?[\\s,،\\-–—|/(]*");

    /** Digits further apart than this start a new search window. */
    private static final int GAP = 60;

    /**
     * The first day in {@code f} at or after {@code from}; null when none. Every form has digits, so the patterns
     * run only in windows around runs of digits: prose without digits costs one scan.
     */
    static Day first(String f, int from, ZonedDateTime reference) {
        int pos = from;
        while (true) {
            int d = nextDigit(f, pos);
            if (d < 0) return null;
            int e = d;
            for (int n = nextDigit(f, e + 1); n >= 0 && n - e <= GAP; n = nextDigit(f, e + 1)) e = n;
            Day day = firstIn(f, Math.max(from, d - 50), Math.min(f.length(), e + 40), reference);
            if (day != null) return day;
            pos = e + 1;
        }
    }

    private static int nextDigit(String f, int from) {
        for (int i = from; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c >= '0' && c <= '9') return i;
        }
        return -1;
    }

    private static Day firstIn(String f, int from, int to, ZonedDateTime reference) {
        return withWeekday(f, firstDay(f, from, to, reference));
    }

    /** The day widened to take in a weekday name right before it. */
    private static Day withWeekday(String f, Day day) {
        if (day == null) return null;
        Matcher m = matcher(WEEKDAY_BEFORE, f, Math.max(0, day.start() - 30), day.start());
        m.useAnchoringBounds(true);
        return m.find() ? new Day(day.date(), m.start(), day.end(), day.hijri()) : day;
    }

    private static Day firstDay(String f, int from, int to, ZonedDateTime reference) {
        Day best = gregorianOnly(f, from, to, reference);
        best = earlier(best, hijri(f, from, to));
        best = earlier(best, solar(f, from, to));
        if (best == null) return null;
        if (best.hijri()) {
            int limit = Math.min(f.length(), best.end() + 100);
            Day greg = gregorianOnly(f, best.end(), limit, reference);
            if (greg != null && greg.start() - best.end() < 60
                    && f.substring(best.end(), greg.start()).indexOf('\n') < 0) {
                return new Day(greg.date(), best.start(), greg.end(), false);
            }
            return best;
        }
        Matcher link = matcher(LINK, f, best.end(), Math.min(f.length(), best.end() + 40));
        if (link.lookingAt()) {
            Day h = hijri(f, link.end(), Math.min(f.length(), link.end() + 60));
            if (h != null && h.start() == link.end()) return new Day(best.date(), best.start(), h.end(), false);
        }
        return best;
    }

    private static Day gregorianOnly(String f, int from, int to, ZonedDateTime reference) {
        Day best = earlier(null, dmy(f, from, to, reference));
        best = earlier(best, mdy(f, from, to));
        best = earlier(best, numeric(f, from, to, NUM_DMY, 4, 3, 1));
        return earlier(best, numeric(f, from, to, NUM_YMD, 1, 3, 4));
    }

    /** A matcher over [from, to) that still sees the text around it for look-arounds. */
    private static Matcher matcher(Pattern p, String f, int from, int to) {
        return p.matcher(f).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
    }

    private static Day earlier(Day a, Day b) {
        if (a == null) return b;
        if (b == null) return a;
        if (b.start() < a.start() || b.start() == a.start() && b.end() > a.end()) return b;
        return a;
    }

    private static Day dmy(String f, int from, int to, ZonedDateTime reference) {
        Matcher m = matcher(DMY, f, from, to);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            Integer month = DateWords.lookup(DateWords.GREGORIAN, m.group(2));
            LocalDate date = null;
            if (m.group(3) != null) {
                date = gregorian(Integer.parseInt(m.group(3)), month, day);
            } else if (reference != null && month != null) {
                date = withoutYear(reference.toLocalDate(), month, day);
            }
            if (date != null) return new Day(date, m.start(), m.end(), false);
        }
        return null;
    }

    private static Day mdy(String f, int from, int to) {
        Matcher m = matcher(MDY, f, from, to);
        while (m.find()) {
            Integer month = DateWords.lookup(DateWords.GREGORIAN, m.group(1));
            LocalDate date = gregorian(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
            if (date != null) return new Day(date, m.start(), m.end(), false);
        }
        return null;
    }

    private static Day numeric(String f, int from, int to, Pattern p, int yearGroup, int monthGroup, int dayGroup) {
        Matcher m = matcher(p, f, from, to);
        while (m.find()) {
            int year = Integer.parseInt(m.group(yearGroup));
            int month = Integer.parseInt(m.group(monthGroup));
            int day = Integer.parseInt(m.group(dayGroup));
            if (month > 12 && day <= 12) { // 06/20/2025: an American order slipped in
                int t = month;
                month = day;
                day = t;
            }
            if (year >= 1300 && year <= 1600) {
                // Numeric years in this range may be lunar (1446) or Persian solar (1399): only a هـ mark decides.
                Matcher mark = matcher(HIJRI_MARK, f, m.end(), Math.min(f.length(), m.end() + 20));
                if (!mark.lookingAt()) continue;
                var h = Hijri.toGregorian(year, month, day);
                if (h.isPresent()) return new Day(h.get(), m.start(), mark.end(), true);
                continue;
            }
            LocalDate date = gregorian(year, month, day);
            if (date != null) return new Day(date, m.start(), m.end(), false);
        }
        return null;
    }

    private static Day hijri(String f, int from, int to) {
        Matcher m = matcher(HIJRI, f, from, to);
        while (m.find()) {
            Integer month = DateWords.lookup(DateWords.HIJRI, m.group(2));
            int year = Integer.parseInt(m.group(3));
            if (month == null || year < 1300 || year > 1600) continue;
            var date = Hijri.toGregorian(year, month, Integer.parseInt(m.group(1)));
            if (date.isPresent()) return new Day(date.get(), m.start(), m.end(), true);
        }
        return null;
    }

    private static Day solar(String f, int from, int to) {
        Matcher m = matcher(SOLAR, f, from, to);
        while (m.find()) {
            Integer month = DateWords.lookup(DateWords.PERSIAN, m.group(2));
            if (month == null) continue;
            var date = Hijri.solarToGregorian(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
            if (date.isPresent()) return new Day(date.get(), m.start(), m.end(), false);
        }
        return null;
    }

    /** A Gregorian day in a plausible year for news (1900-2100), or null. */
    static LocalDate gregorian(int year, Integer month, int day) {
        if (month == null || year < 1900 || year > 2100) return null;
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A day and month without a year: the latest such day not more than two days after the reference. */
    private static LocalDate withoutYear(LocalDate reference, int month, int day) {
        for (int year = reference.getYear() + 1; year >= reference.getYear() - 1; year--) {
            LocalDate d = gregorian(year, month, day);
            if (d != null && !d.isAfter(reference.plusDays(2))) return d;
        }
        return null;
    }
}
