package org.marsad.spark;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * News pages written for the project (no outside text): a headline, a date and four to six paragraphs drawn from
 * sentences of our own with places, bodies and figures varied by the page number, inside site chrome (navigation,
 * footer). Deterministic: page {@code n} is always the same page. For tests and the Spark bench when
 * {@code ../shared} is absent.
 */
public final class OwnPages {
    private static final String[] CITIES = {"إربد", "الزرقاء", "نابلس", "صيدا", "طرابلس", "صفاقس", "وهران", "مراكش",
        "الموصل", "حمص", "أسوان", "المكلا"};
    private static final String[] BODIES = {"وزارة الصحة", "البلدية", "نقابة المعلمين", "غرفة التجارة", "جامعة المدينة",
        "مديرية التربية", "هيئة الطرق", "اتحاد المزارعين", "الدفاع المدني", "شركة الكهرباء"};
    private static final String[] HEADLINES = {
        "%s تفتتح مركزاً جديداً في %s", "%s تعلن خطة لتحسين الخدمات في %s", "احتجاج أمام مقر %s في %s",
        "%s توقع اتفاقاً لتطوير البنية التحتية في %s", "أمطار غزيرة تربك عمل %s في %s"};
    private static final String[] SENTENCES = {
        "أعلنت %2$s في %1$s صباح اليوم عن مشروع تبلغ كلفته %3$d مليون دينار، ويستمر العمل فيه عامين كاملين.",
        "وقال مسؤول في %2$s إن المشروع يخدم نحو %3$d ألف مواطن في الأحياء الشرقية من %1$s وما حولها.",
        "وأضاف أن فرقاً فنية بدأت مسح المواقع المقترحة، وأن العطاءات ستطرح قبل نهاية الشهر المقبل.",
        "ورحب سكان من %1$s بالخطوة، لكنهم طالبوا بجدول زمني واضح بعد وعود سابقة لم تنفذ في موعدها.",
        "وأشار تقرير صادر عن %2$s إلى أن الطلب على الخدمة ارتفع بنسبة %3$d في المئة خلال ثلاث سنوات.",
        "وفي سياق متصل، عقد ممثلون عن %2$s اجتماعاً مع وجهاء %1$s لبحث أولويات المرحلة المقبلة.",
        "من جانبه، قال خبير اقتصادي إن نجاح المشروع مرهون بتوفير التمويل في مواعيده وبرقابة صارمة على التنفيذ.",
        "ونظم عشرات الشبان وقفة سلمية أمام مبنى %2$s مطالبين بفرص عمل لأبناء %1$s في المشروع الجديد.",
        "وتوقعت %2$s أن تنخفض كلفة الصيانة السنوية بنحو %3$d في المئة بعد استكمال المرحلة الأولى.",
        "ويأتي الإعلان بعد أسابيع من نقاش حاد في المجلس المحلي حول توزيع المخصصات بين أحياء %1$s."};

    private OwnPages() {}

    /** Page {@code n}'s URL. */
    public static String url(int n) {
        return "https://akhbar.example/local/" + (2025 + n % 2) + "/" + n;
    }

    /** Page {@code n} as UTF-8 HTML. */
    public static byte[] html(int n) {
        Random random = new Random(n * 7919L);
        String city = CITIES[random.nextInt(CITIES.length)];
        String body = BODIES[random.nextInt(BODIES.length)];
        String title = String.format(HEADLINES[n % HEADLINES.length], body, city) + " (" + n + ")";
        String day = String.format("2025-%02d-%02d", 1 + n % 5, 1 + n % 28); // before June 2025: never in the future
        StringBuilder html = new StringBuilder(4096)
                .append("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>")
                .append(title).append(" | أخبار المدن</title>")
                .append("<meta property=\"og:type\" content=\"article\">")
                .append("<meta property=\"article:published_time\" content=\"").append(day).append("T09:30:00+03:00\">")
                .append("</head><body><header><a href=\"/\">أخبار المدن</a><nav><a href=\"/local\">محليات</a>")
                .append(" <a href=\"/eco\">اقتصاد</a> <a href=\"/sport\">رياضة</a></nav></header><article><h1>")
                .append(title).append("</h1>");
        int paragraphs = 4 + random.nextInt(3);
        int first = random.nextInt(SENTENCES.length);
        for (int p = 0; p < paragraphs; p++) {
            String a = String.format(SENTENCES[(first + p) % SENTENCES.length], city, body, 5 + random.nextInt(90));
            String b = String.format(SENTENCES[(first + p + 5) % SENTENCES.length], city, body, 3 + random.nextInt(60));
            html.append("<p>").append(a).append(' ').append(b).append("</p>");
        }
        return html.append("</article><footer>جميع الحقوق محفوظة لأخبار المدن</footer></body></html>")
                .toString()
                .getBytes(StandardCharsets.UTF_8);
    }
}
