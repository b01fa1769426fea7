package org.marsad.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.extract.ArticleIds;
import org.marsad.model.Actor;
import org.marsad.model.Annotations;
import org.marsad.model.Article;
import org.marsad.model.Block;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.NewsDate;
import org.marsad.model.Quote;
import org.marsad.model.Speaker;

/** Small articles written for these tests (invented news), with hand-made annotations. */
final class Fixtures {
    static final String VISIT_BODY = """
            وصل وزير الخارجية الإماراتي إلى الرياض صباح اليوم في زيارة رسمية تستمر يومين يبحث خلالها ملفات التعاون.
            وقال الوزير إن العلاقات بين البلدين تشهد تطورا كبيرا في مجالات الطاقة والتعليم والنقل البحري.
            والتقى الوزير بنظيره أحمد الفارس في قصر الضيافة حيث استعرض الجانبان مستجدات المنطقة وسبل تعزيز الأمن.""";

    private Fixtures() {}

    /** The wire story. */
    static Article visit() {
        Entity faris = new Entity("per-faris", EntityType.PERSON, "أحمد الفارس", List.of("الفارس"), List.of("وزير"),
                null, false, List.of(new Mention("أحمد الفارس", VISIT_BODY.indexOf("أحمد الفارس"),
                        VISIT_BODY.indexOf("أحمد الفارس") + 11, EntityType.PERSON)));
        Entity riyadh = entity("loc-riyadh", EntityType.LOCATION, "الرياض");
        Quote q = new Quote(new Speaker("وزير الخارجية الإماراتي", null, "وزير", Speaker.Kind.PERSON), "وقال", false,
                null, "العلاقات", 0, 8, "test");
        Event e = new Event("CONSULT", new Actor("وزير الخارجية الإماراتي", null, "ARE", null),
                new Actor("أحمد الفارس", "per-faris", null, null), "الرياض", null, "التقى", Event.Mode.ASSERTED,
                "والتقى", 0, 6, 0.9);
        return article("https://wire.example/1", "وكالة الأنباء", "سياسة", LocalDate.of(2025, 3, 2),
                "وزير الخارجية الإماراتي يزور الرياض", VISIT_BODY, new Annotations(List.of(faris, riyadh), List.of(q),
                        List.of(e)));
    }

    /** The same story reprinted by a paper, with its own dateline and one word changed. */
    static Article visitReprint() {
        String body = "الرياض - الصباح\n" + VISIT_BODY.replace("صباح اليوم", "صباح الأحد");
        return article("https://sabah.example/politics/7", "صحيفة الصباح", "محليات", LocalDate.of(2025, 3, 2),
                "وزير خارجية الإمارات في الرياض", body, Annotations.NONE);
    }

    static Article school() {
        String body = """
                افتتحت المدرسةُ الجديدةُ للتقنية أبوابها في مدينة جدة أمس بحضور مُحَمَّدٍ السالم مدير التعليم في المنطقة.
                وتستقبل المدرسة خمسمئة طالب في عامها الأول وتقدم برامج في البرمجة والطاقة المتجددة.""";
        return article("https://sabah.example/edu/3", "صحيفة الصباح", "تعليم", LocalDate.of(2025, 3, 5),
                "مدرسة للتقنية في جدة", body, Annotations.NONE);
    }

    static Article emirates() {
        String body = """
                أعلنت الامارات عن خطة لمضاعفة انتاج الطاقة الشمسية خلال خمس سنوات.
                وقال مسؤول في وزارة الطاقة ان الخطة تشمل مشروعات في ابوظبي ودبي وان المدارس ستزود بالالواح الشمسية.""";
        Quote q = new Quote(new Speaker("مسؤول في وزارة الطاقة", null, null, Speaker.Kind.ANONYMOUS), "وقال", false,
                null, "الخطة", 0, 5, "test");
        return article("https://east.example/a/99", "الشرق اليوم", "اقتصاد", LocalDate.of(2025, 3, 7),
                "خطة اماراتية للطاقة الشمسية", body, new Annotations(List.of(), List.of(q), List.of()));
    }

    /** Names the Russian minister with a variant spelling the entity stage merged. */
    static Article envoyVariant() {
        String body = "وصل شويجو إلى بيونغ يانغ حاملا رسالة من الكرملين إلى الزعيم الكوري الشمالي.\nوأجرى المبعوث محادثات مطولة.";
        Entity shoigu = new Entity("per-shoigu", EntityType.PERSON, "سيرغي شويغو", List.of("شويجو"), List.of(), "RUS",
                false, List.of(new Mention("شويجو", 4, 9, EntityType.PERSON)));
        Quote q = new Quote(new Speaker("سيرغي شويغو", "per-shoigu", "مبعوث", Speaker.Kind.PERSON), "قال", true, null,
                "رسالة", 0, 5, "test");
        return article("https://north.example/n/5", "الشمال", "العالم", LocalDate.of(2025, 6, 17),
                "مبعوث روسي في بيونغ يانغ", body, new Annotations(List.of(shoigu), List.of(q), List.of()));
    }

    /** Names him only with the canonical spelling. */
    static Article envoyCanonical() {
        String body = "التقى سيرغي شويغو الزعيم الكوري الشمالي للمرة الثانية خلال أسبوعين.\nوبحث الطرفان اتفاقية الدفاع المشترك.";
        Entity shoigu = new Entity("per-shoigu", EntityType.PERSON, "سيرغي شويغو", List.of(), List.of(), "RUS", false,
                List.of(new Mention("سيرغي شويغو", 6, 17, EntityType.PERSON)));
        Event e = new Event("CONSULT", new Actor("سيرغي شويغو", "per-shoigu", "RUS", null), null, "بيونغ يانغ", null,
                "التقى", Event.Mode.ASSERTED, "التقى", 0, 5, 0.8);
        return article("https://south.example/w/12", "الجنوب", "العالم", LocalDate.of(2025, 6, 20),
                "لقاء ثان في بيونغ يانغ", body, new Annotations(List.of(shoigu), List.of(), List.of(e)));
    }

    static List<Article> all() {
        return List.of(visit(), visitReprint(), school(), emirates(), envoyVariant(), envoyCanonical());
    }

    static Article article(String url, String publisher, String section, LocalDate day, String title, String body,
            Annotations annotations) {
        List<Block> blocks = new ArrayList<>();
        for (String line : body.split("\n")) if (!line.isBlank()) blocks.add(Block.paragraph(line));
        Article a = new Article(ArticleIds.of(url, body), url, null, "ar", title, section, NewsDate.of(day), null,
                List.of(), publisher, null, blocks);
        return a.withAnnotations(annotations);
    }

    private static Entity entity(String id, EntityType type, String name) {
        return new Entity(id, type, name, List.of(), List.of(), null, false, List.of());
    }
}
