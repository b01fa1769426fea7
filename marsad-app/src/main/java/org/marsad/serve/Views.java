package org.marsad.serve;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.marsad.model.Actor;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.NewsDate;
import org.marsad.model.Quote;

/** The JSON shapes of the API's cross-article lists: a mention, a quote or an event with the article it is in. */
final class Views {
    /** Context shown either side of a mention, in chars. */
    private static final int CONTEXT = 60;

    /** Newest first, undated last, then by id so the order is stable. */
    static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing((Article a) -> a.published() == null ? null : a.published().date(),
                    Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Article::id);

    private Views() {}

    static Map<String, Object> mention(Article a, Mention m) {
        String body = a.body();
        Map<String, Object> v = source(a);
        v.put("text", m.text());
        v.put("start", m.start());
        v.put("end", m.end());
        v.put("before", body.substring(Math.max(0, m.start() - CONTEXT), Math.min(body.length(), m.start())));
        v.put("after", body.substring(Math.min(body.length(), m.end()), Math.min(body.length(), m.end() + CONTEXT)));
        return v;
    }

    static Map<String, Object> quote(Article a, Quote q) {
        Map<String, Object> v = source(a);
        Map<String, Object> speaker = new LinkedHashMap<>();
        speaker.put("name", q.speaker().name());
        speaker.put("entity", q.speaker().entity());
        speaker.put("role", q.speaker().role());
        speaker.put("kind", q.speaker().kind().name());
        v.put("speaker", speaker);
        v.put("cue", q.cue());
        v.put("direct", q.direct());
        v.put("outlet", q.outlet());
        v.put("text", q.text());
        v.put("start", q.start());
        v.put("end", q.end());
        return v;
    }

    static Map<String, Object> event(Article a, Event e) {
        Map<String, Object> v = source(a);
        v.put("type", e.type());
        v.put("actor", actor(e.actor()));
        v.put("target", actor(e.target()));
        v.put("location", e.location());
        v.put("date", e.date());
        v.put("trigger", e.trigger());
        v.put("mode", e.mode().name());
        v.put("text", e.text());
        v.put("start", e.start());
        v.put("end", e.end());
        return v;
    }

    static Map<String, Object> entityRef(Entity e, int count) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", e.id());
        v.put("name", e.name());
        v.put("type", e.type().name());
        v.put("count", count);
        return v;
    }

    private static Map<String, Object> actor(Actor a) {
        if (a == null) return null;
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", a.name());
        v.put("entity", a.entity());
        return v;
    }

    private static Map<String, Object> source(Article a) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("article", a.id());
        v.put("title", a.title());
        NewsDate d = a.published();
        v.put("published", d == null ? null : d.iso());
        return v;
    }
}
