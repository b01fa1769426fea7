package org.marsad.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.marsad.entity.ner.NerTagger;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.pipeline.EntityStage;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Token;

/**
 * The entity stage: a {@link MentionSource}'s mentions (a tagger's), plus the gazetteer's known names it missed, plus
 * the bare surnames of the persons found (وأكد أيوب) when only one person bears them; overlaps resolved (the
 * longer span wins; on the same span the gazetteer's type); titles trimmed off the front of a mention; then grouped
 * into {@link Entity} records by {@link EntityGrouper}. Immutable and thread-safe.
 */
public final class EntityFinder implements EntityStage {
    private final MentionSource source;
    private final Gazetteer gazetteer;
    private final GazetteerMentions known;
    private final EntityGrouper grouper;

    /** A finder over {@code source}'s mentions and the shipped gazetteer. */
    public EntityFinder(MentionSource source) {
        this(source, Gazetteer.shipped());
    }

    public EntityFinder(MentionSource source, Gazetteer gazetteer) {
        this.source = Objects.requireNonNull(source, "source");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.known = new GazetteerMentions(gazetteer);
        this.grouper = new EntityGrouper(gazetteer);
    }

    /** Cue heuristics plus the gazetteer, without the trained tagger. */
    public static EntityFinder heuristic() {
        return new EntityFinder(new CueMentions(Gazetteer.shipped()));
    }

    /** The trained tagger's mentions plus the gazetteer, without the cue heuristics. */
    public static EntityFinder tagged() {
        return new EntityFinder(NerTagger.shipped());
    }

    /**
     * The finder Marsad ships: the trained tagger's mentions and the cue heuristics' together (overlaps resolved by
     * {@link #mentions}: the longer span wins), plus the gazetteer.
     */
    public static EntityFinder standard() {
        MentionSource tagger = NerTagger.shipped();
        MentionSource cues = new CueMentions(Gazetteer.shipped());
        return new EntityFinder(text -> {
            List<Mention> both = new ArrayList<>(tagger.mentions(text));
            both.addAll(cues.mentions(text));
            return both;
        });
    }

    @Override
    public List<Entity> entities(Article article, AnalyzedText text) {
        return entities(text);
    }

    /** The entities of an analyzed text. */
    public List<Entity> entities(AnalyzedText text) {
        return grouper.group(text, mentions(text));
    }

    /** The resolved mentions of {@code text}, in body order, before grouping. */
    public List<Mention> mentions(AnalyzedText text) {
        List<Mention> all = new ArrayList<>();
        for (Mention m : source.mentions(text)) {
            Mention t = trimTitles(text, m);
            if (t != null) t = MentionEdges.repair(text, t, gazetteer);
            if (t != null) all.add(t);
        }
        List<Mention> resolved = resolve(all, known.mentions(text));
        return resolve(resolved, surnames(text, resolved));
    }

    /**
     * Non-overlapping mentions: {@code first} wins over {@code second} on the same span but takes a known name's
     * type; otherwise the longer span wins. The kept spans are indexed by start, so each check is one floor look-up
     * (n log n on a long body, where a scan of the kept list was quadratic).
     */
    List<Mention> resolve(List<Mention> first, List<Mention> second) {
        List<Mention> all = new ArrayList<>(first);
        all.addAll(second);
        all.sort(Comparator.comparingInt((Mention m) -> m.start() - m.end()).thenComparingInt(Mention::start));
        TreeMap<Integer, Mention> kept = new TreeMap<>(); // disjoint spans by start
        for (Mention m : all) {
            Mention o = kept.get(m.start());
            if (o != null && o.end() == m.end()) {
                GazetteerEntry e = gazetteer.lookup(m.text());
                if (e != null && e.type() != o.type()) {
                    kept.put(o.start(), new Mention(o.text(), o.start(), o.end(), e.type()));
                }
                continue;
            }
            Map.Entry<Integer, Mention> before = kept.lowerEntry(m.end()); // the only kept span that can overlap
            if (before == null || before.getValue().end() <= m.start()) kept.put(m.start(), m);
        }
        return new ArrayList<>(kept.values());
    }

    /** The mention without title words at its front (الرئيس فلاديمير بوتين → فلاديمير بوتين); null if invalid. */
    static Mention trimTitles(AnalyzedText text, Mention m) {
        String body = text.text();
        if (m.end() > body.length() || !body.substring(m.start(), m.end()).equals(m.text())) return null;
        List<Token> tokens = text.tokens();
        int i = Roles.indexAt(tokens, m.start());
        int start = m.start();
        boolean title = false;
        while (i + 1 < tokens.size() && tokens.get(i).end() < m.end()) {
            String b = TokenForms.bare(tokens.get(i));
            if (CueWords.TITLES.contains(b)) title = true;
            else if (!(title && TokenForms.definite(b))) break;
            i++;
            start = tokens.get(i).start();
        }
        if (!title || start >= m.end()) return m;
        return new Mention(body.substring(start, m.end()), start, m.end(), m.type());
    }

    /** Bare occurrences of the surname (last word) of exactly one found person: أيوب after سمير أيوب. */
    private List<Mention> surnames(AnalyzedText text, List<Mention> found) {
        Map<String, Set<String>> owners = new HashMap<>(); // surname → the persons' transliteration keys
        for (Mention m : found) {
            if (m.type() != EntityType.PERSON) continue;
            String[] w = NameKeys.search(m.text()).split(" ");
            if (w.length < 2) continue;
            String last = w[w.length - 1];
            if (last.length() < 3 || CueWords.FUNCTION_WORDS.contains(last) || CueWords.GIVEN_NAMES.contains(last)) {
                continue;
            }
            owners.computeIfAbsent(last, k -> new HashSet<>()).add(NameKeys.phonetic(m.text()));
        }
        List<Mention> out = new ArrayList<>();
        for (Token t : text.tokens()) {
            if (!t.isWord()) continue;
            String key = owners.containsKey(t.normalized()) ? t.normalized() : TokenForms.bare(t);
            if (owners.getOrDefault(key, Set.of()).size() != 1) continue; // two persons share it: no guess
            int start = key.equals(t.normalized()) ? t.start() : TokenForms.bareStart(t);
            out.add(new Mention(text.text().substring(start, t.end()), start, t.end(), EntityType.PERSON));
        }
        return out;
    }
}
