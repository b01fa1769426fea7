package org.marsad.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.text.ArabicText;
import org.marsad.text.NormalizationProfile;
import org.marsad.text.SegmentKind;
import org.marsad.text.Token;

/**
 * The words reported speech is read by, from {@code quote-lexicon.txt} beside this class: cue verbs in every person,
 * circumstantial participles, attributions, titles, role nouns, institutions, groups, anonymous sources and outlet
 * nouns. Every entry is folded with the SEARCH profile, so lookups take a token's normalized form. Loaded once;
 * immutable and thread-safe.
 */
final class QuoteLexicon {
    /** The person of each form on a [cue] line, in order (declared before INSTANCE: the loader reads it). */
    private static final Agreement[] VERB_ORDER = {Agreement.MASCULINE, Agreement.FEMININE, Agreement.PLURAL,
        Agreement.MASCULINE, Agreement.FEMININE, Agreement.PLURAL};
    /** The one shared instance. */
    static final QuoteLexicon INSTANCE = load("quote-lexicon.txt");

    /** A cue word: its grammatical person and, for verbs, the preposition it takes before أن. */
    record CueWord(CueKind kind, Agreement agreement, String preposition, boolean ambiguous) {}

    private final Map<String, CueWord> cues;
    private final Map<String, Set<String>> sections;

    private QuoteLexicon(Map<String, CueWord> cues, Map<String, Set<String>> sections) {
        this.cues = Map.copyOf(cues);
        Map<String, Set<String>> copy = new HashMap<>();
        sections.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        this.sections = Map.copyOf(copy);
    }

    /** The cue a token is (قال، وأضافت، مشيراً، بحسب), ignoring a leading و or ف; null when it is none. */
    CueWord cue(Token t) {
        if (!t.isWord()) return null;
        CueWord c = cues.get(t.normalized());
        return c != null ? c : cues.get(bare(t));
    }

    /** Whether the token, without a leading و or ف, is listed in {@code section} (title, role, group …). */
    boolean is(String section, Token t) {
        if (!t.isWord()) return false;
        Set<String> words = sections.getOrDefault(section, Set.of());
        return words.contains(t.normalized()) || words.contains(bare(t));
    }

    /** Whether the folded phrase is listed in {@code section}. */
    boolean has(String section, String folded) {
        return sections.getOrDefault(section, Set.of()).contains(folded);
    }

    /** The token's normalized form without a leading conjunction و or ف (وأضاف → اضاف). */
    static String bare(Token t) {
        String n = t.normalized();
        if (t.segments().size() > 1 && t.segments().get(0).kind() == SegmentKind.CONJUNCTION) {
            int cut = t.segments().get(0).normalized().length();
            if (cut < n.length()) return n.substring(cut);
        }
        if (n.length() > 3 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف')) return n.substring(1);
        return n;
    }

    /** Folds a lexicon entry the way tokens are folded. */
    static String fold(String s) {
        return ArabicText.normalize(s.strip(), NormalizationProfile.SEARCH);
    }

    private static QuoteLexicon load(String name) {
        Map<String, CueWord> cues = new HashMap<>();
        Map<String, Set<String>> sections = new HashMap<>();
        try (InputStream in = QuoteLexicon.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = null;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                if (line.startsWith("[")) {
                    section = line.substring(1, line.length() - 1);
                } else if ("cue".equals(section)) {
                    addVerb(cues, line);
                } else if ("participle".equals(section)) {
                    addForms(cues, line, CueKind.PARTICIPLE);
                } else if ("attribution".equals(section)) {
                    cues.put(fold(line), new CueWord(CueKind.ATTRIBUTION, Agreement.ANY, null, false));
                } else if (section != null) {
                    sections.computeIfAbsent(section, k -> new HashSet<>()).add(fold(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return new QuoteLexicon(cues, sections);
    }

    private static void addVerb(Map<String, CueWord> cues, String line) {
        String preposition = null;
        int slash = line.indexOf('/');
        if (slash >= 0) {
            preposition = fold(line.substring(slash + 1));
            line = line.substring(0, slash);
        }
        boolean ambiguous = line.startsWith("!");
        List<String> forms = List.of(line.replace("!", "").strip().split("\\s+"));
        for (int i = 0; i < forms.size() && i < VERB_ORDER.length; i++) {
            if (!forms.get(i).equals("-")) {
                cues.putIfAbsent(fold(forms.get(i)), new CueWord(CueKind.VERB, VERB_ORDER[i], preposition, ambiguous));
            }
        }
    }

    private static void addForms(Map<String, CueWord> cues, String line, CueKind kind) {
        String[] forms = line.split("\\s+");
        Agreement[] order = {Agreement.MASCULINE, Agreement.FEMININE, Agreement.PLURAL};
        for (int i = 0; i < forms.length && i < order.length; i++) {
            cues.putIfAbsent(fold(forms[i]), new CueWord(kind, order[i], null, false));
        }
    }
}
