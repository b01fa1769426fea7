package org.marsad.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.marsad.Marsad;
import org.marsad.model.Actor;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.text.ArabicText;

/**
 * Scores an event coder on the hand-annotated SaudiNewsNet articles ({@link ArticleEventGold}):
 * <ul>
 *   <li>salient recall: a gold salient event is found when the coder gives an event of its type, told as a fact
 *       (asserted or reported), whose evidence overlaps one of its sentences; one coder event finds one gold event;</li>
 *   <li>actor (target) right, over found salient events whose gold names one: the coder's name and the gold span
 *       share the last word of either (SEARCH-folded, proclitics and ال off);</li>
 *   <li>lead precision: of the coder's fact events whose evidence starts in the lead, the share matching a gold fact
 *       event of the lead of the same type in an overlapping sentence; lead recall the other way round;</li>
 *   <li>salient at 3: of each article's first three events in {@link EventCoder#bySalience} order, the share that
 *       find a gold salient event (type and sentence).</li>
 * </ul>
 */
public final class ArticleEventEvaluation {
    /** The issue's bar now, and its target. */
    public static final double RECALL_FLOOR = 0.40;
    public static final double RECALL_TARGET = 0.70;
    public static final double PRECISION_TARGET = 0.60;
    /** The split whose errors are listed: the test split's are not shown, so nobody tunes on them. */
    public static final String DEV = "dev";

    private ArticleEventEvaluation() {}

    /** The counts of one split. */
    public record Score(String split, int articles, int salient, int found, int withActor, int actorRight,
            int withTarget, int targetRight, int leadCoded, int leadRight, int leadGold, int leadRecalled, int top,
            int topRight) {
        public double recall() {
            return rate(found, salient);
        }

        public double actorRate() {
            return rate(actorRight, withActor);
        }

        public double targetRate() {
            return rate(targetRight, withTarget);
        }

        public double leadPrecision() {
            return rate(leadRight, leadCoded);
        }

        public double leadRecall() {
            return rate(leadRecalled, leadGold);
        }

        public double salientAt3() {
            return rate(topRight, top);
        }

        Score plus(Score o) {
            return new Score(split, articles + o.articles, salient + o.salient, found + o.found,
                    withActor + o.withActor, actorRight + o.actorRight, withTarget + o.withTarget,
                    targetRight + o.targetRight, leadCoded + o.leadCoded, leadRight + o.leadRight,
                    leadGold + o.leadGold, leadRecalled + o.leadRecalled, top + o.top, topRight + o.topRight);
        }

        private static double rate(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    /** The scores per split (dev, test) and over all, with one line per error of the dev split. */
    public record Result(Map<String, Score> splits, Score all, List<String> errors) {
        /** The figures as report lines. */
        public List<String> report() {
            List<String> out = new ArrayList<>();
            out.add(String.format(Locale.ROOT, "%-5s %8s %7s %7s %6s %6s %7s %9s %7s %6s", "split", "articles",
                    "salient", "recall", "actor", "target", "lead ev", "lead prec", "lead rc", "sal@3"));
            for (Score s : splits.values()) out.add(row(s));
            out.add(row(all));
            out.add(String.format(Locale.ROOT, "bar (all): salient recall >= %.2f %s; target recall >= %.2f with lead "
                    + "precision >= %.2f %s", RECALL_FLOOR, all.recall() >= RECALL_FLOOR ? "met" : "NOT met",
                    RECALL_TARGET, PRECISION_TARGET, all.recall() >= RECALL_TARGET
                            && all.leadPrecision() >= PRECISION_TARGET ? "met" : "not yet"));
            return out;
        }

        private static String row(Score s) {
            return String.format(Locale.ROOT, "%-5s %8d %7d %7.3f %6.3f %6.3f %7d %9.3f %7.3f %6.3f", s.split(),
                    s.articles(), s.salient(), s.recall(), s.actorRate(), s.targetRate(), s.leadCoded(),
                    s.leadPrecision(), s.leadRecall(), s.salientAt3());
        }
    }

    /** Runs the full pipeline ({@link Marsad#analyzePlain}) on each gold article and scores its events. */
    public static Result run(List<ArticleEventGold.Document> gold, List<String> titles, List<String> contents) {
        return run(gold, titles, contents, Article::events);
    }

    /** Runs {@code coder} on each gold article (title line + content, read as plain text) and scores it. */
    public static Result run(List<ArticleEventGold.Document> gold, List<String> titles, List<String> contents,
            Function<Article, List<Event>> coder) {
        Map<String, Score> splits = new LinkedHashMap<>();
        Score all = new Score("all", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        List<String> errors = new ArrayList<>();
        for (ArticleEventGold.Document doc : gold) {
            if (doc.index() >= contents.size()) throw new IllegalArgumentException("no article " + doc.index());
            Analysis analysis = Marsad.analyzePlain(titles.get(doc.index()) + "\n" + contents.get(doc.index()));
            if (!(analysis instanceof Article a) || !a.id().equals(doc.id())) {
                throw new IllegalArgumentException("article " + doc.index() + " is not the annotated one");
            }
            List<Event> facts = coder.apply(a).stream().filter(EventCoder::fact).toList();
            Score s = score(doc, a.body(), facts, doc.split().equals(DEV) ? errors : new ArrayList<>());
            splits.merge(doc.split(), s, Score::plus);
            all = all.plus(s);
        }
        return new Result(splits, all, List.copyOf(errors));
    }

    /** The pipeline's entities and quotes, coded again by {@code coder}: to score a coder other than the shipped. */
    public static Function<Article, List<Event>> with(EventCoder coder) {
        return a -> coder.events(a, ArabicText.analyze(a.body()), a.entities(), a.quotes());
    }

    private static Score score(ArticleEventGold.Document doc, String body, List<Event> facts, List<String> errors) {
        int salient = 0, found = 0, withActor = 0, actorRight = 0, withTarget = 0, targetRight = 0;
        Set<Event> used = new HashSet<>();
        for (ArticleEventGold.GoldEvent g : doc.events()) {
            if (!g.salient()) continue;
            salient++;
            Event best = null;
            int bestScore = -1;
            for (Event e : facts) {
                if (used.contains(e) || !e.type().equals(g.type()) || !overlapsAny(e, g.evidence())) continue;
                int sc = (same(body, g.actor(), e.actor()) ? 2 : 0) + (same(body, g.target(), e.target()) ? 1 : 0);
                if (sc > bestScore) {
                    bestScore = sc;
                    best = e;
                }
            }
            String where = doc.index() + "@" + g.evidence().get(0)[0] + " " + g.type();
            if (best == null) {
                errors.add("miss   " + where + ": " + snippet(body, g.evidence().get(0)));
                continue;
            }
            found++;
            used.add(best);
            if (g.actor() != null) {
                withActor++;
                if (same(body, g.actor(), best.actor())) actorRight++;
                else errors.add("actor  " + where + ": gold " + text(body, g.actor()) + " / " + name(best.actor()));
            }
            if (g.target() != null) {
                withTarget++;
                if (same(body, g.target(), best.target())) targetRight++;
                else errors.add("target " + where + ": gold " + text(body, g.target()) + " / " + name(best.target()));
            }
        }
        List<String[]> leadGold = new ArrayList<>(); // {type, start, end}
        for (ArticleEventGold.GoldEvent g : doc.events()) {
            if (g.mode() != ArticleEventGold.Mode.FACT) continue;
            for (int[] s : g.evidence()) {
                if (s[0] < doc.leadEnd()) leadGold.add(new String[] {g.type(), "" + s[0], "" + s[1]});
            }
        }
        int coded = 0, right = 0, recalled = 0;
        for (Event e : facts) {
            if (e.start() >= doc.leadEnd()) continue;
            coded++;
            boolean ok = leadGold.stream().anyMatch(g -> g[0].equals(e.type()) && overlaps(e, g));
            if (ok) right++;
            else errors.add("extra  " + doc.index() + "@" + e.start() + " " + e.type() + " [" + e.trigger() + "]: "
                    + snippet(body, new int[] {e.start(), e.end()}));
        }
        for (String[] g : leadGold) {
            if (facts.stream().anyMatch(e -> g[0].equals(e.type()) && overlaps(e, g))) recalled++;
        }
        List<Event> top = EventCoder.bySalience(facts).stream().limit(3).toList();
        int topRight = 0;
        for (Event e : top) {
            boolean hit = doc.events().stream().anyMatch(g -> g.salient() && g.type().equals(e.type())
                    && overlapsAny(e, g.evidence()));
            if (hit) topRight++;
        }
        return new Score(doc.split(), 1, salient, found, withActor, actorRight, withTarget, targetRight, coded, right,
                leadGold.size(), recalled, top.size(), topRight);
    }

    private static boolean overlapsAny(Event e, List<int[]> spans) {
        for (int[] s : spans) if (e.start() < s[1] && s[0] < e.end()) return true;
        return false;
    }

    private static boolean overlaps(Event e, String[] g) {
        return e.start() < Integer.parseInt(g[2]) && Integer.parseInt(g[1]) < e.end();
    }

    /** Whether the coder's participant names the gold span: the last word of either among the other's words. */
    static boolean same(String body, int[] gold, Actor found) {
        if (gold == null || found == null || found.name() == null) return false;
        List<String> g = keys(text(body, gold));
        List<String> f = keys(found.name());
        if (g.isEmpty() || f.isEmpty()) return false;
        return f.contains(g.get(g.size() - 1)) || g.contains(f.get(f.size() - 1));
    }

    /** A name's comparison keys: SEARCH-folded words without و/ف, a preposition ب/ل/ك or ال in front. */
    static List<String> keys(String name) {
        List<String> out = new ArrayList<>();
        for (String w : Inflections.norm(name).split("[^\\p{L}\\p{N}]+")) {
            String k = w;
            if (k.length() > 4 && (k.startsWith("وال") || k.startsWith("فال"))) k = k.substring(1);
            if (k.length() > 4 && (k.startsWith("بال") || k.startsWith("كال") || k.startsWith("لل"))) k = k.substring(1);
            if (k.length() > 3 && k.startsWith("ال")) k = k.substring(2);
            if (k.length() > 3 && k.startsWith("ل") && w.startsWith("لل")) k = k.substring(1);
            if (!k.isEmpty()) out.add(k);
        }
        return out;
    }

    private static String text(String body, int[] span) {
        return body.substring(span[0], span[1]);
    }

    private static String name(Actor a) {
        return a == null ? "none" : a.name();
    }

    private static String snippet(String body, int[] span) {
        String s = body.substring(span[0], Math.min(span[1], span[0] + 70)).replace('\n', ' ');
        return span[1] - span[0] > 70 ? s + "…" : s;
    }
}
