package org.marsad.date;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The words Arabic pages use for months, weekdays and counts, folded (see {@link FoldedText}). */
final class DateWords {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private DateWords() {}

    /** Gregorian months, all families: Egyptian/Gulf, Levantine/Iraqi (Syriac), Maghrebi (French) and Moroccan. */
    static final Map<String, Integer> GREGORIAN = table(
            "يناير:1 كانون_الثاني:1 كانون_ثاني:1 جانفي:1 جانفييه:1 ينير:1",
            "فبراير:2 فبرابر:2 شباط:2 فيفري:2 فبرير:2",
            "مارس:3 آذار:3 اذار:3",
            "أبريل:4 إبريل:4 نيسان:4 أفريل:4 ابريل:4",
            "مايو:5 أيار:5 ماي:5 مايس:5",
            "يونيو:6 يونيه:6 حزيران:6 جوان:6 يونيوز:6",
            "يوليو:7 يوليه:7 تموز:7 جويلية:7 جويليه:7 يوليوز:7",
            "أغسطس:8 اغسطس:8 آب:8 أوت:8 غشت:8",
            "سبتمبر:9 أيلول:9 شتنبر:9 سپتمبر:9",
            "أكتوبر:10 تشرين_الأول:10 تشرين_أول:10 اكتوبر:10",
            "نوفمبر:11 تشرين_الثاني:11 تشرين_ثاني:11 نونبر:11",
            "ديسمبر:12 كانون_الأول:12 كانون_أول:12 دجنبر:12 دسمبر:12");

    /** Hijri months; ربيع الآخر and الثاني, جمادى الآخرة and الثانية are the same month. */
    static final Map<String, Integer> HIJRI = table(
            "محرم:1 المحرم:1 صفر:2 ربيع_الأول:3 ربيع_أول:3 ربيع_الآخر:4 ربيع_الثاني:4 ربيع_ثاني:4 ربيع_آخر:4",
            "جمادى_الأولى:5 جمادى_الأول:5 جمادى_الآخرة:6 جمادى_الثانية:6 جمادى_الآخر:6 جمادى_الثاني:6",
            "رجب:7 شعبان:8 رمضان:9 شوال:10 ذو_القعدة:11 ذي_القعدة:11 ذو_الحجة:12 ذي_الحجة:12");

    /** Persian (Solar Hijri) months, for Persian pages that sit beside Arabic ones. */
    static final Map<String, Integer> PERSIAN = table(
            "فروردین:1 اردیبهشت:2 خرداد:3 تیر:4 مرداد:5 شهریور:6 مهر:7 آبان:8 آذر:9 دی:10 بهمن:11 اسفند:12");

    /** Weekday names, only to widen a match's span. */
    static final Map<String, Integer> WEEKDAYS = table(
            "الأحد:7 الاثنين:1 الإثنين:1 الثلاثاء:2 الأربعاء:3 الخميس:4 الجمعة:5 السبت:6");

    /** English month abbreviations and names for Latin-script metadata. */
    static final Map<String, Integer> ENGLISH = table(
            "january:1 jan:1 february:2 feb:2 march:3 mar:3 april:4 apr:4 may:5 june:6 jun:6 july:7 jul:7",
            "august:8 aug:8 september:9 sept:9 sep:9 october:10 oct:10 november:11 nov:11 december:12 dec:12");

    /** Counting words written out before a time unit (منذ ثلاث ساعات). */
    static final Map<String, Integer> NUMBERS = table(
            "واحد:1 واحدة:1 اثنين:2 اثنتين:2 ثلاث:3 ثلاثة:3 أربع:4 أربعة:4 خمس:5 خمسة:5 ست:6 ستة:6 سبع:7 سبعة:7",
            "ثماني:8 ثمان:8 ثمانية:8 تسع:9 تسعة:9 عشر:10 عشرة:10");

    /** A regex alternation of a table's keys, longest first, with flexible spaces inside multi-word names. */
    static String alternation(Map<String, Integer> words) {
        List<String> keys = new ArrayList<>(words.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder("(?:");
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) sb.append('|');
            String[] parts = keys.get(i).split(" ");
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) sb.append("\\s*");
                sb.append(Pattern.quote(parts[p]));
            }
        }
        return sb.append(')').toString();
    }

    /** The number a folded word stands for, spaces normalized; null when unknown. */
    static Integer lookup(Map<String, Integer> words, String folded) {
        String bare = SPACES.matcher(folded).replaceAll("");
        for (Map.Entry<String, Integer> e : words.entrySet()) {
            if (e.getKey().replace(" ", "").equals(bare)) return e.getValue();
        }
        return null;
    }

    private static Map<String, Integer> table(String... rows) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (String row : rows) {
            for (String entry : row.trim().split("\\s+")) {
                int colon = entry.lastIndexOf(':');
                String word = FoldedText.fold(entry.substring(0, colon).replace('_', ' '));
                map.put(word, Integer.parseInt(entry.substring(colon + 1)));
            }
        }
        return map;
    }
}
