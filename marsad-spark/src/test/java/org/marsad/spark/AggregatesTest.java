package org.marsad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

/** The tables and aggregates from annotated articles (written by hand here: the stages that find them land later). */
class AggregatesTest {
    static final String BODY = "قال وزير المياه سامر الحداد إن بلدية إربد بدأت العمل. وأكد الحداد أن المشروع ينتهي قريباً.";

    static Article article(String id, LocalDate day, int quotes, String eventDate) {
        int name = BODY.indexOf("سامر الحداد");
        int again = BODY.indexOf("الحداد", name + 6);
        Entity minister = new Entity("per-haddad", EntityType.PERSON, "سامر الحداد", List.of("الحداد"),
                List.of("وزير المياه"), "JOR", false, List.of(new Mention("سامر الحداد", name, name + 11, EntityType.PERSON),
                        new Mention("الحداد", again, again + 6, EntityType.PERSON)));
        List<Quote> qs = new ArrayList<>();
        for (int i = 0; i < quotes; i++) {
            qs.add(new Quote(new Speaker("سامر الحداد", "per-haddad", "وزير المياه", Speaker.Kind.PERSON), "قال", false,
                    null, "بلدية إربد بدأت العمل", BODY.indexOf("بلدية"), BODY.indexOf("بلدية") + 21, "named-cue"));
        }
        Event e = new Event("COOPERATE", new Actor("بلدية إربد", null, "JOR", "government"), null, "إربد", eventDate,
                "بدأت", Event.Mode.ASSERTED, BODY, 0, BODY.length(), 0.8);
        return new Article(id, null, null, "ar", "مشروع المياه", null, NewsDate.of(day), null, List.of(), null, null,
                List.of(Block.paragraph(BODY)), new Annotations(List.of(minister), qs, List.of(e)));
    }

    @Test
    void mentionsPerDayQuotesPerSpeakerEventsPerTypeActorTargetAndDay(@TempDir Path out) {
        SparkSession spark = LocalSpark.get();
        List<ArticleRows> articles = List.of(
                ArticleRows.of(article("a1", LocalDate.of(2025, 6, 19), 2, null), "x.warc.gz#10"),
                ArticleRows.of(article("a2", LocalDate.of(2025, 6, 19), 1, "2025-06-18"), "x.warc.gz#20"),
                ArticleRows.of(article("a3", LocalDate.of(2025, 6, 20), 0, null), "x.warc.gz#30"));
        JobOptions o = new JobOptions(List.of("x"), out.toString(), false, 0, false, null);
        Aggregates.write(o, spark.createDataFrame(articles.stream().map(ArticleRows::all).toList(), Tables.ALL));

        assertThat(LocalSpark.table(out, "entity_mentions_per_day"))
                .containsExactly("[2025-06-19,per-haddad,PERSON,سامر الحداد,4,2]", "[2025-06-20,per-haddad,PERSON,سامر الحداد,2,1]");
        assertThat(LocalSpark.table(out, "quotes_per_speaker")).containsExactly("[سامر الحداد,per-haddad,PERSON,3,2]");
        // a2's event states its own day; the others take their article's
        assertThat(LocalSpark.table(out, "events_per_day")).containsExactly(
                "[2025-06-18,COOPERATE,بلدية إربد,null,1,1]", "[2025-06-19,COOPERATE,بلدية إربد,null,1,1]",
                "[2025-06-20,COOPERATE,بلدية إربد,null,1,1]");
    }

    @Test
    void annotationRowsKeepTheirSpansIntoTheBody() {
        ArticleRows rows = ArticleRows.of(article("a1", LocalDate.of(2025, 6, 19), 1, null), "x.warc.gz#10");
        Row entity = rows.entities().get(0);
        assertThat(entity.getString(6)).isEqualTo("سامر الحداد");
        assertThat(entity.getInt(11)).isEqualTo(2);
        Row quote = rows.quotes().get(0);
        assertThat(BODY.substring(quote.getInt(12), quote.getInt(13))).isEqualTo(quote.getString(11));
        assertThat(rows.json()).startsWith("{\"source\":\"x.warc.gz#10\",\"id\":\"a1\"").contains("\"entities\":[{");
    }
}
