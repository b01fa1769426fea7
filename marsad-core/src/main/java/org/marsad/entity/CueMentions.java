package org.marsad.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Token;

/**
 * Names found by their cues, for use until (and beside) a trained tagger:
 * <ul>
 *   <li>a person after a title run (الرئيس الروسي فلاديمير بوتين, الأمير تركي الفيصل);</li>
 *   <li>a person of two or more words after a speech verb (قال سمير أيوب،);</li>
 *   <li>a person whose name starts with a common given name and goes on like a name (بن, a nisba: سالم الدوسري);</li>
 *   <li>an organization: a head word and the definite words after it (وزارة الصحة, هيئة الاتصالات وتقنية
 *   المعلومات).</li>
 * </ul>
 * Precision first: names run over adjacent words only and stop at function words. Thread-safe.
 */
public final class CueMentions implements MentionSource {
    private static final int MAX_NAME_WORDS = 7;
    private static final int MAX_ORG_WORDS = 8;
    /** Titles that name a founder inside an organization's or place's name (مركز الملك سلمان). */
    private static final Set<String> ROYAL = Set.of("الملك", "الامير", "الشيخ", "السلطان", "الامام");
    /** Heads of place names, read like organization heads (مطار أبها الإقليمي, سوق عكاظ). */
    private static final Set<String> PLACE_HEADS = Set.of("مطار", "ميناء", "ملعب", "حديقه", "قاعده", "سوق", "جسر");
    private final Gazetteer gazetteer;
    private final GazetteerMentions known;

    public CueMentions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.known = new GazetteerMentions(gazetteer);
    }

    @Override
    public List<Mention> mentions(AnalyzedText text) {
        List<Token> tokens = text.tokens();
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = tokens.get(i).isWord() ? matchAt(text, i, out) : -1;
            i = end > i ? end : i + 1;
        }
        return out;
    }

    /** Adds the mention starting at token {@code i} (if any) and returns the token index after it, else -1. */
    private int matchAt(AnalyzedText text, int i, List<Mention> out) {
        List<Token> tokens = text.tokens();
        String b = TokenForms.bare(tokens.get(i));
        boolean place = PLACE_HEADS.contains(b);
        if (place || CueWords.ORG_HEADS.contains(b)) {
            int last = orgEnd(text, i);
            if (last > i) return add(text, i, last, place ? EntityType.LOCATION : EntityType.ORGANIZATION, out);
        }
        if (CueWords.TITLES.contains(b)) {
            int j = i + 1;
            while (j < tokens.size() && j - i < Roles.MAX_WORDS && tokens.get(j).isWord()
                    && TokenForms.adjacent(text, tokens.get(j - 1), tokens.get(j))
                    && isDescriptor(TokenForms.bare(tokens.get(j)))) {
                j++;
            }
            if (j < tokens.size() && CueWords.ORG_HEADS.contains(TokenForms.bare(tokens.get(j)))) {
                return j; // قائد قوات الطوارئ: a body follows the title, not a person
            }
            int last = nameEnd(text, j, true);
            return last >= j ? add(text, j, last, EntityType.PERSON, out) : j;
        }
        if (CueWords.VERBS.contains(b) && i + 1 < tokens.size()) {
            int last = nameEnd(text, i + 1, true);
            if (last > i + 1 && boundaryAfter(text, last)) return add(text, i + 1, last, EntityType.PERSON, out);
        }
        if (CueWords.GIVEN_NAMES.contains(b)) {
            int last = nameEnd(text, i, false);
            if (last > i) return add(text, i, last, EntityType.PERSON, out);
        }
        return -1;
    }

    /** Title words and definite adjectives between a title and the name (الرئيس الروسي, الملك الراحل). */
    private static boolean isDescriptor(String bare) {
        return CueWords.TITLES.contains(bare) || TokenForms.definite(bare) && !CueWords.FUNCTION_WORDS.contains(bare);
    }

    /**
     * The last token of a person's name starting at {@code i}, or -1. With a cue the first word may be any
     * non-definite word; without one it must be a given name and a second name word must follow.
     */
    private int nameEnd(AnalyzedText text, int i, boolean cued) {
        List<Token> tokens = text.tokens();
        if (i >= tokens.size() || !tokens.get(i).isWord()) return -1;
        String first = TokenForms.bare(tokens.get(i));
        if (!startsName(first, cued) || knownPlaceOrBody(text, i)) return -1;
        boolean given = CueWords.GIVEN_NAMES.contains(first);
        int last = i;
        for (int j = i + 1; j < tokens.size() && j - i < MAX_NAME_WORDS; j++) {
            Token t = tokens.get(j);
            if (!t.isWord() || !TokenForms.adjacent(text, tokens.get(j - 1), t)) break;
            String w = t.normalized();
            boolean afterLink = CueWords.NAME_LINKS.contains(tokens.get(j - 1).normalized());
            if (!afterLink && !nameWord(text, i, j, w, given)) break;
            if (!CueWords.NAME_LINKS.contains(w)) last = j;
        }
        if (given) return cued || last > i ? last : -1;
        return cued && last > i ? last : -1; // an unknown first word needs a name after it (… بن …, a nisba)
    }

    /**
     * Whether token {@code j} (SEARCH form {@code w}) goes on a name: a link (بن، آل، أبو), a given name, a nisba
     * (الدوسري, كريري), a word before a definite nisba (قرار الحربي) or, right after a given name, a word before
     * a boundary (سمير أيوب،). Words with a proclitic (ومساعد، بالمشاركة), function words, titles and verbs end it.
     */
    private boolean nameWord(AnalyzedText text, int first, int j, String w, boolean given) {
        Token t = text.tokens().get(j);
        if (CueWords.GIVEN_NAMES.contains(w) || CueWords.NAME_LINKS.contains(w)) return true;
        if (TokenForms.bareStart(t) != t.start() || CueWords.FUNCTION_WORDS.contains(w) || CueWords.TITLES.contains(w)
                || CueWords.VERBS.contains(w) || CueWords.AGENT_NOUNS.contains(w)) {
            return false;
        }
        GazetteerEntry e = gazetteer.lookupSearch(w);
        if (e != null && e.type() != EntityType.PERSON) return false; // a known place or body ends the name
        if (nisba(w)) return true;
        List<Token> tokens = text.tokens();
        boolean beforeNisba = !TokenForms.definite(w) && j + 1 < tokens.size() && tokens.get(j + 1).isWord()
                && TokenForms.adjacent(text, t, tokens.get(j + 1))
                && TokenForms.definite(tokens.get(j + 1).normalized())
                && nisba(tokens.get(j + 1).normalized());
        return given && (beforeNisba || j == first + 1 && boundaryAfter(text, j));
    }

    /** A family name of the nisba form: الدوسري, القحطاني, كريري (but not the verbs يقضي, تأتي). */
    private static boolean nisba(String w) {
        if (w.length() < 4 || !w.endsWith("ي")) return false;
        return TokenForms.definite(w) || !(w.startsWith("ي") || w.startsWith("ت") || w.startsWith("ن"));
    }

    /** Whether a known place or organization starts at token {@code i} (كوريا الشمالية is nobody's name). */
    private boolean knownPlaceOrBody(AnalyzedText text, int i) {
        Mention m = known.longestAt(text, i);
        return m != null && m.type() != EntityType.PERSON;
    }

    private static boolean startsName(String w, boolean cued) {
        if (w.length() < 2 || CueWords.FUNCTION_WORDS.contains(w) || CueWords.TITLES.contains(w)
                || CueWords.VERBS.contains(w) || CueWords.NAME_LINKS.contains(w)) {
            return false;
        }
        return CueWords.GIVEN_NAMES.contains(w) || cued && !TokenForms.definite(w);
    }

    /** Whether the name ending at token {@code last} is followed by a boundary: punctuation, a title, أن, the end. */
    private static boolean boundaryAfter(AnalyzedText text, int last) {
        List<Token> tokens = text.tokens();
        if (last + 1 >= tokens.size()) return true;
        Token next = tokens.get(last + 1);
        if (!next.isWord() || !TokenForms.adjacent(text, tokens.get(last), next)) return true;
        String w = next.normalized();
        return CueWords.TITLES.contains(w) || CueWords.FUNCTION_WORDS.contains(w) || CueWords.VERBS.contains(w)
                || TokenForms.bareStart(next) != next.start() && CueWords.GIVEN_NAMES.contains(TokenForms.bare(next));
    }

    /** The last token of an organization's name whose head is token {@code i}, or {@code i} for none. */
    private int orgEnd(AnalyzedText text, int i) {
        List<Token> tokens = text.tokens();
        int last = i;
        for (int j = i + 1; j < tokens.size() && j - i < MAX_ORG_WORDS; j++) {
            Token t = tokens.get(j);
            if (!t.isWord() || !TokenForms.adjacent(text, tokens.get(j - 1), t)) break;
            String w = t.normalized();
            String b = TokenForms.bare(t);
            if (CueWords.FUNCTION_WORDS.contains(w) || CueWords.FUNCTION_WORDS.contains(b)) break;
            boolean royal = j > i + 1 && ROYAL.contains(tokens.get(j - 1).normalized());
            boolean titleOrName = CueWords.TITLES.contains(w) && !ROYAL.contains(w) || CueWords.GIVEN_NAMES.contains(w);
            if (!royal && titleOrName) break;
            boolean withArticle = w.startsWith("لل") || w.startsWith("وال");
            if (TokenForms.hasPreposition(t) && !withArticle) break; // بمنطقة, لوثيقة end the name; وتقنية goes on
            boolean definite = TokenForms.definite(w) || withArticle || royal;
            boolean construct = !definite && j + 1 < tokens.size() && tokens.get(j + 1).isWord()
                    && TokenForms.adjacent(text, t, tokens.get(j + 1))
                    && (TokenForms.definite(tokens.get(j + 1).normalized())
                            || tokens.get(j + 1).normalized().startsWith("لل"));
            boolean place = j == i + 1 && gazetteer.lookupSearch(w) != null;
            if (j == i + 1 && knownPlaceAfterGeneric(text, j)) return j + 1; // إمارة منطقة عسير
            if (!(definite || construct || place)) break;
            last = j;
        }
        return last;
    }

    /** Whether token {@code j} is a generic place word (منطقة, محافظة) right before a known place (عسير). */
    private boolean knownPlaceAfterGeneric(AnalyzedText text, int j) {
        List<Token> tokens = text.tokens();
        if (j + 1 >= tokens.size() || !MentionEdges.PLACE_WORDS.contains(tokens.get(j).normalized())) return false;
        Token next = tokens.get(j + 1);
        if (!next.isWord() || !TokenForms.adjacent(text, tokens.get(j), next)) return false;
        GazetteerEntry e = gazetteer.lookupSearch(next.normalized());
        return e != null && e.type() == EntityType.LOCATION;
    }

    private static int add(AnalyzedText text, int first, int last, EntityType type, List<Mention> out) {
        List<Token> tokens = text.tokens();
        int start = TokenForms.bareStart(tokens.get(first));
        int end = tokens.get(last).end();
        out.add(new Mention(text.text().substring(start, end), start, end, type));
        return last + 1;
    }
}
