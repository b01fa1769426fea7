package org.marsad.serve;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.index.ArticleIndex;
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

/**
 * Articles written for these tests with hand-made annotations (entities with spelling variants, quotes with
 * speakers and roles, events), offsets found in the body so they always hold; and one hostile article.
 */
final class Fixtures {
    static final String ENVOY = "e-envoy";
    static final String DOHA = "e-doha";
    static final String FORCES = "e-forces";
    static final String SPOKESWOMAN = "e-spokeswoman";
    static final String HOSTILE = "e-hostile";
    static final String HOSTILE_ARTICLE = "hostile0000000001";
    /** What every hostile payload tries to set; the tests check it never is. */
    static final String PWNED = "__marsadPwned";

    private Fixtures() {}

    /** The three articles, the hostile one last. */
    static List<Article> all() {
        return List.of(arrival(), accusation(), hostile());
    }

    /** A store over a new index in {@code dir} holding the three articles. */
    static NewsStore store(Path dir) {
        NewsStore store = new NewsStore(ArticleIndex.open(dir));
        all().forEach(store::add);
        return store;
    }

    /** The envoy arrives in Doha and speaks; government forces shell a border post. */
    static Article arrival() {
        List<Block> blocks = List.of(
                Block.paragraph("وصل المبعوث الأممي كريستوفر مولر إلى الدوحة للقاء الوسطاء في جولة جديدة."),
                Block.paragraph("وقال مولر إن الهدنة صامدة رغم الخروقات المتكررة."),
                Block.paragraph("وقصفت القوات الحكومية مواقع للمعارضة قرب الحدود فجر الجمعة."));
        String body = body(blocks);
        Entity envoy = entity(body, ENVOY, EntityType.PERSON, "كريستوفر مولر", List.of("مولر"),
                List.of("المبعوث الأممي"), "كريستوفر مولر", "مولر");
        Entity doha = entity(body, DOHA, EntityType.LOCATION, "الدوحة", List.of(), List.of(), "الدوحة");
        Entity forces = entity(body, FORCES, EntityType.ORGANIZATION, "القوات الحكومية", List.of(), List.of(),
                "القوات الحكومية");
        Quote said = quote(body, new Speaker("كريستوفر مولر", ENVOY, "المبعوث الأممي", Speaker.Kind.PERSON), "قال",
                "الهدنة صامدة رغم الخروقات المتكررة");
        Event shelling = event(body, "ASSAULT", new Actor("القوات الحكومية", FORCES, null, "military"),
                new Actor("المعارضة", null, null, "armed group"), "قصفت",
                "وقصفت القوات الحكومية مواقع للمعارضة قرب الحدود فجر الجمعة.");
        return article("a000000000000001", "https://alofuq.example/politics/envoy-arrives",
                "المبعوث الأممي يصل إلى الدوحة لجولة محادثات جديدة", "سياسة", "صحيفة الأفق", LocalDate.of(2025, 6, 20),
                blocks, new Annotations(List.of(envoy, doha, forces), List.of(said), List.of(shelling)));
    }

    /** The envoy, spelled موللر now, accuses a party; a spokeswoman speaks about him. */
    static Article accusation() {
        List<Block> blocks = List.of(
                Block.paragraph("اتهم كريستوفر موللر أحد الطرفين بخرق الهدنة في الدوحة."),
                Block.paragraph("وقالت هدى سالم، المتحدثة باسم الصليب الأحمر، إن موللر طلب فتح ممر إنساني."));
        String body = body(blocks);
        Entity envoy = entity(body, ENVOY, EntityType.PERSON, "كريستوفر مولر", List.of("كريستوفر موللر", "موللر"),
                List.of(), "كريستوفر موللر", "موللر");
        Entity doha = entity(body, DOHA, EntityType.LOCATION, "الدوحة", List.of(), List.of(), "الدوحة");
        Entity huda = entity(body, SPOKESWOMAN, EntityType.PERSON, "هدى سالم", List.of(),
                List.of("المتحدثة باسم الصليب الأحمر"), "هدى سالم");
        Quote about = quote(body, new Speaker("هدى سالم", SPOKESWOMAN, "المتحدثة باسم الصليب الأحمر",
                Speaker.Kind.PERSON), "قالت", "موللر طلب فتح ممر إنساني");
        Event accuse = event(body, "ACCUSE", new Actor("كريستوفر موللر", ENVOY, null, null), null, "اتهم",
                "اتهم كريستوفر موللر أحد الطرفين بخرق الهدنة في الدوحة.");
        return article("a000000000000002", "https://annahar-agency.example/politics/envoy-accuses",
                "موللر يتهم أحد الطرفين بخرق الهدنة", "سياسة", "وكالة النهار للأنباء", LocalDate.of(2025, 6, 26),
                blocks, new Annotations(List.of(envoy, doha, huda), List.of(about), List.of(accuse)));
    }

    /** Script, event handlers, a javascript: URL and bidi overrides in every field the UI shows. */
    static Article hostile() {
        String script = "<script>window." + PWNED + "='body'</script>";
        String img = "<img src=x onerror=\"window." + PWNED + "='onerror'\">";
        List<Block> blocks = List.of(
                Block.paragraph("نص ملغوم " + script + " يذكر مولر وملفا اسمه \u202Etxt.exe\u202C في وسطه."),
                Block.paragraph("وقال " + img + " إن <a href=\"javascript:window." + PWNED + "='link'\">الرابط</a> آمن."));
        String body = body(blocks);
        Entity evil = entity(body, HOSTILE, EntityType.PERSON, script, List.of("\u202Eلوحة\u202C"), List.of(img), script);
        Entity envoy = entity(body, ENVOY, EntityType.PERSON, "كريستوفر مولر", List.of("مولر"), List.of(), "مولر");
        Quote q = quote(body, new Speaker(img, HOSTILE, "\u202Eدور\u202C " + script, Speaker.Kind.PERSON), "قال",
                "<a href=\"javascript:window." + PWNED + "='link'\">الرابط</a> آمن");
        Event e = event(body, "ASSAULT", new Actor(script, HOSTILE, null, null), new Actor(img, null, null, null), "قال",
                "وقال " + img + " إن <a href=\"javascript:window." + PWNED + "='link'\">الرابط</a> آمن.");
        return article(HOSTILE_ARTICLE, "javascript:window." + PWNED + "='source'",
                "<img src=x onerror=\"window." + PWNED + "='title'\"> عنوان ملغوم \u202Eabc", "منوعات",
                "مختبر <b>الأمان</b>", LocalDate.of(2025, 6, 21), blocks,
                new Annotations(List.of(evil, envoy), List.of(q), List.of(e)));
    }

    private static Article article(String id, String url, String title, String section, String publisher,
            LocalDate day, List<Block> blocks, Annotations annotations) {
        return new Article(id, url, url, "ar", title, section, NewsDate.of(day), null, List.of(), publisher, null,
                blocks, annotations);
    }

    private static String body(List<Block> blocks) {
        return String.join("\n", blocks.stream().map(Block::text).toList());
    }

    /** An entity whose mentions are the given surfaces, each found after the previous one in the body. */
    private static Entity entity(String body, String id, EntityType type, String name, List<String> aliases,
            List<String> roles, String... surfaces) {
        List<Mention> mentions = new ArrayList<>();
        int from = 0;
        for (String s : surfaces) {
            int at = find(body, s, from);
            mentions.add(new Mention(s, at, at + s.length(), type));
            from = at + s.length();
        }
        return new Entity(id, type, name, aliases, roles, null, false, mentions);
    }

    private static Quote quote(String body, Speaker speaker, String cue, String content) {
        int at = find(body, content, 0);
        return new Quote(speaker, cue, false, null, content, at, at + content.length(), "fixture");
    }

    private static Event event(String body, String type, Actor actor, Actor target, String trigger, String sentence) {
        int at = find(body, sentence, 0);
        return new Event(type, actor, target, null, null, trigger, Event.Mode.ASSERTED, sentence, at,
                at + sentence.length(), 0.9);
    }

    private static int find(String body, String s, int from) {
        int at = body.indexOf(s, from);
        if (at < 0) throw new IllegalArgumentException("not in the body: " + s);
        return at;
    }
}
