package org.marsad.spark;

import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.marsad.json.ArticleJson;
import org.marsad.model.Actor;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Quote;
import scala.jdk.javaapi.CollectionConverters;

/**
 * One analysed article as rows of every table ({@link Tables}) and as its JSON line. Serializable, so it can be
 * cached between the job's outputs.
 *
 * @param id the article's id
 * @param source where it came from (archive#offset, or the JSON Lines file)
 * @param json the contract's JSON with {@code "source"}, as {@code marsad analyze --jsonl} prints it
 */
record ArticleRows(String id, String source, String json, Row article, List<Row> entities, List<Row> quotes,
        List<Row> events) implements Serializable {

    static ArticleRows of(Article a, String source) {
        Date day = a.published() == null ? null : Date.valueOf(a.published().date());
        Row article = RowFactory.create(a.id(), source, a.url(), a.canonicalUrl(), a.language(), a.title(), a.section(),
                iso(a.published()), iso(a.modified()), day, seq(a.authors()), a.publisher(),
                a.image() == null ? null : a.image().caption(), a.image() == null ? null : a.image().credit(),
                seq(a.subheadings()), seq(a.paragraphs()), a.body(), a.entities().size(), a.quotes().size(),
                a.events().size());
        List<Row> entities = new ArrayList<>();
        for (Entity e : a.entities()) {
            List<Row> mentions = new ArrayList<>();
            for (Mention m : e.mentions()) mentions.add(RowFactory.create(m.text(), m.start(), m.end(), m.type().name()));
            entities.add(RowFactory.create(a.id(), source, day, entities.size(), e.id(), e.type().name(), e.name(),
                    seq(e.aliases()), seq(e.roles()), e.country(), e.metonym(), e.mentions().size(), seq(mentions)));
        }
        List<Row> quotes = new ArrayList<>();
        for (Quote q : a.quotes()) {
            quotes.add(RowFactory.create(a.id(), source, day, quotes.size(), q.speaker().name(), q.speaker().entity(),
                    q.speaker().role(), q.speaker().kind().name(), q.cue(), q.direct(), q.outlet(), q.text(), q.start(),
                    q.end(), q.rule()));
        }
        List<Row> events = new ArrayList<>();
        for (Event e : a.events()) {
            Actor actor = e.actor();
            Actor target = e.target();
            events.add(RowFactory.create(a.id(), source, eventDay(e.date(), day), events.size(), e.type(),
                    name(actor), actor == null ? null : actor.entity(), actor == null ? null : actor.country(),
                    actor == null ? null : actor.kind(), name(target), target == null ? null : target.entity(),
                    target == null ? null : target.country(), target == null ? null : target.kind(), e.location(),
                    e.date(), e.trigger(), e.mode().name(), e.text(), e.start(), e.end(), e.confidence()));
        }
        return new ArticleRows(a.id(), source, ArticleJson.write(a, source, false), article, List.copyOf(entities),
                List.copyOf(quotes), List.copyOf(events));
    }

    /** Everything about the article as one row of {@link Tables#ALL}: what the job sorts once and writes from. */
    Row all() {
        return RowFactory.create(id, source, json, article, seq(entities), seq(quotes), seq(events),
                seq(Aggregates.entityPartials(this)), seq(Aggregates.quotePartials(this)),
                seq(Aggregates.eventPartials(this)));
    }

    /** The event's own day when it states one (2025-06-20…), else the article's. */
    static Date eventDay(String date, Date articleDay) {
        if (date == null || date.length() < 10) return articleDay;
        try {
            return Date.valueOf(LocalDate.parse(date.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return articleDay;
        }
    }

    private static String name(Actor actor) {
        return actor == null ? null : actor.name();
    }

    private static String iso(org.marsad.model.NewsDate d) {
        return d == null ? null : d.iso();
    }

    /** An array column's value: Spark's row encoder takes Scala sequences only (an immutable, serializable copy). */
    static <T> scala.collection.immutable.Seq<T> seq(List<T> values) {
        return CollectionConverters.asScala(values).toSeq();
    }
}
