package org.marsad.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.marsad.model.Actor;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Quote;
import org.marsad.text.ArabicText;
import org.marsad.text.NormalizationProfile;

/**
 * Entities across articles, by id: every spelling met, mentions over time, the entities named in the same
 * articles, quotes by the entity and quotes that name it, and events where it acts or is acted on. Immutable;
 * built from a snapshot of the store.
 */
final class EntityDirectory {
    /** Lists in a profile are cut to this many items, newest first: a page, not a dump. */
    static final int LIST_LIMIT = 50;

    private final Map<String, List<Article>> articlesByEntity = new HashMap<>();
    private final Map<String, Entity> firstSeen = new HashMap<>();
    private final List<Article> articles;

    EntityDirectory(List<Article> articles) {
        this.articles = articles.stream().sorted(Views.NEWEST_FIRST).toList();
        for (Article a : this.articles) {
            for (Entity e : a.entities()) {
                articlesByEntity.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(a);
                firstSeen.putIfAbsent(e.id(), e);
            }
        }
    }

    /** The profile of the entity with this id, or empty when no article names it. */
    Optional<Map<String, Object>> profile(String id) {
        List<Article> in = articlesByEntity.get(id);
        if (in == null) return Optional.empty();
        Entity first = firstSeen.get(id);
        Set<String> aliases = new LinkedHashSet<>();
        Set<String> roles = new LinkedHashSet<>();
        Map<String, Integer> timeline = new TreeMap<>();
        Map<String, Integer> together = new HashMap<>();
        Map<String, Entity> others = new HashMap<>();
        List<Map<String, Object>> mentions = new ArrayList<>();
        List<Map<String, Object>> quotesBy = new ArrayList<>();
        List<Map<String, Object>> quotesAbout = new ArrayList<>();
        List<Map<String, Object>> events = new ArrayList<>();
        int mentionCount = 0;
        for (Article a : in) {
            for (Entity e : a.entities()) {
                if (!e.id().equals(id)) {
                    together.merge(e.id(), 1, Integer::sum);
                    others.putIfAbsent(e.id(), e);
                    continue;
                }
                aliases.add(e.name());
                aliases.addAll(e.aliases());
                roles.addAll(e.roles());
                mentionCount += e.mentions().size();
                if (a.published() != null) {
                    timeline.merge(a.published().date().toString(), e.mentions().size(), Integer::sum);
                }
                for (Mention m : e.mentions()) {
                    if (mentions.size() < LIST_LIMIT) mentions.add(Views.mention(a, m));
                }
                for (Quote q : a.quotes()) {
                    if (id.equals(q.speaker().entity())) {
                        quotesBy.add(Views.quote(a, q));
                    } else if (e.mentions().stream().anyMatch(m -> m.start() >= q.start() && m.end() <= q.end())) {
                        quotesAbout.add(Views.quote(a, q));
                    }
                }
            }
            for (Event ev : a.events()) {
                if (involves(ev.actor(), id) || involves(ev.target(), id)) events.add(Views.event(a, ev));
            }
        }
        aliases.remove(first.name());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", id);
        p.put("name", first.name());
        p.put("type", first.type().name());
        p.put("aliases", List.copyOf(aliases));
        p.put("roles", List.copyOf(roles));
        p.put("country", first.country());
        p.put("articleCount", in.size());
        p.put("mentionCount", mentionCount);
        p.put("timeline", timeline.entrySet().stream().map(t -> Map.of("date", t.getKey(), "count", t.getValue())).toList());
        p.put("cooccurring", together.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(NewsStore.FACET_VALUES)
                .map(t -> Views.entityRef(others.get(t.getKey()), t.getValue()))
                .toList());
        p.put("quotesBy", limit(quotesBy));
        p.put("quotesAbout", limit(quotesAbout));
        p.put("events", limit(events));
        p.put("mentions", mentions);
        return Optional.of(p);
    }

    /** Quotes whose speaker is the entity with this id, or whose speaker's name contains {@code speaker}. */
    List<Map<String, Object>> quotes(String speaker, int limit) {
        String wanted = fold(speaker);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Article a : articles) {
            for (Quote q : a.quotes()) {
                boolean match = speaker == null || speaker.equals(q.speaker().entity())
                        || (q.speaker().name() != null && fold(q.speaker().name()).contains(wanted));
                if (match && out.size() < limit) out.add(Views.quote(a, q));
            }
        }
        return out;
    }

    /** Events of this PLOVER type (or any) whose actor is the entity with this id or whose name contains it. */
    List<Map<String, Object>> events(String type, String actor, int limit) {
        String wanted = fold(actor);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Article a : articles) {
            for (Event e : a.events()) {
                if (type != null && !type.equalsIgnoreCase(e.type())) continue;
                if (actor != null && !actorMatches(e.actor(), actor, wanted)) continue;
                if (out.size() < limit) out.add(Views.event(a, e));
            }
        }
        return out;
    }

    /** The entities named most often across articles, for the UI's entity index. */
    List<Map<String, Object>> top(int limit) {
        return articlesByEntity.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, List<Article>>>comparingInt(e -> e.getValue().size()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(e -> Views.entityRef(firstSeen.get(e.getKey()), e.getValue().size()))
                .toList();
    }

    private static boolean actorMatches(Actor a, String raw, String folded) {
        return a != null && (raw.equals(a.entity()) || (a.name() != null && fold(a.name()).contains(folded)));
    }

    private static boolean involves(Actor a, String id) {
        return a != null && id.equals(a.entity());
    }

    /** Search-normalized, so أحمد finds احمد and الرئاسة finds الرئاسه. */
    private static String fold(String s) {
        return s == null ? null : ArabicText.normalize(s.strip(), NormalizationProfile.SEARCH);
    }

    private static List<Map<String, Object>> limit(List<Map<String, Object>> items) {
        return items.size() <= LIST_LIMIT ? items : items.subList(0, LIST_LIMIT);
    }
}
