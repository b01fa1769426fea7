package org.marsad.serve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicText;
import org.marsad.text.Sentence;
import org.marsad.text.Token;

/**
 * Articles held in memory and searched word by word on the text layer's light stems (so والمفاوضات finds
 * مفاوضات): every query word must occur; title words weigh double; rare words weigh more. Copy-on-write, so
 * searches never lock; adding is rare. Fine for a demo corpus and a few thousand articles.
 */
public final class MemoryStore implements NewsStore {
    private static final int SNIPPET_CHARS = 220;

    /** One stored article with its term counts and analyzed body. */
    private record Entry(Article article, LocalDate day, Map<String, Integer> terms, AnalyzedText body) {}

    private volatile Map<String, Entry> entries = Map.of();
    private volatile long version;

    @Override
    public synchronized void add(Article article) {
        AnalyzedText body = ArabicText.analyze(article.body());
        Map<String, Integer> terms = new HashMap<>();
        count(body, terms, 1);
        if (article.title() != null) count(ArabicText.analyze(article.title()), terms, 2);
        LocalDate day = article.published() == null ? null : article.published().date();
        Map<String, Entry> next = new LinkedHashMap<>(entries);
        next.put(article.id(), new Entry(article, day, Map.copyOf(terms), body));
        entries = next;
        version++;
    }

    @Override
    public Optional<Article> article(String id) {
        Entry e = entries.get(id);
        return e == null ? Optional.empty() : Optional.of(e.article());
    }

    @Override
    public List<Article> articles() {
        return entries.values().stream().map(Entry::article).toList();
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public SearchPage search(SearchQuery q) {
        Map<String, Entry> all = entries;
        List<String> words = terms(q.text());
        Map<String, Double> idf = new HashMap<>();
        for (String w : words) {
            long df = all.values().stream().filter(e -> e.terms().containsKey(w)).count();
            idf.put(w, Math.log(1.0 + (all.size() + 1.0) / (df + 0.5)));
        }
        List<Scored> matched = new ArrayList<>();
        for (Entry e : all.values()) {
            if (!passes(e, q)) continue;
            double score = 0;
            boolean every = true;
            for (String w : words) {
                Integer tf = e.terms().get(w);
                if (tf == null) {
                    every = false;
                    break;
                }
                score += idf.get(w) * Math.sqrt(tf);
            }
            if (every) matched.add(new Scored(e, score));
        }
        matched.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(s -> s.entry().day(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(s -> s.entry().article().id()));
        int from = Math.min(matched.size(), (q.page() - 1) * q.size());
        List<SearchPage.Hit> hits = new ArrayList<>();
        for (Scored s : matched.subList(from, Math.min(matched.size(), from + q.size()))) {
            hits.add(hit(s.entry(), words));
        }
        return new SearchPage(matched.size(), q.page(), q.size(), hits, Facets.count(
                matched.stream().map(s -> s.entry().article()).toList()));
    }

    private record Scored(Entry entry, double score) {}

    private static boolean passes(Entry e, SearchQuery q) {
        Article a = e.article();
        if (q.section() != null && !q.section().equals(a.section())) return false;
        if (q.publisher() != null && !q.publisher().equals(a.publisher())) return false;
        if (q.from() != null && (e.day() == null || e.day().isBefore(q.from()))) return false;
        if (q.to() != null && (e.day() == null || e.day().isAfter(q.to()))) return false;
        if (q.entity() != null) {
            return a.entities().stream().map(Entity::id).anyMatch(q.entity()::equals);
        }
        return true;
    }

    /** The search terms of a text: each word's light stem, else its normalized form. */
    static List<String> terms(String text) {
        if (text == null || text.isBlank()) return List.of();
        List<String> out = new ArrayList<>();
        for (Token t : ArabicText.analyze(text).tokens()) {
            String term = term(t);
            if (term != null && !out.contains(term)) out.add(term);
        }
        return out;
    }

    private static String term(Token t) {
        if (!t.isWord() && t.kind() != org.marsad.text.TokenKind.NUMBER) return null;
        String term = t.stem() != null && !t.stem().isEmpty() ? t.stem() : t.normalized();
        return term == null || term.isEmpty() ? null : term;
    }

    private static void count(AnalyzedText text, Map<String, Integer> into, int weight) {
        for (Token t : text.tokens()) {
            String term = term(t);
            if (term != null) into.merge(term, weight, Integer::sum);
        }
    }

    private static boolean matches(List<String> words, Token t) {
        String term = term(t);
        return term != null && words.contains(term);
    }

    /** The first sentence holding a query word (else the body's start), cut to a snippet, its words marked. */
    private static SearchPage.Hit hit(Entry e, List<String> words) {
        AnalyzedText body = e.body();
        String text = body.text();
        Sentence chosen = null;
        for (Sentence s : body.sentences()) {
            for (Token t : body.tokens(s)) {
                if (matches(words, t)) {
                    chosen = s;
                    break;
                }
            }
            if (chosen != null) break;
        }
        int start = chosen == null ? 0 : chosen.start();
        int end = Math.min(text.length(), start + SNIPPET_CHARS);
        if (chosen != null) end = Math.min(end, chosen.end());
        int lineEnd = text.indexOf('\n', start);
        if (lineEnd >= 0 && lineEnd < end) end = lineEnd;
        List<int[]> marks = new ArrayList<>();
        for (Token t : body.tokens()) {
            if (t.start() >= start && t.end() <= end && matches(words, t)) {
                marks.add(new int[] {t.start() - start, t.end() - start});
            }
        }
        Article a = e.article();
        return new SearchPage.Hit(a.id(), a.title(), a.published() == null ? null : a.published().iso(),
                a.section(), a.publisher(), text.substring(start, end), marks);
    }
}
