package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.marsad.Marsad;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.text.ArabicText;

/**
 * Scores an event coder on the PETRARCH Arabic gold, one sentence at a time:
 * <ul>
 *   <li>type found: some event of the sentence (any mode) has the gold PLOVER type;</li>
 *   <li>actor right, over the sentences whose gold names a source actor: some event of the gold type has an actor
 *       matching the gold source code by {@link ActorCodes#matches};</li>
 *   <li>target right, over the sentences whose gold names a target, the same way (reported, no floor).</li>
 * </ul>
 *
 * @param sentences how many sentences were scored
 * @param typeFound how many had the gold type among their events
 * @param withSource how many gold sentences name a source actor
 * @param actorRight how many of those got it right
 * @param actorStrict how many got it right by {@link ActorCodes#matchesStrictly} (every gold part stated)
 * @param withTarget how many name a target
 * @param targetRight how many of those got it right
 * @param perType per gold type: {type, sentences, found}
 */
public record PetrarchEvaluation(int sentences, int typeFound, int withSource, int actorRight, int actorStrict,
        int withTarget,
        int targetRight, List<String[]> perType) {
    /** The floors of issue 6. */
    public static final double TYPE_FLOOR = 0.70;
    public static final double ACTOR_FLOOR = 0.50;

    /** Codes every sentence with {@code coder} (sentence text → its events) and scores the result. */
    public static PetrarchEvaluation run(List<PetrarchGold.Sentence> gold, Function<String, List<Event>> coder) {
        int found = 0, withSource = 0, actorRight = 0, actorStrict = 0, withTarget = 0, targetRight = 0;
        java.util.Map<String, int[]> byType = new java.util.TreeMap<>();
        for (PetrarchGold.Sentence s : gold) {
            List<Event> events = coder.apply(s.text());
            List<Event> ofType = events.stream().filter(e -> e.type().equals(s.type())).toList();
            int[] t = byType.computeIfAbsent(s.type(), k -> new int[2]);
            t[0]++;
            if (!ofType.isEmpty()) {
                found++;
                t[1]++;
            }
            ActorCodes source = ActorCodes.parse(s.source());
            if (source.known()) {
                withSource++;
                if (ofType.stream().anyMatch(e -> source.matches(e.actor()))) actorRight++;
                if (ofType.stream().anyMatch(e -> source.matchesStrictly(e.actor()))) actorStrict++;
            }
            ActorCodes target = ActorCodes.parse(s.target());
            if (target.known()) {
                withTarget++;
                if (ofType.stream().anyMatch(e -> target.matches(e.target()))) targetRight++;
            }
        }
        List<String[]> perType = new ArrayList<>();
        byType.forEach((k, v) -> perType.add(new String[] {k, String.valueOf(v[0]), String.valueOf(v[1])}));
        return new PetrarchEvaluation(gold.size(), found, withSource, actorRight, actorStrict, withTarget, targetRight,
                List.copyOf(perType));
    }

    /**
     * The coding the evaluation measures: each sentence read as {@code marsad analyze --plain} reads text
     * ({@link Marsad#analyzePlain}), then coded with the entities and quotes the pipeline found.
     */
    public static Function<String, List<Event>> plain(EventCoder coder) {
        return text -> {
            Analysis a = Marsad.analyzePlain(text);
            if (!(a instanceof Article article)) return List.of();
            return coder.events(article, ArabicText.analyze(article.body()), article.entities(), article.quotes());
        };
    }

    /** Share of sentences with the gold type found. */
    public double typeRate() {
        return sentences == 0 ? 0 : (double) typeFound / sentences;
    }

    /** Share of sentences with a gold source whose actor is right. */
    public double actorRate() {
        return withSource == 0 ? 0 : (double) actorRight / withSource;
    }

    /** Share of sentences with a gold target whose target is right. */
    public double targetRate() {
        return withTarget == 0 ? 0 : (double) targetRight / withTarget;
    }

    /** The figures as report lines. */
    public List<String> report() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "sentences: %d", sentences));
        out.add(String.format(Locale.ROOT, "type found:  %5.1f%% (%d/%d)  floor %.0f%%  %s", 100 * typeRate(),
                typeFound, sentences, 100 * TYPE_FLOOR, typeRate() >= TYPE_FLOOR ? "met" : "NOT MET"));
        for (String[] t : perType) {
            out.add(String.format(Locale.ROOT, "  %-8s %s/%s", t[0], t[2], t[1]));
        }
        out.add(String.format(Locale.ROOT, "actor right: %5.1f%% (%d/%d sentences whose gold names a source)  floor "
                + "%.0f%%  %s", 100 * actorRate(), actorRight, withSource, 100 * ACTOR_FLOOR,
                actorRate() >= ACTOR_FLOOR ? "met" : "NOT MET"));
        out.add(String.format(Locale.ROOT, "actor right, strict (every part the gold states): %5.1f%% (%d/%d)",
                withSource == 0 ? 0 : 100.0 * actorStrict / withSource, actorStrict, withSource));
        out.add(String.format(Locale.ROOT, "target right: %5.1f%% (%d/%d sentences whose gold names a target)",
                100 * targetRate(), targetRight, withTarget));
        out.add("actor rule: some event of the gold type has an actor agreeing with the gold CAMEO code on every part "
                + "both sides state and on at least one (state = the actor's ISO alpha-3 country; agent = what its "
                + "kind stands for: government GOV, military MIL, police COP, armed group UAF/REB/IMG, civilians and "
                + "protesters CVL, …); sentences whose gold source is None None are left out");
        return out;
    }
}
