package org.marsad.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times of day next to a date (5:00 م, الساعة 17:30, 10:15 صباحاً بتوقيت مكة) in folded text. */
final class ClockTimes {
    private static final Pattern PERIOD_NOISE = Pattern.compile("[\\s.]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private ClockTimes() {}

    /** A time found in folded text, with the zone it states (or null) and its folded span. */
    record Hit(LocalTime time, ZoneId zone, int start, int end) {
        /** The zone's offset on that day; a fixed offset is itself; null when the text names no zone. */
        ZoneOffset offsetOn(LocalDate date) {
            if (zone == null) return null;
            if (zone instanceof ZoneOffset fixed) return fixed;
            return zone.getRules().getOffset(LocalDateTime.of(date, time));
        }
    }

    /** Zones that Arabic pages name after "بتوقيت" (Mecca, Cairo, Greenwich and capitals of the region). */
    private static final Map<String, String> ZONE_NAMES = new LinkedHashMap<>();

    static {
        zones("Asia/Riyadh", "مكة المكرمة", "مكة", "السعودية", "الرياض", "جدة");
        zones("Africa/Cairo", "القاهرة", "مصر");
        zones("UTC", "غرينتش", "غرينيتش", "جرينتش", "جرينيتش", "قرينتش", "غرنيتش", "جرنيتش", "العالمي");
        zones("Asia/Jerusalem", "القدس", "فلسطين");
        zones("Asia/Beirut", "بيروت", "لبنان");
        zones("Asia/Damascus", "دمشق", "سوريا", "سورية");
        zones("Asia/Amman", "الأردن");
        zones("Asia/Qatar", "الدوحة", "قطر");
        zones("Asia/Dubai", "أبوظبي", "أبو ظبي", "الإمارات", "دبي");
        zones("Asia/Baghdad", "بغداد", "العراق");
        zones("Asia/Kuwait", "الكويت");
        zones("Asia/Bahrain", "المنامة", "البحرين");
        zones("Asia/Muscat", "مسقط");
        zones("Africa/Casablanca", "الرباط", "المغرب");
        zones("Africa/Tunis", "تونس");
        zones("Africa/Algiers", "الجزائر");
        zones("Africa/Khartoum", "الخرطوم", "السودان");
        zones("Asia/Aden", "صنعاء", "اليمن");
        zones("Asia/Tehran", "طهران", "إيران", "تهران");
    }

    private static void zones(String id, String... names) {
        for (String name : names) ZONE_NAMES.put(FoldedText.fold(name), id);
    }

    private static final String PERIOD = "(ب\\.?\\s?ظ|ق\\.?\\s?ظ|بعد\\s*الظهر|صباحا|صباح|مساءا|مساء|ظهرا|الظهر|ظهر"
            + "|عصرا|فجرا|ليلا|a\\.m\\.|p\\.m\\.|am|pm|ص|م)";
    private static final String TIME = "(?:(الساعه)\\s*)?(?<![\\d:.])(\\d{1,2})"
            + "(?::(\\d{2})(?::(\\d{2}))?(?:\\.\\d{1,9})?)?(?!\\d)(?:\\s*" + PERIOD + "(?![\\p{L}]))?";
    private static final String ZONE = "(?:\\s*[(\\[]?\\s*(?:ب?توقيت\\s*(" + zoneAlternation() + ")(?![\\p{L}])"
            + "|(gmt|utc|ت\\s?\\.?\\s?غ(?![\\p{L}])|غرينتش|جرينتش)(?:\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?)?"
            + "|([+-])(\\d{2}):?(\\d{2})(?!\\d)))?";
    private static final String SEP = "[\\s,،\\-–—|/•·]*(?:(?:t|في|علي|عند|-)\\s*)?";
    private static final Pattern AFTER = Pattern.compile(SEP + TIME + ZONE);
    private static final Pattern BEFORE = Pattern.compile(TIME + ZONE + "[\\s,،\\-–—|/•·]*$");
    private static final Pattern ALONE = Pattern.compile(TIME + ZONE);

    private static String zoneAlternation() {
        Map<String, Integer> names = new LinkedHashMap<>();
        ZONE_NAMES.keySet().forEach(k -> names.put(k, 0));
        return DateWords.alternation(names);
    }

    /** A time starting at {@code pos} after optional separators, or null. */
    static Hit after(String folded, int pos) {
        Matcher m = AFTER.matcher(folded);
        m.region(pos, Math.min(folded.length(), pos + 120));
        return m.lookingAt() ? hit(m) : null;
    }

    /** A time ending just before {@code pos} (only separators between), or null. */
    static Hit before(String folded, int pos) {
        Matcher m = BEFORE.matcher(folded);
        m.region(Math.max(0, pos - 60), pos).useTransparentBounds(true);
        while (m.find()) {
            Hit h = hit(m);
            if (h != null) return h;
            if (m.start() + 1 >= pos) break;
            m.region(m.start() + 1, pos);
        }
        return null;
    }

    /** The first time anywhere in the region [from, to), or null. */
    static Hit first(String folded, int from, int to) {
        Matcher m = ALONE.matcher(folded);
        m.region(from, to);
        while (m.find()) {
            Hit h = hit(m);
            if (h != null) return h;
        }
        return null;
    }

    private static Hit hit(Matcher m) {
        boolean saat = m.group(1) != null;
        String minutes = m.group(3);
        String period = m.group(5);
        if (minutes == null && !saat) return null;
        int h = Integer.parseInt(m.group(2));
        int min = minutes == null ? 0 : Integer.parseInt(minutes);
        int sec = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        if (period != null) {
            if (h > 12 && h <= 23) period = null; // "17:30 م" is already 24-hour
            else if (h == 0 || h > 12) return null;
            else h = to24(h, period);
        }
        if (h > 23 || min > 59 || sec > 59) return null;
        try {
            int end = m.end();
            return new Hit(LocalTime.of(h, min, sec), zone(m), m.start(saat ? 1 : 2), end);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** 12-hour to 24-hour: م/مساءً after noon, ص/صباحاً before noon, ظهراً around noon, ليلاً late evening. */
    private static int to24(int h, String period) {
        String p = PERIOD_NOISE.matcher(period).replaceAll("");
        boolean am = p.equals("قظ") || p.equals("ص") || p.startsWith("صباح") || p.equals("am") || p.equals("فجرا");
        if (am) return h == 12 ? 0 : h;
        boolean noon = p.contains("ظهر") && !p.startsWith("بعد");
        if (p.equals("بظ")) return h == 12 ? 12 : h + 12; // Persian بعد از ظهر
        if (noon) return h == 12 || h >= 10 ? h : h + 12;
        if (p.equals("ليلا")) return h == 12 ? 0 : h >= 6 ? h + 12 : h;
        return h == 12 ? 12 : h + 12; // م, مساء, pm, عصرا, بعد الظهر
    }

    private static ZoneId zone(Matcher m) {
        try {
            if (m.group(6) != null) return ZoneId.of(zoneId(m.group(6)));
            if (m.group(7) != null) {
                if (m.group(8) == null) return ZoneOffset.UTC;
                return offset(m.group(8), m.group(9), m.group(10));
            }
            if (m.group(11) != null) return offset(m.group(11), m.group(12), m.group(13));
        } catch (DateTimeException | NullPointerException e) {
            return null;
        }
        return null;
    }

    private static String zoneId(String folded) {
        String bare = SPACES.matcher(folded).replaceAll("");
        for (Map.Entry<String, String> e : ZONE_NAMES.entrySet()) {
            if (e.getKey().replace(" ", "").equals(bare)) return e.getValue();
        }
        return null;
    }

    private static ZoneOffset offset(String sign, String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int min = minutes == null ? 0 : Integer.parseInt(minutes);
        int total = h * 3600 + min * 60;
        return ZoneOffset.ofTotalSeconds(sign.equals("-") ? -total : total);
    }
}
