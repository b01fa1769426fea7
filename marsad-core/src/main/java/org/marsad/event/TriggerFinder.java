package org.marsad.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the triggers of one sentence. Rules, in order:
 * <ul>
 *   <li>A word is read with its clitics peeled letter by letter ({@link WordForms}), fewest peeled first; the
 *       first reading the lexicon knows decides (وقع is read whole before و + قع).</li>
 *   <li>A verb form is not read with ال or a preposition peeled (الهاجم is no verb), nor right after a preposition
 *       (في دعم is the noun); a noun is not read with the future س peeled.</li>
 *   <li>A verbal noun right after an institution noun is part of a name, not an event (هيئة الإغاثة).</li>
 *   <li>A word ending in ة is not read with the pronoun ه peeled (وزارة is no زار + ه, القتلة no قتل + ه).</li>
 *   <li>Context: {@code notprev}, {@code notnext} and {@code near} options of the line must hold.</li>
 *   <li>A phrase needs each further component within {@link #WINDOW} words of the one before, in order, without
 *       crossing punctuation (فرضت الولايات المتحدة عقوبات).</li>
 *   <li>Phrases claim their words first, longer phrases before shorter; a single word already claimed is skipped
 *       (أطلق سراح is CONCEDE, never also an ASSAULT by أطلق).</li>
 *   <li>A soft verbal noun that is the topic of talks is no event ({@link ModeRules#topic}).</li>
 *   <li>A verbal noun that licensed a verb of its type through {@code near} is that verb's event (وقع اتفاقا).</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class TriggerFinder {
    static final int WINDOW = 4;
    private static final int NEAR = 5;

    /** Prepositions standing alone: a verb never follows one directly. */
    private static final Set<String> PREPOSITIONS = Phrases.norms("في", "على", "إلى", "من", "عن", "مع", "ضد", "خلال",
            "حول", "بين", "إثر", "عقب", "جراء", "بسبب", "لدى", "عند", "نحو", "تجاه");

    /** Institution nouns: a verbal noun right after one is part of a name (هيئة الإغاثة، مجلس التعاون). */
    private static final Set<String> INSTITUTIONS = Phrases.norms("هيئة", "منظمة", "مجلس", "وكالة", "لجنة", "جمعية",
            "صندوق", "مؤسسة");

    private final TriggerLexicon lexicon;

    TriggerFinder(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The triggers of a sentence's words, in text order. */
    List<TriggerHit> find(List<Word> words) {
        List<TriggerHit> candidates = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            for (WordForms.Reading r : w.readings()) {
                List<TriggerHit> here = new ArrayList<>();
                for (TriggerLexicon.Entry e : lexicon.entries(r.form())) {
                    TriggerHit hit = match(words, i, r, e);
                    if (hit != null) here.add(hit);
                }
                if (!here.isEmpty()) {
                    candidates.addAll(here);
                    break;
                }
            }
        }
        candidates.sort(Comparator.comparingInt((TriggerHit h) -> -h.parts().size()).thenComparingInt(TriggerHit::head));
        Set<Integer> claimed = new HashSet<>();
        List<TriggerHit> out = new ArrayList<>();
        for (TriggerHit h : candidates) {
            if (h.parts().stream().anyMatch(claimed::contains)) continue;
            claimed.addAll(h.parts());
            if (!ModeRules.topic(words, h)) out.add(h);
        }
        out.removeIf(n -> nearWordOf(words, n, out));
        out.sort(Comparator.comparingInt(TriggerHit::head));
        return out;
    }

    private static TriggerHit match(List<Word> words, int i, WordForms.Reading r, TriggerLexicon.Entry e) {
        boolean verbal = e.pos() == TriggerLexicon.Pos.VERB;
        if (r.pronoun() && words.get(i).taMarbuta()) return null;
        if (e.pos() == TriggerLexicon.Pos.NOUN && i > 0 && words.get(i - 1).readsAs(INSTITUTIONS)) return null;
        if (verbal && (r.article() || r.preposition())) return null;
        if (verbal && i > 0 && PREPOSITIONS.contains(words.get(i - 1).norm())) return null; // في دعم: a noun
        if (!verbal && e.pos() != TriggerLexicon.Pos.PHRASE && r.future()) return null;
        if (r.article() && r.future()) return null;
        if (!e.notPrev().isEmpty() && i > 0 && words.get(i - 1).readsAs(e.notPrev())) return null;
        if (!e.notNext().isEmpty() && i + 1 < words.size() && words.get(i + 1).readsAs(e.notNext())) return null;
        if (!e.near().isEmpty() && !near(words, i, e)) return null;
        List<Integer> parts = new ArrayList<>();
        parts.add(i);
        int at = i;
        for (Set<String> component : e.rest()) {
            int found = -1;
            for (int j = at + 1; j < words.size() && j <= at + WINDOW; j++) {
                Word w = words.get(j);
                if (w.isPunctuation()) break;
                if (w.readsAs(component)) {
                    found = j;
                    break;
                }
            }
            if (found < 0) return null;
            parts.add(found);
            at = found;
        }
        boolean imperfect = !r.article() && r.form().length() > 3 && "يتن".indexOf(r.form().charAt(0)) >= 0;
        return new TriggerHit(e, i, parts, r.future(), imperfect);
    }

    /** Whether noun hit {@code n} is a word of a verb hit's {@code near} set later in its clause (وقع … اتفاقا). */
    private static boolean nearWordOf(List<Word> words, TriggerHit n, List<TriggerHit> hits) {
        if (n.entry().pos() != TriggerLexicon.Pos.NOUN) return false;
        for (TriggerHit v : hits) {
            if (v.entry().near().isEmpty() || !v.type().equals(n.type())) continue;
            if (n.head() <= v.head() || !words.get(n.head()).readsAs(v.entry().near())) continue;
            boolean clause = true; // the verb's own clause: no punctuation between
            for (int j = v.head() + 1; j < n.head() && clause; j++) clause = !words.get(j).isPunctuation();
            if (clause) return true;
        }
        return false;
    }

    private static boolean near(List<Word> words, int i, TriggerLexicon.Entry e) {
        for (int j = i + 1; j < words.size() && j <= i + NEAR; j++) {
            if (words.get(j).readsAs(e.near())) return true;
        }
        return false;
    }
}
