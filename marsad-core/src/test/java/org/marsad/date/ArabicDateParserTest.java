package org.marsad.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dates written out in Arabic text: month families, numeric forms, digits, Hijri. All sentences are our own. */
class ArabicDateParserTest {
    static final ZonedDateTime REF = ZonedDateTime.parse("2026-11-25T12:00:00Z");

    static String iso(String text) {
        return ArabicDateParser.find(text, REF).map(m -> m.date().iso()).orElse(null);
    }

    static String span(String text) {
        return ArabicDateParser.find(text, REF).map(m -> text.substring(m.start(), m.end())).orElse(null);
    }

    /** The seed's date line: day, Egyptian month name, year, Arabic comma, 12-hour time with م. */
    @Test
    void dateLineWithArabicCommaAndEveningMark() {
        String line = "20 يونيو 2025، 5:00 م";
        var m = ArabicDateParser.find(line, REF).orElseThrow();
        assertThat(m.date().iso()).isEqualTo("2025-06-20T17:00");
        assertThat(m.date().offset()).isNull();
        assertThat(m.start()).isZero();
        assertThat(m.end()).isEqualTo(line.length());
    }

    /** The same line in Eastern Arabic digits. */
    @Test
    void dateLineInEasternDigits() {
        assertThat(iso("٢٠ يونيو ٢٠٢٥، ٥:٠٠ م")).isEqualTo("2025-06-20T17:00");
    }

    /** Persian digits fold like Eastern Arabic ones. */
    @Test
    void persianDigits() {
        assertThat(iso("۲۰ آذار ۲۰۲۱، ۱۲:۳۰ ص")).isEqualTo("2021-03-20T00:30");
    }

    /** A date line inside a longer text keeps its exact span in the original text. */
    @Test
    void spanInsideText() {
        String text = "المصدر: وكالات\n3 مارس 2024، 9:15 ص\nبدأ الاجتماع";
        assertThat(iso(text)).isEqualTo("2024-03-03T09:15");
        assertThat(span(text)).isEqualTo("3 مارس 2024، 9:15 ص");
    }

    /** Egyptian/Gulf month names, with hamza-seat and ه/ة variants. */
    @Test
    void egyptianGulfMonths() {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("افتتح المعرض في 2 يناير 2024", "2024-01-02"),
                Map.entry("وصل الوفد يوم 14 فبراير 2023", "2023-02-14"),
                Map.entry("بدأت الدراسة 9 مارس 2022", "2022-03-09"),
                Map.entry("تقرر التأجيل إلى 11 أبريل 2021", "2021-04-11"),
                Map.entry("تقرر التأجيل إلى 11 ابريل 2021", "2021-04-11"),
                Map.entry("تقرر التأجيل إلى 11 إبريل 2021", "2021-04-11"),
                Map.entry("عقدت الجلسة 1 مايو 2020", "2020-05-01"),
                Map.entry("صدر القرار 30 يونيه 2019", "2019-06-30"),
                Map.entry("انطلق المهرجان 4 يوليه 2018", "2018-07-04"),
                Map.entry("انطلق المهرجان 4 يوليو 2018", "2018-07-04"),
                Map.entry("أعلنت النتائج 15 أغسطس 2017", "2017-08-15"),
                Map.entry("أعلنت النتائج 15 اغسطس 2017", "2017-08-15"),
                Map.entry("افتتح الجسر 21 سبتمبر 2016", "2016-09-21"),
                Map.entry("افتتح الجسر 6 أكتوبر 2015", "2015-10-06"),
                Map.entry("جرت الانتخابات 8 نوفمبر 2016", "2016-11-08"),
                Map.entry("احتفلت المدينة 31 ديسمبر 2014", "2014-12-31"));
        cases.forEach((text, want) -> assertThat(iso(text)).as(text).isEqualTo(want));
    }

    /** Levantine/Iraqi (Syriac) month names, including the two-word ones. */
    @Test
    void levantineMonths() {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("بيروت في 12 كانون الثاني 2023", "2023-01-12"),
                Map.entry("دمشق 15 شباط 2020", "2020-02-15"),
                Map.entry("عمّان 21 آذار 2021", "2021-03-21"),
                Map.entry("عمّان 21 اذار 2021", "2021-03-21"),
                Map.entry("بغداد 7 نيسان 2022", "2022-04-07"),
                Map.entry("بغداد 7 أيار 2022", "2022-05-07"),
                Map.entry("حلب 3 حزيران 2019", "2019-06-03"),
                Map.entry("صيدا 17 تموز 2018", "2018-07-17"),
                Map.entry("الموصل 4 آب 2020", "2020-08-04"),
                Map.entry("حمص 9 أيلول 2017", "2017-09-09"),
                Map.entry("طرابلس 3 تشرين الأول 2024", "2024-10-03"),
                Map.entry("البصرة 19 تشرين الثاني 2023", "2023-11-19"),
                Map.entry("زحلة 25 كانون الأول 2022", "2022-12-25"));
        cases.forEach((text, want) -> assertThat(iso(text)).as(text).isEqualTo(want));
    }

    /** Maghrebi (French-derived) month names, and the Moroccan ones. */
    @Test
    void maghrebiMonths() {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("تونس في 10 جانفي 2021", "2021-01-10"),
                Map.entry("الجزائر 5 فيفري 2022", "2022-02-05"),
                Map.entry("سوسة 8 أفريل 2020", "2020-04-08"),
                Map.entry("وهران 1 ماي 2019", "2019-05-01"),
                Map.entry("صفاقس 14 جوان 2018", "2018-06-14"),
                Map.entry("قسنطينة 7 جويلية 2020", "2020-07-07"),
                Map.entry("بنزرت 1 أوت 2019", "2019-08-01"),
                Map.entry("الرباط 20 غشت 2021", "2021-08-20"),
                Map.entry("فاس 2 شتنبر 2021", "2021-09-02"),
                Map.entry("طنجة 16 نونبر 2021", "2021-11-16"),
                Map.entry("مراكش 24 دجنبر 2021", "2021-12-24"));
        cases.forEach((text, want) -> assertThat(iso(text)).as(text).isEqualTo(want));
    }

    /** A leading weekday, with or without the Arabic comma, widens the span but not the date. */
    @Test
    void weekdayJoinsTheSpan() {
        assertThat(span("نشر الخبر الأحد، 15 شباط 2020 في الصباح")).isEqualTo("الأحد، 15 شباط 2020");
        assertThat(iso("الجمعه 3 يناير 2025")).isEqualTo("2025-01-03");
    }

    /** "يونيو 20، 2025": month name before the day. */
    @Test
    void monthBeforeDay() {
        assertThat(iso("تحديث: يونيو 20، 2025")).isEqualTo("2025-06-20");
    }

    /** A day and month without a year take the latest such day not after the reference. */
    @Test
    void yearFromReference() {
        assertThat(iso("موعد اللقاء ٢٠ يونيو")).isEqualTo("2026-06-20");
        assertThat(iso("موعد اللقاء 26 ديسمبر")).isEqualTo("2025-12-26");
    }

    /** Numeric forms are day-first; ISO order and an impossible month also work. */
    @Test
    void numericDates() {
        assertThat(iso("تاريخ النشر 20/06/2025")).isEqualTo("2025-06-20");
        assertThat(iso("تاريخ النشر 2025-06-20")).isEqualTo("2025-06-20");
        assertThat(iso("تاريخ النشر 20-6-2025")).isEqualTo("2025-06-20");
        assertThat(iso("تاريخ النشر 05.03.2024")).isEqualTo("2024-03-05");
        assertThat(iso("تاريخ النشر ١ / ١٢ / ٢٠٢٠")).isEqualTo("2020-12-01");
        assertThat(iso("تاريخ النشر 06/20/2025")).isEqualTo("2025-06-20");
        assertThat(iso("20/06/2025 - 14:05")).isEqualTo("2025-06-20T14:05");
    }

    /** Impossible days are skipped and the search goes on. */
    @Test
    void impossibleDaysAreSkipped() {
        assertThat(iso("كتب 31 فبراير 2024 خطأً")).isNull();
        assertThat(iso("لا يوجد 30 فبراير 2024 بل 1 مارس 2024")).isEqualTo("2024-03-01");
    }

    /** Hijri dates convert with Umm al-Qura; "ذي" and "ذو", "جمادى" and "جمادي" both work. */
    @Test
    void hijriDates() {
        assertThat(iso("صدر في 1 محرم 1446 هـ")).isEqualTo("2024-07-07");
        assertThat(iso("صدر في 1 رمضان 1445هـ")).isEqualTo("2024-03-11");
        assertThat(iso("الأحد 10 ذي الحجة 1445 هـ")).isEqualTo("2024-06-16");
        assertThat(iso("الأحد 10 ذو الحجة 1445 هجرية")).isEqualTo("2024-06-16");
        assertThat(iso("1 جمادي الأولي 1446 هـ")).isEqualTo(iso("1 جمادى الأولى 1446 هـ"));
        assertThat(iso("في 1446/01/01 هـ")).isEqualTo("2024-07-07");
    }

    /** When one line gives both calendars, the Gregorian date wins and the span covers both. */
    @Test
    void gregorianPreferredOverHijriOnOneLine() {
        String line = "الجمعة 24 ذو الحجة 1446 هـ الموافق 20 يونيو 2025 م";
        assertThat(iso(line)).isEqualTo("2025-06-20");
        assertThat(span(line)).startsWith("الجمعة").endsWith("2025 م");
        assertThat(iso("الخميس 19 يونيو 2025 - 23 ذو الحجة 1446 هـ، 9:00 ص")).isEqualTo("2025-06-19T09:00");
    }

    /** A numeric 13xx year without هـ may be Persian solar, so it is not read as lunar Hijri. */
    @Test
    void bareNumericHijriYearIsNotGuessed() {
        assertThat(iso("1399/02/21 - 18:59")).isNull();
    }

    /** Persian solar dates (Persian pages sit next to Arabic ones) convert with ICU's Persian calendar. */
    @Test
    void persianSolarDates() {
        assertThat(iso("سه‌شنبه ۲۹ بهمن ۱۳۹۸")).isEqualTo("2020-02-18");
        assertThat(iso("2 تیر 1399 - 12:09:08 ب.ظ")).isEqualTo("2020-06-22T12:09:08");
    }

    /** Null, empty and junk give nothing and never throw. */
    @Test
    void garbageGivesNothing() {
        assertThat(ArabicDateParser.find(null, REF)).isEmpty();
        assertThat(ArabicDateParser.find("", REF)).isEmpty();
        assertThat(iso("مارس اللاعب الرياضة يوميا")).isNull();
        assertThat(iso("99:99 ::: /// ٩٩/٩٩/٩٩٩٩")).isNull();
        assertThat(iso("يونيو")).isNull();
        assertThat(iso("123456789012345678901234567890 يناير 99999999")).isNull();
        assertThat(ArabicDateParser.find("منذ 3 ساعات", null)).isEmpty();
    }
}
