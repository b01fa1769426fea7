package org.marsad.event;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.marsad.date.ArabicDateParser;
import org.marsad.model.Actor;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.NewsDate;
import org.marsad.model.Quote;
import org.marsad.pipeline.EventStage;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Sentence;

/**
 * Codes who did what to whom, where and when in an article's body, in PLOVER, straight from the Arabic: triggers
 * from a lexicon ({@link TriggerFinder}), actor and target from word order and prepositions ({@link RoleFinder}),
 * named with the entities when given and with a built-in lexicon of states and actor kinds when not
 * ({@link ActorNamer}), the mode ({@link ModeRules}), the place after في/ب, the sentence's date (relative dates
 * anchored to the article's publication), and the sentence as evidence. Several triggers of one type in a sentence
 * give one event when their roles do not conflict (الزيارة … لقاء مع). A verbal noun with a possessive pronoun
 * inside a quote, with no actor of its own, is the speaker's (قال الوزير إن محادثاته). Confidence also weighs
 * salience: events of the lead (the first {@link #LEAD_SENTENCES} sentences) score a little higher, and
 * {@link #bySalience} orders an article's events for a reader. Immutable and thread-safe; resources are loaded once.
 */
public final class EventCoder implements EventStage {
    private static final double ACTOR_BONUS = 0.1;
    private static final double TARGET_BONUS = 0.05;
    private static final double MAX_CONFIDENCE = 0.95;
    /** The title line and the first three sentences: where news puts what it reports happening. */
    static final int LEAD_SENTENCES = 4;
    private static final double LEAD_BONUS = 0.05;

    private final TriggerFinder triggers;
    private final RoleFinder roles;
    private final ActorNamer namer;

    /** The coder with the shipped trigger lexicon. */
    public EventCoder() {
        this(TriggerLexicon.standard());
    }

    /** The coder with the shipped lexicon extended by the triggers in {@code extraLexicon}. */
    public EventCoder(Path extraLexicon) {
        this(TriggerLexicon.standard().with(TriggerLexicon.load(extraLexicon)));
    }

    /** The coder with exactly {@code lexicon}. */
    public EventCoder(TriggerLexicon lexicon) {
        this.triggers = new TriggerFinder(Objects.requireNonNull(lexicon, "lexicon"));
        ActorLexicon actors = ActorLexicon.standard();
        this.roles = new RoleFinder(actors);
        this.namer = new ActorNamer(actors);
    }

    @Override
    public List<Event> events(Article article, AnalyzedText text, List<Entity> entities, List<Quote> quotes) {
        EntityMentions ents = new EntityMentions(entities == null ? List.of() : entities);
        List<Quote> said = quotes == null ? List.of() : quotes;
        ZonedDateTime reference = reference(article == null ? null : article.published());
        String body = text.text();
        List<Event> out = new ArrayList<>();
        int index = -1;
        for (Sentence s : text.sentences()) {
            index++;
            List<Word> bareWords = Word.of(text, s);
            List<TriggerHit> hits = triggers.find(bareWords);
            if (hits.isEmpty()) continue;
            List<Word> words = Word.withKeys(bareWords);
            Set<Integer> blocked = new HashSet<>();
            for (TriggerHit h : hits) {
                // a participant noun (مسلحين، المتظاهرون) stays free to be another trigger's actor or target
                if (h.entry().pos() != TriggerLexicon.Pos.AGENT) blocked.addAll(h.parts());
            }
            String sentence = body.substring(s.start(), s.end());
            String date = ArabicDateParser.find(sentence, reference).map(m -> m.date().date().toString()).orElse(null);
            List<Event> found = new ArrayList<>();
            for (TriggerHit h : hits) {
                RoleFinder.Found f = roles.find(words, h, blocked);
                Actor actor = namer.actor(body, words, f.actor(), ents);
                if (actor == null) actor = speakerOf(words, h, said);
                Actor target = namer.actor(body, words, f.target(), ents);
                String location = namer.location(body, words, h.head(), blocked, ents);
                double confidence = Math.min(MAX_CONFIDENCE, h.entry().confidence()
                        + (actor != null ? ACTOR_BONUS : 0) + (target != null ? TARGET_BONUS : 0)
                        + (index < LEAD_SENTENCES ? LEAD_BONUS : 0));
                found.add(new Event(h.type(), actor, target, location, date, trigger(body, words, h),
                        ModeRules.mode(words, h, said), sentence, s.start(), s.end(), round(confidence)));
            }
            out.addAll(EventMerger.merge(found));
        }
        return List.copyOf(out);
    }

    /**
     * The speaker of the quote holding a verbal noun with a possessive pronoun and no actor of its own: قال الوزير
     * إن محادثاته … — his talks are the speaker's.
     */
    private static Actor speakerOf(List<Word> words, TriggerHit h, List<Quote> quotes) {
        Word w = words.get(h.head());
        if (h.entry().pos() != TriggerLexicon.Pos.NOUN || !RoleFinder.hasPronoun(w)) return null;
        int at = w.token().start();
        for (Quote q : quotes) {
            if (at >= q.start() && at < q.end()) return new Actor(q.speaker().name(), q.speaker().entity(), null, null);
        }
        return null;
    }

    /**
     * The events in salience order: told as facts before the others, then by confidence (which weighs the trigger,
     * the roles found and a place in the lead), then in text order — the first ones are what an article reports.
     */
    public static List<Event> bySalience(List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        out.sort(java.util.Comparator.comparing((Event e) -> !fact(e))
                .thenComparing(Event::confidence, java.util.Comparator.reverseOrder())
                .thenComparingInt(Event::start));
        return List.copyOf(out);
    }

    /** Whether the event is told as having happened (asserted or reported). */
    static boolean fact(Event e) {
        return e.mode() == Event.Mode.ASSERTED || e.mode() == Event.Mode.REPORTED;
    }

    private static String trigger(String body, List<Word> words, TriggerHit h) {
        StringBuilder sb = new StringBuilder();
        for (int i : h.parts()) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(body, words.get(i).token().start(), words.get(i).token().end());
        }
        return sb.toString();
    }

    /** The anchor for relative dates: the publication time, noon when only the day is known, UTC when no offset. */
    static ZonedDateTime reference(NewsDate published) {
        if (published == null) return null;
        LocalTime time = published.time() == null ? LocalTime.NOON : published.time();
        ZoneOffset offset = published.offset() == null ? ZoneOffset.UTC : published.offset();
        return ZonedDateTime.of(published.date(), time, offset);
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
