package org.marsad.quote;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Entity;
import org.marsad.model.Mention;
import org.marsad.model.Speaker;

/**
 * Resolves the speaker of each statement of one article, in body order, with ordered sieves, the most precise
 * first (the idea of CoreNLP's quote attribution). Each quote records the sieve that decided:
 * <ol>
 *   <li>{@code name}: a full name in the clause (قال سمير أيوب إن); {@code name+apposition} when a role follows
 *       between commas; {@code role+name} when the role comes first (وزير الخارجية عادل الجبير).</li>
 *   <li>{@code surname}: one name word pointing back to the full name met earlier (وأكد أيوب).</li>
 *   <li>{@code role-back}: a role noun pointing back to the person who carries it, spelling slips forgiven
 *       (وأشار المحلل السياسي؛ أستاذ العلوم السياسة).</li>
 *   <li>{@code participle}: a participle continuing its clause's speaker (، مشيراً إلى أن).</li>
 *   <li>{@code continuation}: a bare verb continuing the last speaker of its gender (وأضاف / وأضافت).</li>
 *   <li>{@code clause-subject}: a feminine or plural bare cue with nobody of its gender met: the institution or
 *       group its clause is about (وطلبت الوزارة …، مبينة أن).</li>
 *   <li>{@code group}, {@code institution}, {@code anonymous}: sources that are not one named person.</li>
 *   <li>{@code role}: a role nobody earlier carries, kept as the description.</li>
 * </ol>
 * One instance per article (it remembers the speakers met so far); not thread-safe.
 */
final class SpeakerSieves {
    /** A speaker met so far, with the gender its cue showed and the frame it spoke in. */
    private record Met(Speaker speaker, Agreement gender, int sentenceStart, Frame frame) {}

    /** How far back (in tokens) a surname or a role noun is looked for in the text: a few paragraphs. */
    private static final int BACK = 400;

    private final Tokens t;
    private final QuoteLexicon lex;
    private final List<Entity> entities;
    private final List<Met> met = new ArrayList<>();

    SpeakerSieves(Tokens tokens, QuoteLexicon lex, List<Entity> entities) {
        this.t = tokens;
        this.lex = lex;
        this.entities = entities;
    }

    /** The speaker of {@code f} and the sieve that chose it. */
    Decision resolve(Frame f) {
        Subject s = Subject.of(f, t, lex);
        Decision d = decide(f, s);
        Agreement g = f.cue().agreement();
        if (d.speaker().kind() == Speaker.Kind.PERSON && s.hasRole() && feminine(s.roleFrom())) g = Agreement.FEMININE;
        if (d.speaker().kind() != Speaker.Kind.UNKNOWN) met.add(new Met(d.speaker(), g, t.sentenceStart(f.cueToken()), f));
        return d;
    }

    /** A speaker and the name of the sieve that chose it. */
    record Decision(Speaker speaker, String rule) {}

    private Decision decide(Frame f, Subject s) {
        if (s.named() && !met.isEmpty() && sameSource(s)) return new Decision(met.get(met.size() - 1).speaker(), "same-source");
        switch (s.kind()) {
            case ANONYMOUS, GROUP, INSTITUTION -> {
                return new Decision(link(new Speaker(t.text(s.nameFrom(), s.nameTo()), null, role(s), s.kind()),
                        s.nameFrom(), s.nameTo()), s.kind().name().toLowerCase(java.util.Locale.ROOT));
            }
            case UNKNOWN -> {
                return continuing(f);
            }
            default -> { }
        }
        if (!s.named()) return roleBack(f, s);
        String role = role(s);
        if (s.nameTo() - s.nameFrom() == 1) {
            Decision back = surname(f, s, role);
            if (back != null) return back;
        }
        String rule = s.apposition() ? "name+apposition" : s.hasRole() ? "role+name" : "name";
        Speaker named = link(new Speaker(t.text(s.nameFrom(), s.nameTo()), null, role, Speaker.Kind.PERSON),
                s.nameFrom(), s.nameTo());
        for (int i = met.size() - 1; i >= 0 && role == null; i--) { // the same person again: keep the role met
            Speaker p = met.get(i).speaker();
            if (p.name() != null && p.name().equals(named.name())) return new Decision(p, rule);
        }
        return new Decision(named, rule);
    }

    /** المصدر نفسه، المصدر ذاته: the source just quoted. */
    private boolean sameSource(Subject s) {
        for (int k = s.nameFrom(); k < s.nameTo(); k++) {
            String n = t.norm(k);
            if (n.equals("نفسه") || n.equals("ذاته") || n.equals("نفسها") || n.equals("ذاتها")) return true;
        }
        return false;
    }

    /** وأكد أيوب: the earlier speaker, or the earlier full name in the text, ending with this word. */
    private Decision surname(Frame f, Subject s, String role) {
        String key = key(s.nameFrom());
        for (int i = met.size() - 1; i >= 0; i--) {
            Speaker p = met.get(i).speaker();
            if (p.kind() == Speaker.Kind.PERSON && p.name() != null && words(p.name()).contains(key)) {
                return new Decision(p.role() == null && role != null ? withRole(p, role) : p, "surname");
            }
        }
        for (int k = s.nameFrom() - 1; k > 0 && k > s.nameFrom() - BACK; k--) {
            if (!key(k).equals(key)) continue;
            int from = k;
            while (from > 0 && k - from < 3 && nameWord(from - 1) && !t.definite(from - 1)) from--;
            if (from < k) {
                Speaker p = link(new Speaker(t.text(from, k + 1), null, role, Speaker.Kind.PERSON), from, k + 1);
                return new Decision(p, "surname");
            }
        }
        return null;
    }

    /** وأشار المحلل السياسي: the earlier speaker, or the earlier named person, carrying this role. */
    private Decision roleBack(Frame f, Subject s) {
        List<String> phrase = new ArrayList<>();
        for (int k = s.roleFrom(); k < s.roleTo(); k++) if (!t.is(k, "function")) phrase.add(key(k));
        for (int i = met.size() - 1; i >= 0; i--) {
            Speaker p = met.get(i).speaker();
            if (p.kind() == Speaker.Kind.PERSON && p.role() != null && RoleMatch.matches(phrase, words(p.role()))) {
                return new Decision(p, "role-back");
            }
        }
        String head = phrase.isEmpty() ? "" : phrase.get(0);
        for (int k = s.roleFrom() - 1; k >= 0 && k > s.roleFrom() - BACK && !head.isEmpty(); k--) {
            if (!key(k).equals(head)) continue;
            int name = k + 1;
            while (name < t.size() && name < k + 8 && !(nameWord(name) && !t.definite(name)) && !t.punctuation(name)) name++;
            int end = name;
            while (end < t.size() && end < name + 4 && nameWord(end)) end++;
            if (end - name >= 2) {
                Speaker p = link(new Speaker(t.text(name, end), null, t.text(k, name), Speaker.Kind.PERSON), name, end);
                return new Decision(p, "role-back");
            }
        }
        String role = t.text(s.roleFrom(), s.roleTo());
        return new Decision(link(new Speaker(role, null, role, Speaker.Kind.PERSON), s.roleFrom(), s.roleTo()), "role");
    }

    /** وأضاف أن / مشيراً إلى أن: the clause's speaker, else the last speaker of the cue's gender. */
    private Decision continuing(Frame f) {
        if (f.cue().kind() == CueKind.PARTICIPLE && !met.isEmpty()) {
            Met last = met.get(met.size() - 1);
            if (last.sentenceStart() == t.sentenceStart(f.cueToken())) return new Decision(last.speaker(), "participle");
        }
        Agreement want = f.cue().agreement();
        for (int i = met.size() - 1; i >= 0; i--) {
            Met m = met.get(i);
            if (agrees(want, m)) {
                return new Decision(m.speaker(), f.cue().kind() == CueKind.PARTICIPLE ? "participle" : "continuation");
            }
        }
        if (want == Agreement.FEMININE || want == Agreement.PLURAL) {
            Decision body = clauseSubject(f);
            if (body != null) return body;
        }
        return new Decision(new Speaker(null, null, null, Speaker.Kind.UNKNOWN), "none");
    }

    /**
     * A feminine or plural bare cue with no speaker of its gender yet: the institution or group the clause (or the
     * one before) is about (وطلبت الوزارة من المتقدمين …، مبينة أن).
     */
    private Decision clauseSubject(Frame f) {
        int c = f.cueToken();
        int from = Math.max(0, t.sentenceStart(Math.max(0, t.sentenceStart(c) - 1)));
        for (int k = c - 1; k >= from; k--) {
            boolean institution = t.is(k, "institution");
            if (!institution && !t.is(k, "group")) continue;
            int end = k + 1;
            while (end < c && end < k + 4 && t.definite(end) && !t.prefixed(end)) end++;
            Speaker.Kind kind = institution ? Speaker.Kind.INSTITUTION : Speaker.Kind.GROUP;
            return new Decision(link(new Speaker(t.text(k, end), null, null, kind), k, end), "clause-subject");
        }
        return null;
    }

    /** Whether a bare cue of gender {@code want} can continue speaker {@code m}. */
    private static boolean agrees(Agreement want, Met m) {
        Speaker.Kind k = m.speaker().kind();
        return switch (want) {
            case ANY -> true;
            case MASCULINE -> k == Speaker.Kind.PERSON && m.gender() != Agreement.FEMININE || k == Speaker.Kind.ANONYMOUS;
            case FEMININE -> k == Speaker.Kind.PERSON && m.gender() == Agreement.FEMININE
                    || k == Speaker.Kind.INSTITUTION || k == Speaker.Kind.ANONYMOUS && m.gender() == Agreement.FEMININE;
            case PLURAL -> k == Speaker.Kind.GROUP || k == Speaker.Kind.ANONYMOUS;
        };
    }

    /** The speaker with the canonical name and id of the entity a mention of which overlaps tokens [from, to). */
    private Speaker link(Speaker s, int from, int to) {
        if (entities.isEmpty() || from < 0 || to <= from) return s;
        int start = t.stemStart(from);
        int end = t.get(to - 1).end();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.start() < end && start < m.end()) {
                    Speaker.Kind kind = s.kind() == Speaker.Kind.PERSON && e.type() == org.marsad.model.EntityType.ORGANIZATION
                            ? Speaker.Kind.INSTITUTION : s.kind();
                    return new Speaker(e.name(), e.id(), s.role(), kind);
                }
            }
        }
        return s;
    }

    private String role(Subject s) {
        return s.hasRole() ? t.text(s.roleFrom(), s.roleTo()) : null;
    }

    private boolean feminine(int k) {
        return k >= 0 && t.get(k).normalized().endsWith("ه");
    }

    private static Speaker withRole(Speaker p, String role) {
        return new Speaker(p.name(), p.entity(), role, p.kind());
    }

    /** A token that can be part of a personal name: a word no lexicon knows. */
    private boolean nameWord(int k) {
        var tok = t.get(k);
        return tok.isWord() && !t.prefixed(k) && !t.conjoined(k) && !Subject.known(t, lex, k)
                && t.cue(k) == null && !t.complementizer(k);
    }

    /** A token's comparison key: folded, without و/ف and without ال. */
    private String key(int k) {
        return t.key(k);
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : QuoteLexicon.fold(text).split("[\\s،,]+")) if (!w.isEmpty()) out.add(RoleMatch.key(w));
        return out;
    }
}
