package org.marsad.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.Set;

/**
 * Reads the reported statements of one body off its tokens: where each cue is, the subject and outlet between the
 * cue and its content, and the content's span. Speakers are resolved afterwards, by {@link SpeakerSieves}.
 * Stateless apart from the tokens it reads; one per article.
 */
final class FrameReader {
    /** How far after its cue a verb's إن / أن may come: room for a name, a long role and an outlet. */
    private static final int VERB_REACH = 25;
    /** Words after a cue that never start its subject: times and adverbs (وقال أمس إن). */
    private static final Set<String> ADVERBS = Set.of("امس", "اليوم", "ايضا", "كذلك", "مساء", "صباح", "غدا",
            "بدوره", "بدورها", "من", "جهته", "جانبه", "جهتها", "جانبها", "بدورهم", "بالقول", "قايلا", "قايله", "قوله",
            "قولها", "القول", "قولهم");
    /** Prepositions a verb takes before its أن (أشار إلى أن، شدد على أن). */
    private static final Set<String> PREPOSITIONS = Set.of("الي", "علي", "عن", "من", "ب", "في");

    private final QuoteLexicon lex;
    private final Tokens t;
    private final Outlets outlets;

    FrameReader(QuoteLexicon lex, Tokens tokens) {
        this.lex = lex;
        this.t = tokens;
        this.outlets = new Outlets(lex, tokens);
    }

    /** Every statement, in body order. */
    List<Frame> read() {
        // Frames never overlap (a new one is kept only when it overlaps none; cutting only shortens), so keyed by start
        // their ends are ordered too and the frames near a position are found by a floor look-up, not a scan: the
        // cost stays linear on a hostile page with a hundred thousand cues.
        NavigableMap<Integer, Frame> frames = new TreeMap<>();
        for (int i : t.cueTokens) {
            QuoteLexicon.CueWord cue = cueAt(i);
            if (cue == null) continue;
            Frame f = switch (cue.kind()) {
                case VERB -> verb(i, cue);
                case PARTICIPLE -> participle(i, cue);
                case ATTRIBUTION -> attribution(i, cue);
            };
            if (f != null) cutBefore(frames, f);
            if (f != null && !inside(frames, f)) frames.put(f.start(), f);
        }
        for (int q : t.quoteMarks) {
            Frame f = quoteThenCue(q);
            if (f != null && !inside(frames, f)) frames.put(f.start(), f);
        }
        return new ArrayList<>(frames.values());
    }

    /** Punctuation that ends a clause (not a dash: - وهو من … - is an aside). */
    private static final Set<String> CLAUSE_MARKS = Set.of("،", ",", ".", ":", "؛", ";", "\"", "!", "؟", "?");

    /** Words that join a new statement to the one before it: they end the earlier content (، كما أكد …). */
    private static final Set<String> JOINERS = Set.of("و", "كما", "لكنه", "لكنها", "لكن", "فيما", "بينما", "حيث",
            "ثم", "بل", "اذ");

    /**
     * A cue opening a new clause inside an earlier reported content (، كما أكد؛ وقال؛ . مشيراً) starts a new statement:
     * the earlier content ends before it. A cue inside a clause (أن روسيا ترى) is reported speech within the content.
     */
    private void cutBefore(NavigableMap<Integer, Frame> frames, Frame f) {
        int cueAt = t.get(f.cueToken()).start();
        int c = f.cueToken();
        boolean opensClause = t.conjoined(c) || c > 0 && (CLAUSE_MARKS.contains(t.norm(c - 1))
                || JOINERS.contains(t.norm(c - 1)));
        if (!opensClause) return;
        Map.Entry<Integer, Frame> around = frames.floorEntry(cueAt - 1);
        if (around != null) {
            Frame g = around.getValue(); // the only frame that can hold the cue
            if (quoted(g) || cueAt <= g.start() || cueAt >= g.end()) return;
            int k = f.cueToken() - 1;
            while (k > 0 && (t.punctuation(k) || JOINERS.contains(t.norm(k))) && t.get(k).start() > g.start()) k--;
            if (t.get(k).end() <= g.start()) return;
            frames.put(g.start(), new Frame(g.cueToken(), g.cue(), g.subjectFrom(), g.subjectTo(), g.appositionFrom(),
                    g.appositionTo(), g.outlet(), g.start(), t.get(k).end(), g.direct()));
        }
    }

    /** Whether a statement's content stands in quote marks (it then runs to its closing mark, cues and all). */
    private boolean quoted(Frame g) {
        int k = g.start() - 1;
        while (k > 0 && Character.isWhitespace(t.body.charAt(k))) k--;
        char c = k >= 0 ? t.body.charAt(k) : ' ';
        return g.direct() && (c == '«' || c == '»' || c == '“' || c == '”' || c == '"');
    }

    /** Whether f's content or cue falls inside a statement already read (a cue word quoted inside quoted words). */
    private boolean inside(NavigableMap<Integer, Frame> frames, Frame f) {
        if (frames.containsKey(f.start())) return true;
        int cueAt = t.get(f.cueToken()).start();
        Map.Entry<Integer, Frame> holder = frames.floorEntry(cueAt);
        if (holder != null && quoted(holder.getValue()) && cueAt < holder.getValue().end()) return true;
        for (Map.Entry<Integer, Frame> e = frames.lowerEntry(f.end()); e != null; e = frames.lowerEntry(e.getKey())) {
            Frame g = e.getValue();
            if (f.start() < g.end() && g.start() < f.end()) return true;
            if (g.end() > g.start()) return false; // ends are ordered: no earlier frame reaches f
        }
        return false;
    }

    /** Words after which a cue verb is a noun or an object (رافضاً ذكر اسمه، عدم الكشف عن). */
    private static final Set<String> NOT_BEFORE_CUE = Set.of("عدم", "رافضا", "رافضه", "رفض", "طالبا", "مفضلا", "فضل",
            "ما", "الذي", "التي");

    /** The cue at token i, unless the word before makes it something else. */
    private QuoteLexicon.CueWord cueAt(int i) {
        QuoteLexicon.CueWord c = t.cue(i);
        if (c == null || i == 0 || c.kind() == CueKind.ATTRIBUTION) return c;
        return NOT_BEFORE_CUE.contains(t.norm(i - 1)) ? null : c;
    }

    /** قال فلان، الخبير في …، في تصريحات لـ"…"، إن … ; وأضاف: "…" ; وتابع قائلاً: "…". */
    private Frame verb(int i, QuoteLexicon.CueWord cue) {
        int limit = Math.min(t.sentenceEnd(i), i + VERB_REACH);
        if (cue.ambiguous() && !t.conjoined(i) && !t.complementizer(i + 1)) return null;
        for (int j = i + 1; j < limit; j++) {
            if (t.complementizer(j)) return indirect(i, cue, j);
            String n = t.norm(j);
            if (n.equals(":")) return colon(i, cue, j);
            if (t.opens(j) && (j == i + 1 || t.cue(j - 1) != null || quotation(j))) {
                return quoted(i, cue, i + 1, j, j);
            }
            QuoteLexicon.CueWord other = cueAt(j);
            if (other != null && other.kind() == CueKind.VERB) return null; // a second cue: this one reported nothing
            if (n.equals(".") || n.equals("؟") || n.equals("!") || n.equals("?")) return null;
        }
        return null;
    }

    /** Quoted words rather than a quoted name: four words or more, or no closing mark in the paragraph. */
    private boolean quotation(int q) {
        if (q > 0 && (t.norm(q - 1).equals("ل") || t.norm(q - 1).equals("لـ"))) return false;
        int close = t.closing(q);
        return close < 0 || close - q > 4;
    }

    /** مشيراً إلى أن … : a new statement of the clause's speaker, right after a comma or a closing quote mark. */
    private Frame participle(int i, QuoteLexicon.CueWord cue) {
        for (int j = i + 1; j < Math.min(t.sentenceEnd(i), i + 3); j++) {
            if (t.complementizer(j)) return indirect(i, cue, j);
            if (t.norm(j).equals(":")) return colon(i, cue, j);
            if (!PREPOSITIONS.contains(t.norm(j))) return null;
        }
        return null;
    }

    /** … بحسب الوزارة / وفقاً لمصدر مطلع / نقلاً عن مسؤول: the source after the cue, the statement before it. */
    private Frame attribution(int i, QuoteLexicon.CueWord cue) {
        int end = t.sentenceEnd(i);
        int s = i + 1;
        String bare = QuoteLexicon.bare(t.get(i));
        if (bare.equals("نقلا") && t.norm(s).equals("عن")) s++;
        boolean what = t.norm(s).equals("ما") || t.norm(s).equals("لما");
        if (what) s += 2; // بحسب ما ذكرته الوزارة: the verb after ما, then the source
        if (bare.endsWith("ما")) { // حسبما ذكرت السلطات: ما written onto the cue
            what = true;
            s++;
        }
        if (s >= end) return null;
        int to = s;
        while (to < end && to < s + 8 && !t.punctuation(to) && !t.complementizer(to)
                && !(to > s && t.is(to, "function"))) to++;
        if (to == s) return null;
        boolean speakerLike = what || bare.equals("نقلا") || t.is(s, "role") || t.is(s, "institution")
                || t.is(s, "group") || t.is(s, "anonymous") || t.is(s, "outlet-head")
                || t.is(s, "title");
        if (!speakerLike) return null;
        int first = t.sentenceStart(i);
        while (first < i && (t.punctuation(first) || t.norm(first).equals("و"))) first++;
        if (first == i) { // بحسب الوزارة، فإن …: the statement follows the source
            int c = to;
            while (c < end && !t.comma(c)) c++;
            return c + 1 < end ? content(i, cue, s, to, -1, -1, null, c + 1, end, false) : null;
        }
        return content(i, cue, s, to, -1, -1, null, first, i, false);
    }

    /** "…"، قال الوزير: a quotation with its cue after it. */
    private Frame quoteThenCue(int q) {
        if (!t.opens(q)) return null;
        int close = t.closing(q);
        if (close < 0 || close - q < 4) return null;
        int k = close + 1;
        while (k < t.size() && (t.comma(k) || t.norm(k).equals("-"))) k++;
        if (k >= t.size()) return null;
        QuoteLexicon.CueWord cue = t.cue(k);
        if (cue == null || cue.kind() == CueKind.PARTICIPLE) return null;
        int s = k + 1;
        if (cue.kind() == CueKind.ATTRIBUTION) {
            if (QuoteLexicon.bare(t.get(k)).equals("نقلا") && t.norm(s).equals("عن")) s++;
        }
        int to = s;
        int end = t.sentenceEnd(Math.min(k, t.size() - 1));
        while (to < end && !t.punctuation(to) && !t.is(to, "function") && !t.complementizer(to)) to++;
        return new Frame(k, cue, s, to, -1, -1, null, t.get(q + 1).start(), t.get(close - 1).end(), true);
    }

    /** The content after إن / أن at j; the subject, apposition and outlet between the cue and j. */
    private Frame indirect(int i, QuoteLexicon.CueWord cue, int j) {
        int from = t.complementizerWithPronoun(j) ? j : j + 1;
        if (from >= t.size()) return null;
        int to = contentEnd(from);
        int regionEnd = j;
        if (regionEnd - 1 > i && PREPOSITIONS.contains(t.norm(regionEnd - 1))) regionEnd--;
        return region(i, cue, regionEnd, from, to, t.opens(from) && t.closing(from) == to);
    }

    /** The content after a colon at j: quoted words, or إن / أن, or plain words to the sentence's end. */
    private Frame colon(int i, QuoteLexicon.CueWord cue, int j) {
        int k = j + 1;
        if (k >= t.size()) return null;
        if (t.quoteMark(k)) return quoted(i, cue, i + 1, j, k); // after a colon even » opens (»…»)
        if (t.complementizer(k)) return indirect(i, cue, k);
        int to = t.paragraphEnd(k); // words after a colon run on to the paragraph's end, or the next cue
        return to > k ? region(i, cue, j, k, to, true) : null;
    }

    /** Quoted words opening at q, the subject region being [regionFrom, regionEnd). */
    private Frame quoted(int i, QuoteLexicon.CueWord cue, int regionFrom, int regionEnd, int q) {
        int close = t.closing(q);
        int to = close < 0 ? t.sentenceEnd(q + 1 < t.size() ? q + 1 : q) : close; // never closed: to the sentence end
        if (to <= q + 1) return null;
        return region(i, cue, regionEnd, q + 1, to, true);
    }

    /** One past the content's last token: the sentence's end (a later cue inside cuts it, see cutBefore). */
    private int contentEnd(int from) {
        int end = t.sentenceEnd(from);
        int open = -1;
        for (int k = from; k < end; k++) {
            if (t.quoteMark(k)) open = open < 0 && t.opens(k) ? k : -1;
        }
        if (open >= 0) { // a quotation opened and the sentence splitter cut it: run to its closing mark
            int close = t.closing(open);
            if (close > end) return close + 1;
        }
        return end;
    }

    /** Splits the tokens between cue and content into subject, apposition and outlet; trims the content. */
    private Frame region(int i, QuoteLexicon.CueWord cue, int regionEnd, int from, int to, boolean direct) {
        int s = i + 1;
        String outlet = outlets.named(i + 1, regionEnd);
        if (QuoteLexicon.bare(t.get(i)).startsWith("نقل")) { // نقلت الوكالة عن الوزير قوله إن: the outlet, then the speaker
            for (int k = s; k < regionEnd; k++) {
                if (t.norm(k).equals("عن") && k > s) {
                    outlet = t.text(s, k);
                    s = k + 1;
                    break;
                }
            }
        }
        while (s < regionEnd && (ADVERBS.contains(t.norm(s)) || t.comma(s))) s++;
        int e = s;
        boolean role = s < regionEnd && (t.is(s, "role") || t.is(s, "title")
                || t.is(s, "institution") || t.is(s, "group") || t.is(s, "anonymous"));
        while (e < regionEnd && !subjectStop(e, role)) e = skipQuotedName(e) + 1;
        if (e > regionEnd) e = regionEnd;
        int appFrom = -1;
        int appTo = -1;
        if (e < regionEnd && t.comma(e) && e > s) {
            int a = e + 1;
            int b = a;
            while (b < regionEnd && !t.comma(b) && !outletStart(b)) b++;
            if (b > a && !t.is(a, "function")) {
                appFrom = a;
                appTo = b;
            }
        }
        if (e == s && !t.conjoined(i) && cue.kind() == CueKind.VERB) { // المرصد قال إن: a subject before its verb
            int b = i;
            while (b > t.sentenceStart(i) && i - b < 6 && t.get(b - 1).isWord() && !JOINERS.contains(t.norm(b - 1))
                    && t.cue(b - 1) == null && !t.is(b - 1, "function")) b--;
            if (b < i && !t.is(b, "function")) return content(i, cue, b, i, -1, -1, outlet, from, to, direct);
        }
        return content(i, cue, s, e, appFrom, appTo, outlet, from, to, direct);
    }

    /** A quoted name inside a subject (مدير الإعلام في "عكاظ" محمد سمان): its closing mark, else k itself. */
    private int skipQuotedName(int k) {
        if (!t.opens(k)) return k;
        int close = t.closing(k);
        return close > k && close - k <= 4 ? close : k;
    }

    private Frame content(int i, QuoteLexicon.CueWord cue, int s, int e, int appFrom, int appTo, String outlet,
            int from, int to, boolean direct) {
        while (to > from && t.punctuation(to - 1)) to--;
        while (from < to && t.punctuation(from)) from++;
        if (to <= from) return null;
        return new Frame(i, cue, s, e, appFrom, appTo, outlet, t.get(from).start(), t.get(to - 1).end(), direct);
    }

    /** Prepositions a role runs on through (المشرف على المسابقة، الخبير في الشؤون، المتحدث باسم الوزارة). */
    private static final Set<String> ROLE_PREPOSITIONS = Set.of("في", "ب", "عن", "علي", "الي", "من", "ل", "لدي");

    /** Where the subject phrase ends: punctuation, a preposition phrase that is not part of a role, an outlet. */
    private boolean subjectStop(int k, boolean role) {
        if (t.opens(k) && skipQuotedName(k) > k) return false;
        if (t.punctuation(k) || t.complementizer(k) || outletStart(k)) return true;
        String n = t.norm(k);
        if (ROLE_PREPOSITIONS.contains(n)) return !role || outletStart(k + 1) || t.complementizer(k + 1);
        if (ADVERBS.contains(n) || n.equals("خلال") || n.equals("عبر")) return true;
        return t.is(k, "function") && !n.equals("بين") || t.cue(k) != null;
    }

    private boolean outletStart(int k) {
        return outlets.starts(k);
    }
}
