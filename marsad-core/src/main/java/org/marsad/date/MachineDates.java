package org.marsad.date;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.model.NewsDate;

/**
 * Machine-readable dates from metadata: ISO-8601 (with or without offset, seconds, fraction, Z), {@code 2020-08-24
 * 10:00:00}, {@code 2020/08/24}, RFC 1123 / RFC 822, {@code Aug 24, 2020}, Unix epochs, and Arabic text last. The
 * offset is kept when stated and never invented.
 */
final class MachineDates {
    private MachineDates() {}

    private static final String TIME = "(?:\\s*(?:t|\\s|,|at)\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
            + "\\s*(am|pm|a\\.m\\.|p\\.m\\.)?)?";
    private static final String ZONE = "\\s*(z|utc|gmt|ut|[ecmp][sd]t|[+-]\\d{2}(?::?\\d{2})?)?(?![a-z])"
            + "(?:\\s*([+-]\\d{1,2})(?::?(\\d{2}))?)?";
    private static final String MONTH = "(" + String.join("|", DateWords.ENGLISH.keySet()) + ")\\.?";
    private static final String WEEKDAY = "(?:[a-z]{3,9}\\.?,?\\s*)?";

    /** 2020-08-24T10:00:00.123+03:00, 2020-08-24 10:00, 2020/08/24. */
    private static final Pattern YMD = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)" + TIME + ZONE);
    /** 24/08/2020 10:00 (day first unless impossible). */
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})(?!\\d)" + TIME + ZONE);
    /** Mon, 24 Aug 2020 10:00:00 GMT; 24 August 2020. */
    private static final Pattern RFC = Pattern.compile(
            WEEKDAY + "(\\d{1,2})[\\s-]+" + MONTH + "[\\s-]+(\\d{4}|\\d{2})(?!\\d)" + TIME + ZONE);
    /** Aug 24, 2020 10:00 AM; August 24th, 2020. */
    private static final Pattern MDY = Pattern.compile(
            WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)" + TIME + ZONE);
    private static final Pattern EPOCH = Pattern.compile("(\\d{10}|\\d{13})(?:\\.\\d+)?");
    private static final Map<String, Integer> US_ZONES =
            Map.of("est", -5, "edt", -4, "cst", -6, "cdt", -5, "mst", -7, "mdt", -6, "pst", -8, "pdt", -7);

    static Optional<NewsDate> parse(String value) {
        if (value == null) return Optional.empty();
        String v = FoldedText.fold(value).strip();
        if (v.isEmpty() || v.length() > 2000) return Optional.empty();
        Matcher m = EPOCH.matcher(v);
        if (m.matches()) return epoch(m.group(1));
        m = YMD.matcher(v);
        if (m.lookingAt()) return build(m, num(m, 1), num(m, 3), num(m, 4), 5);
        m = DMY.matcher(v);
        if (m.lookingAt()) {
            int a = num(m, 1), b = num(m, 3);
            return b > 12 ? build(m, num(m, 4), a, b, 5) : build(m, num(m, 4), b, a, 5);
        }
        m = RFC.matcher(v);
        if (m.lookingAt()) {
            int year = num(m, 3);
            if (year < 100) year += year < 70 ? 2000 : 1900;
            return build(m, year, DateWords.ENGLISH.get(m.group(2)), num(m, 1), 4);
        }
        m = MDY.matcher(v);
        if (m.lookingAt()) return build(m, num(m, 3), DateWords.ENGLISH.get(m.group(1)), num(m, 2), 4);
        return ArabicDateParser.find(value, null).map(DateMatch::date);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** Builds the date; {@code t} is the index of the first time group (hour). */
    private static Optional<NewsDate> build(Matcher m, int year, Integer month, int day, int t) {
        LocalDate date = AbsoluteDates.gregorian(year, month, day);
        if (date == null) return Optional.empty();
        if (m.group(t) == null) return Optional.of(NewsDate.of(date));
        try {
            int hour = num(m, t);
            String half = m.group(t + 4);
            if (half != null) {
                if (hour == 0 || hour > 12) return Optional.of(NewsDate.of(date));
                boolean pm = half.startsWith("p");
                hour = pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
            }
            int sec = m.group(t + 2) == null ? 0 : num(m, t + 2);
            int nano = 0;
            if (m.group(t + 3) != null) nano = Integer.parseInt((m.group(t + 3) + "00000000").substring(0, 9));
            LocalTime time = LocalTime.of(hour, num(m, t + 1), sec, nano);
            return Optional.of(NewsDate.of(LocalDateTime.of(date, time), offset(m, t + 5)));
        } catch (DateTimeException e) {
            return Optional.of(NewsDate.of(date));
        }
    }

    private static ZoneOffset offset(Matcher m, int z) {
        String zone = m.group(z);
        String plus = m.group(z + 1);
        if (zone == null) return null;
        if (zone.equals("z") || zone.equals("utc") || zone.equals("gmt") || zone.equals("ut")) {
            if (plus == null) return ZoneOffset.UTC;
            int h = Integer.parseInt(plus);
            int min = m.group(z + 2) == null ? 0 : num(m, z + 2);
            return ZoneOffset.ofHoursMinutes(h, h < 0 ? -min : min);
        }
        Integer us = US_ZONES.get(zone);
        if (us != null) return ZoneOffset.ofHours(us);
        String digits = zone.replace(":", "");
        int h = Integer.parseInt(digits.substring(1, 3));
        int min = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        int total = h * 3600 + min * 60;
        return ZoneOffset.ofTotalSeconds(digits.charAt(0) == '-' ? -total : total);
    }

    private static Optional<NewsDate> epoch(String digits) {
        long n = Long.parseLong(digits);
        Instant instant = digits.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
        LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        if (utc.getYear() < 1995 || utc.getYear() > 2100) return Optional.empty();
        return Optional.of(NewsDate.of(utc, ZoneOffset.UTC));
    }
}
