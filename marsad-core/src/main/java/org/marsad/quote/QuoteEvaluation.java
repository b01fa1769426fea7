package org.marsad.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.Marsad;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Quote;
import org.marsad.text.ArabicText;

/**
 * Scores the quote finder against a {@link QuoteGold} set. A gold statement is found when a quote's content covers
 * at least half of it; a quote is right (precision) when at least half of it lies in one gold statement; the
 * speaker is right when the quote's speaker name holds the last word of one of the gold speaker's mentions (folded,
 * without ال), or the other way round. Speakers are scored on found statements only.
 */
public final class QuoteEvaluation {
    private QuoteEvaluation() {}

    /** The counts of one split. */
    public record Score(String split, int articles, int gold, int found, int recalled, int precise, int speakerRight) {
        public double recall() {
            return gold == 0 ? 0 : (double) recalled / gold;
        }

        public double precision() {
            return found == 0 ? 0 : (double) precise / found;
        }

        public double speakerAccuracy() {
            return recalled == 0 ? 0 : (double) speakerRight / recalled;
        }

        Score plus(Score o) {
            return new Score(split, articles + o.articles, gold + o.gold, found + o.found, recalled + o.recalled,
                    precise + o.precise, speakerRight + o.speakerRight);
        }
    }

    /** The scores per split (dev, test) and over all, with one line per miss, extra and wrong speaker of dev. */
    public record Result(Map<String, Score> splits, Score all, List<String> errors) {}

    /** The split the errors are listed for: the test split's are not shown, so nobody tunes on them. */
    public static final String DEV = "dev";

    /** Runs {@code finder} on every gold article (contents by array index) and scores it. */
    public static Result run(List<QuoteGold.Document> gold, List<String> contents, QuoteFinder finder) {
        Map<String, Score> splits = new LinkedHashMap<>();
        Score all = new Score("all", 0, 0, 0, 0, 0, 0);
        List<String> errors = new ArrayList<>();
        for (QuoteGold.Document doc : gold) {
            if (doc.index() >= contents.size()) throw new IllegalArgumentException("no article " + doc.index());
            Analysis analysis = Marsad.analyzePlain(contents.get(doc.index()));
            if (!(analysis instanceof Article a) || !a.id().equals(doc.id())) {
                throw new IllegalArgumentException("article " + doc.index() + " is not the annotated one");
            }
            List<Quote> found = finder.quotes(ArabicText.analyze(a.body()), List.of());
            Score s = score(doc, a.body(), found, doc.split().equals(DEV) ? errors : new ArrayList<>());
            splits.merge(doc.split(), s, Score::plus);
            all = all.plus(s);
        }
        return new Result(splits, all, errors);
    }

    private static Score score(QuoteGold.Document doc, String body, List<Quote> found, List<String> errors) {
        int recalled = 0;
        int right = 0;
        Set<Quote> used = new HashSet<>(); // one quote finds one statement: a span over two finds only one
        for (QuoteGold.Statement g : doc.statements()) {
            Quote best = null;
            int bestOverlap = 0;
            for (Quote q : found) {
                int o = used.contains(q) ? 0 : overlap(g.start(), g.end(), q.start(), q.end());
                if (o > bestOverlap) {
                    bestOverlap = o;
                    best = q;
                }
            }
            String where = doc.index() + "@" + g.start();
            if (best == null || 2 * bestOverlap < g.end() - g.start()) {
                errors.add("miss " + where + ": " + snippet(body, g.start(), g.end()));
                continue;
            }
            recalled++;
            used.add(best);
            if (sameSpeaker(body, g, best.speaker().name())) {
                right++;
            } else {
                errors.add("speaker " + where + ": gold " + body.substring(g.speaker().get(0)[0],
                        g.speaker().get(0)[1]) + " / found " + best.speaker().name() + " [" + best.rule() + "]");
            }
        }
        int precise = 0;
        for (Quote q : found) {
            boolean ok = false;
            for (QuoteGold.Statement g : doc.statements()) {
                ok |= 2 * overlap(g.start(), g.end(), q.start(), q.end()) >= q.end() - q.start();
            }
            if (ok) precise++;
            else errors.add("extra " + doc.index() + "@" + q.start() + " [" + q.cue() + "]: "
                    + snippet(body, q.start(), q.end()));
        }
        return new Score(doc.split(), 1, doc.statements().size(), found.size(), recalled, precise, right);
    }

    /** Whether {@code name} and one of the gold speaker's mentions share the last word of either. */
    static boolean sameSpeaker(String body, QuoteGold.Statement g, String name) {
        if (name == null || name.isBlank()) return false;
        List<String> found = words(name);
        for (int[] span : g.speaker()) {
            List<String> gold = words(body.substring(span[0], span[1]));
            if (gold.isEmpty() || found.isEmpty()) continue;
            if (found.contains(gold.get(gold.size() - 1)) || gold.contains(found.get(found.size() - 1))) return true;
        }
        return false;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String w : QuoteLexicon.fold(text).split("[^\\p{L}\\p{N}]+")) {
            String k = RoleMatch.key(w);
            if (!k.isEmpty() && seen.add(k)) out.add(k);
        }
        return out;
    }

    private static int overlap(int a, int b, int c, int d) {
        return Math.max(0, Math.min(b, d) - Math.max(a, c));
    }

    private static String snippet(String body, int start, int end) {
        String s = body.substring(start, Math.min(end, start + 60)).replace('\n', ' ');
        return end - start > 60 ? s + "…" : s;
    }
}
