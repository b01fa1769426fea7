package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.model.Actor;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;

/**
 * Turns a phrase of words into an {@link Actor} or a location name. The entity whose mention overlaps the phrase
 * first gives the name (its canonical one), the id and the state; the actor lexicon gives the state and kind when no
 * entity does (موسكو → RUS, government; قوات إسرائيلية → ISR, military). A metonymic place is a government.
 * Stateless and thread-safe.
 */
final class ActorNamer {
    /** Nouns that make a phrase after في or ب a place (مدينة، منطقة، محافظة …). */
    private static final Set<String> PLACE_NOUNS = Phrases.norms("مدينة", "منطقة", "محافظة", "ولاية", "إقليم",
            "قرية", "بلدة", "مخيم", "حي", "شارع", "ساحة", "ميدان", "مقاطعة", "العاصمة", "عاصمة", "شمال", "جنوب",
            "شرق", "غرب", "وسط", "ضاحية", "مناطق", "مدن", "قرى", "جزيرة", "ريف", "سجن", "مطار", "ميناء", "معبر",
            "حدود", "مدخل", "محيط", "أطراف", "قضاء", "ناحية", "مديرية", "بلدات", "أحياء", "مخيمات", "شمالي", "جنوبي",
            "شرقي", "غربي");

    private static final Set<String> OF_IN = Phrases.norms("من");

    private final ActorLexicon lexicon;

    ActorNamer(ActorLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The actor named by {@code words[span[0], span[1])} of a body, or null for a null span. */
    Actor actor(String body, List<Word> words, int[] span, EntityMentions entities) {
        if (span == null) return null;
        int start = words.get(span[0]).nameStart();
        int end = words.get(span[1] - 1).token().end();
        String country = null;
        String kind = null;
        String quantityKind = null;
        for (ActorLexicon.Hit h : lexicon.find(words, span[0], span[1])) {
            if (country == null) country = h.name().country();
            boolean quantity = Phrases.QUANTITIES.contains(words.get(h.first()).bare());
            if (quantity && quantityKind == null) quantityKind = h.name().kind();
            if (!quantity && kind == null) kind = h.name().kind();
        }
        if (kind == null) kind = quantityKind;
        if (country == null) country = placeAfter(words, span[1]);
        Entity entity = overlapping(entities, start, end, null);
        if (entity == null) return new Actor(body.substring(start, end), null, country, kind);
        if (entity.country() != null) country = entity.country();
        if (kind == null && entity.metonym()) kind = "government";
        return new Actor(entity.name(), entity.id(), country, kind);
    }

    /**
     * The state of a place phrase attached right after a phrase by من (المناطق المحررة من مدينة كورسك → RUS),
     * or null.
     */
    private String placeAfter(List<Word> words, int end) {
        if (end + 1 >= words.size() || !words.get(end).readsAsWhole(OF_IN)) return null;
        int[] p = Phrases.at(words, end + 1, Set.of());
        if (p == null) return null;
        for (ActorLexicon.Hit h : lexicon.find(words, p[0], p[1])) {
            ActorLexicon.Category c = h.name().category();
            if (c == ActorLexicon.Category.PLACE || c == ActorLexicon.Category.SEAT) return h.name().country();
        }
        return null;
    }

    /** The location named by the first place phrase after في or ب, searched after the trigger first; or null. */
    String location(String body, List<Word> words, int head, Set<Integer> blocked, EntityMentions entities) {
        String after = scan(body, words, head + 1, words.size(), blocked, entities);
        return after != null ? after : scan(body, words, 0, head, blocked, entities);
    }

    private String scan(String body, List<Word> words, int from, int to, Set<Integer> blocked, EntityMentions entities) {
        for (int j = from; j < to; j++) {
            Word w = words.get(j);
            int[] span = null;
            if (w.readsAsWhole(Set.of("في")) && j + 1 < words.size()) span = Phrases.at(words, j + 1, blocked);
            else if ("ب".equals(w.preposition())) span = Phrases.at(words, j, blocked);
            if (span == null) continue;
            int start = words.get(span[0]).nameStart();
            int end = words.get(span[1] - 1).token().end();
            if (isPlace(words, span) || overlapping(entities, start, end, EntityType.LOCATION) != null) {
                return body.substring(start, end);
            }
        }
        return null;
    }

    private boolean isPlace(List<Word> words, int[] span) {
        if (PLACE_NOUNS.contains(words.get(span[0]).bare()) || PLACE_NOUNS.contains(words.get(span[0]).norm())) {
            return true;
        }
        for (ActorLexicon.Hit h : lexicon.find(words, span[0], span[1])) {
            ActorLexicon.Category c = h.name().category();
            if (c == ActorLexicon.Category.PLACE || c == ActorLexicon.Category.SEAT) return h.first() == span[0];
        }
        return false;
    }

    private static Entity overlapping(EntityMentions entities, int start, int end, EntityType type) {
        return entities.overlapping(start, end, type);
    }
}
