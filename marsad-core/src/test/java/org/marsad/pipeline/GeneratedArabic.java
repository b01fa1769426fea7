package org.marsad.pipeline;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Long Arabic news-like text of our own making, for load tests: sentences drawn from small word lists (invented
 * for this class) with a seeded generator, so the same length gives the same text. Hundreds of distinct persons,
 * places and bodies recur through it, as in a long dossier.
 */
final class GeneratedArabic {
    private static final List<String> GIVEN = List.of("خالد", "سامي", "وليد", "هشام", "ماجد", "طارق", "نبيل",
            "عادل", "منصور", "يوسف", "إبراهيم", "فهد", "ناصر", "بسام", "رامي", "غسان", "مروان", "حسين", "أنور", "كمال");
    private static final List<String> FAMILY = List.of("الحربي", "العمري", "الزهراني", "الشمري", "القرشي",
            "الدوسري", "المطيري", "العنزي", "الغامدي", "الخطيب", "النجار", "الحداد", "السقا", "البنا", "الصباغ",
            "الكعبي", "الرفاعي", "الجبوري", "التميمي", "المالكي", "كريستوفر", "فرانكلين", "موريسون");
    private static final List<String> PLACES = List.of("القاهرة", "عمّان", "بيروت", "تونس", "الرباط", "جدة",
            "الدوحة", "مسقط", "بغداد", "دمشق", "الخرطوم", "الجزائر", "طرابلس", "صنعاء", "أنقرة", "باريس", "برلين",
            "موسكو", "واشنطن", "لندن");
    private static final List<String> BODIES = List.of("وزارة الزراعة", "وزارة النقل", "هيئة الطيران المدني",
            "جامعة الملك سعود", "مجلس الشورى", "وزارة المياه", "هيئة السياحة", "الغرفة التجارية");
    private static final List<String> TITLES = List.of("وزير الخارجية", "المتحدث الرسمي", "رئيس الوزراء",
            "المحلل السياسي", "الأمين العام", "مدير الإدارة");
    private static final List<String> TEMPLATES = List.of(
            "قال %T %P إن %B ستعقد اجتماعا موسعا في %L الأسبوع المقبل لبحث خطط التنمية. ",
            "وأضاف %S أن الوفد سيزور %L بعد أيام، مؤكدا أن التعاون مع %B مستمر. ",
            "واستقبل %P في مكتبه بمدينة %L وفدا من %B، وجرى خلال اللقاء بحث أوجه التعاون. ",
            "وأعلنت %B أمس أن %T %P سيصل إلى %L في زيارة رسمية تستمر يومين. ",
            "من جهته، أوضح %S أن الأمطار الغزيرة أغلقت عددا من الطرق بين %L و%M. ");

    private GeneratedArabic() {}

    /** At least {@code chars} characters of sentences, in paragraphs of a dozen sentences, from {@code seed}. */
    static String text(int chars, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder out = new StringBuilder(chars + 200);
        int sentences = 0;
        while (out.length() < chars) {
            String given = pick(random, GIVEN);
            String family = pick(random, FAMILY);
            String s = pick(random, TEMPLATES).replace("%T", pick(random, TITLES)).replace("%P", given + " " + family)
                    .replace("%S", family).replace("%B", pick(random, BODIES)).replace("%L", pick(random, PLACES))
                    .replace("%M", pick(random, PLACES));
            out.append(s);
            if (++sentences % 12 == 0) out.append('\n');
        }
        return out.toString();
    }

    private static String pick(SplittableRandom random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
