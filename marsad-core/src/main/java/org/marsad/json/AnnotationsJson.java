package org.marsad.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.marsad.model.Actor;
import org.marsad.model.Annotations;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Quote;

/** Writes the {@code entities}, {@code quotes} and {@code events} arrays of the contract (design.md §3). */
final class AnnotationsJson {
    private AnnotationsJson() {}

    static void write(JsonGenerator g, Annotations a) throws IOException {
        g.writeArrayFieldStart("entities");
        for (Entity e : a.entities()) entity(g, e);
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (Quote q : a.quotes()) quote(g, q);
        g.writeEndArray();
        g.writeArrayFieldStart("events");
        for (Event e : a.events()) event(g, e);
        g.writeEndArray();
    }

    private static void entity(JsonGenerator g, Entity e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("type", e.type().name());
        g.writeStringField("name", e.name());
        ArticleJson.strings(g, "aliases", e.aliases());
        ArticleJson.strings(g, "roles", e.roles());
        g.writeStringField("country", e.country());
        g.writeBooleanField("metonym", e.metonym());
        g.writeArrayFieldStart("mentions");
        for (Mention m : e.mentions()) {
            g.writeStartObject();
            g.writeStringField("text", m.text());
            g.writeNumberField("start", m.start());
            g.writeNumberField("end", m.end());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void quote(JsonGenerator g, Quote q) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("speaker");
        g.writeStringField("name", q.speaker().name());
        g.writeStringField("entity", q.speaker().entity());
        g.writeStringField("role", q.speaker().role());
        g.writeStringField("kind", q.speaker().kind().name());
        g.writeEndObject();
        g.writeStringField("cue", q.cue());
        g.writeBooleanField("direct", q.direct());
        g.writeStringField("outlet", q.outlet());
        g.writeStringField("text", q.text());
        g.writeNumberField("start", q.start());
        g.writeNumberField("end", q.end());
        g.writeStringField("rule", q.rule());
        g.writeEndObject();
    }

    private static void event(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", e.type());
        actor(g, "actor", e.actor());
        actor(g, "target", e.target());
        g.writeStringField("location", e.location());
        g.writeStringField("date", e.date());
        g.writeStringField("trigger", e.trigger());
        g.writeStringField("mode", e.mode().name());
        g.writeStringField("text", e.text());
        g.writeNumberField("start", e.start());
        g.writeNumberField("end", e.end());
        g.writeNumberField("confidence", Math.round(e.confidence() * 1000) / 1000.0);
        g.writeEndObject();
    }

    /** An actor as {@code {"name", "entity", "country", "kind"}}, or null. */
    private static void actor(JsonGenerator g, String field, Actor a) throws IOException {
        if (a == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("name", a.name());
        g.writeStringField("entity", a.entity());
        g.writeStringField("country", a.country());
        g.writeStringField("kind", a.kind());
        g.writeEndObject();
    }
}
