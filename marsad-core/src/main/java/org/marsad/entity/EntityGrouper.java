package org.marsad.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.text.AnalyzedText;

/**
 * Groups an article's mentions into entities, fullest names first: a mention joins the entity of the same known
 * name (gazetteer), else one with the same transliteration key ({@link NameKeys#phonetic}), else — for a shorter
 * name — the one entity whose fuller name contains it (شويغو → سيرغي شويغو; الندوة العالمية → الندوة العالمية
 * للشباب الإسلامي); an unknown short body or MISC name that fits no entity of its type joins the one person whose
 * name contains it (a tagger's ORGANIZATION فيصل beside the person فيصل بن عبدالعزيز). A shorter name that fits
 * two entities (المحرج of two men) or none stays on its own: a surname
 * never links to a different person. Thread-safe.
 */
final class EntityGrouper {
    private final Gazetteer gazetteer;

    EntityGrouper(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** One group of mentions on its way to an {@link Entity}. */
    private static final class Group {
        final int order;
        final EntityType type;
        final GazetteerEntry known;
        final List<Mention> mentions = new ArrayList<>();
        final List<String[]> names = new ArrayList<>(); // SEARCH words of each distinct name
        final Set<String> joined = new HashSet<>(); // the same names, each as one string

        Group(int order, EntityType type, GazetteerEntry known) {
            this.order = order;
            this.type = type;
            this.known = known;
        }
    }

    /**
     * The groups of one article, indexed so that a mention finds its group by key rather than by a scan of every
     * group (a long body has thousands): by known name, by each name's transliteration key, and by the keys of the
     * fullest name's first and last words (where a shorter name can only fit).
     */
    private static final class Groups {
        final List<Group> all = new ArrayList<>();
        final Map<String, Group> byKnown = new HashMap<>();
        final Map<String, Group> byPhonetic = new HashMap<>();
        final Map<String, List<Group>> byEdgeWord = new HashMap<>();

        Group add(EntityType type, GazetteerEntry known, String[] fullest) {
            Group g = new Group(all.size(), type, known);
            all.add(g);
            if (known != null) byKnown.putIfAbsent(type + ":" + known.key(), g);
            byEdgeWord.computeIfAbsent(type + ":" + NameKeys.phoneticOfSearch(fullest[0]), k -> new ArrayList<>()).add(g);
            if (fullest.length > 1) {
                byEdgeWord.computeIfAbsent(type + ":" + NameKeys.phoneticOfSearch(fullest[fullest.length - 1]),
                        k -> new ArrayList<>()).add(g);
            }
            return g;
        }

        void name(Group g, String[] words) {
            String joinedName = String.join(" ", words);
            if (!g.joined.add(joinedName)) return;
            g.names.add(words);
            byPhonetic.merge(g.type + ":" + NameKeys.phoneticOfSearch(joinedName), g,
                    (old, now) -> old.order <= now.order ? old : now); // the earliest group with the key
        }
    }

    /** A mention with its name's SEARCH words. */
    private record Worded(Mention mention, String[] words) {}

    /** The entities of {@code mentions} (non-overlapping spans into {@code text}), in order of first mention. */
    List<Entity> group(AnalyzedText text, List<Mention> mentions) {
        List<Worded> order = new ArrayList<>(mentions.size());
        for (Mention m : mentions) order.add(new Worded(m, words(m))); // each name folded once, not per comparison
        order.sort(Comparator.comparingInt((Worded x) -> -x.words.length)
                .thenComparingInt(x -> -x.mention.text().length()).thenComparingInt(x -> x.mention.start()));
        Groups groups = new Groups();
        for (Worded x : order) {
            Mention m = x.mention;
            GazetteerEntry known = gazetteer.lookup(m.text());
            EntityType type = known != null ? known.type() : m.type();
            String[] w = x.words;
            Group g = find(groups, m, w, type, known);
            if (g == null) g = groups.add(type, known, w);
            g.mentions.add(m);
            groups.name(g, w);
        }
        List<Entity> out = new ArrayList<>();
        for (Group g : groups.all) out.add(entity(text, g));
        out.sort(Comparator.comparingInt(e -> e.mentions().get(0).start()));
        return out;
    }

    /**
     * The group {@code m} joins: the earliest of the same known name or transliteration key, else the one group
     * whose fullest name contains it; null for a new group.
     */
    private Group find(Groups groups, Mention m, String[] w, EntityType type, GazetteerEntry known) {
        Group byKnown = known == null ? null : groups.byKnown.get(type + ":" + known.key());
        Group byKey = groups.byPhonetic.get(type + ":" + NameKeys.phonetic(m.text()));
        if (byKnown != null || byKey != null) {
            if (byKnown == null) return byKey;
            return byKey == null || byKnown.order < byKey.order ? byKnown : byKey;
        }
        List<Group> fit = fitting(groups, w, type);
        if (fit.isEmpty() && known == null && w.length <= 2
                && (type == EntityType.ORGANIZATION || type == EntityType.MISC)) {
            fit = fitting(groups, w, EntityType.PERSON); // فيصل read as a body, in an article about الملك فيصل
        }
        return fit.size() == 1 ? fit.get(0) : null; // fits two entities: never guess
    }

    /** The groups of {@code type} whose fullest name contains the shorter name {@code w}. */
    private static List<Group> fitting(Groups groups, String[] w, EntityType type) {
        Set<Group> candidates = new LinkedHashSet<>();
        candidates.addAll(groups.byEdgeWord.getOrDefault(type + ":" + NameKeys.phoneticOfSearch(w[0]), List.of()));
        candidates.addAll(groups.byEdgeWord.getOrDefault(type + ":" + NameKeys.phoneticOfSearch(w[w.length - 1]),
                List.of()));
        List<Group> out = new ArrayList<>(2);
        for (Group g : candidates) {
            if (contains(g.names.get(0), w, type)) out.add(g);
        }
        return out;
    }

    /**
     * Whether the shorter name {@code part} names the same as {@code full}: for a person its surname, its given name
     * or a leading run of it; for other types a leading run of two words or more.
     */
    static boolean contains(String[] full, String[] part, EntityType type) {
        if (part.length >= full.length) return false;
        if (type != EntityType.PERSON) return part.length >= 2 && startsWith(full, part);
        if (part.length == 1) return same(full[full.length - 1], part[0]) || same(full[0], part[0]);
        return startsWith(full, part)
                || startsWithAt(full, part, full.length - part.length); // given names dropped: جونغ أون
    }

    private static boolean startsWith(String[] full, String[] part) {
        return startsWithAt(full, part, 0);
    }

    private static boolean startsWithAt(String[] full, String[] part, int at) {
        for (int k = 0; k < part.length; k++) {
            if (!same(full[at + k], part[k])) return false;
        }
        return true;
    }

    /** Two name words are one: equal SEARCH forms, or equal transliteration keys, the article on both or neither. */
    private static boolean same(String a, String b) {
        if (a.equals(b)) return true;
        return TokenForms.definite(a) == TokenForms.definite(b) && NameKeys.phonetic(a).equals(NameKeys.phonetic(b));
    }

    private Entity entity(AnalyzedText text, Group g) {
        g.mentions.sort(Comparator.comparingInt(Mention::start));
        Mention canonical = g.mentions.stream().min(Comparator.comparingInt((Mention m) -> -words(m).length)
                .thenComparingInt(m -> -m.text().length()).thenComparingInt(Mention::start)).orElseThrow();
        String name = canonical.text().strip().replaceAll("\\s+", " ");
        Set<String> seen = new LinkedHashSet<>();
        seen.add(NameKeys.search(name));
        List<String> aliases = new ArrayList<>();
        Set<String> roles = new LinkedHashSet<>();
        boolean metonym = false;
        for (Mention m : g.mentions) {
            if (seen.add(NameKeys.search(m.text()))) aliases.add(m.text().strip().replaceAll("\\s+", " "));
            if (g.type == EntityType.PERSON) {
                String role = Roles.roleOf(text, m);
                if (role != null) roles.add(role);
            }
            if (g.known != null && g.known.kind().canStandForState() && Metonymy.acts(text, m)) metonym = true;
        }
        String country = g.known == null || g.known.kind() == GazetteerEntry.Kind.PLACE
                || g.known.kind() == GazetteerEntry.Kind.ORGANIZATION || g.known.kind() == GazetteerEntry.Kind.AGENCY
                ? null : g.known.country();
        String key = g.known != null ? g.known.key() : NameKeys.phonetic(name);
        return new Entity(id(g.type, key), g.type, name, aliases, List.copyOf(roles), country, metonym, g.mentions);
    }

    /** A stable id: the first 12 hex digits of SHA-1 over type and canonical key. */
    static String id(EntityType type, String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-1").digest((type.name() + ":" + key)
                    .getBytes(StandardCharsets.UTF_8));
            return "E" + HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }

    private static String[] words(Mention m) {
        return NameKeys.search(m.text()).split(" ");
    }
}
