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
    private final int longestCue;
    private final String[] sortedForms;
    private final long[] shapes = new long[(1 << 15) / 64]; // 4 KB: stays in the first-level cache
    private final CueWord[] sortedCues;
    private final Map<String, Integer> bits = new HashMap<>();
    private final Map<String, Integer> masks = new HashMap<>();

    private QuoteLexicon(Map<String, CueWord> cues, Map<String, Set<String>> sections) {
        this.cues = Map.copyOf(cues);
        this.longestCue = cues.keySet().stream().mapToInt(String::length).max().orElse(0) + 1; // + a leading و
        this.sortedForms = cues.keySet().stream().sorted().toArray(String[]::new);
        for (String form : sortedForms) {
            if (form.length() < 2) continue;
            int shape = shape(form, 0);
            shapes[shape >>> 6] |= 1L << shape;
        }
        this.sortedCues = new CueWord[sortedForms.length];
        for (int i = 0; i < sortedForms.length; i++) sortedCues[i] = cues.get(sortedForms[i]);
        for (Map.Entry<String, Set<String>> e : sections.entrySet()) {
            int bit = 1 << bits.size();
            bits.put(e.getKey(), bit);
            for (String w : e.getValue()) masks.merge(w, bit, (a, b) -> a | b);
        }
    }

    /** The length of the longest cue form, folded: longer words are not looked up. */
    int longestCue() {
        return longestCue;
    }

    /** The bit of a section in {@link #mask}; 0 for a section the file does not have. */
    int bit(String section) {
        return bits.getOrDefault(section, 0);
    }

    /** The sections the token (or it without a leading و or ف) is listed in, as bits. */
    int mask(Token t) {
        return t.isWord() ? mask(t.normalized(), bare(t)) : 0;
    }

    /** The sections of a token given its normalized and bare forms. */
    int mask(String normalized, String bare) {
        int m = masks.getOrDefault(normalized, 0);
        return bare == normalized ? m : m | masks.getOrDefault(bare, 0);
    }

    /** The cue a token is (قال، وأضافت، مشيراً، بحسب), ignoring a leading و or ف; null when it is none. */
    CueWord cue(Token t) {
        return t.isWord() ? cueOf(t.normalized()) : null;
    }

    /**
     * The cue a folded word is, itself or after a leading و or ف: a binary search over the sorted forms that
     * neither hashes nor copies the word (the cue scan asks this of every token).
     */
    CueWord cueOf(String folded) {
        CueWord c = search(folded, 0);
        char first = folded.isEmpty() ? 0 : folded.charAt(0);
        return c != null || (first != 'و' && first != 'ف') ? c : search(folded, 1);
    }

    private CueWord search(String w, int from) {
        if (w.length() - from < 2) return null;
        int shape = shape(w, from);
        if ((shapes[shape >>> 6] & 1L << shape) == 0) return null; // most words fail here, in three reads
        int lo = 0;
        int hi = sortedForms.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int cmp = compare(sortedForms[mid], w, from);
            if (cmp == 0) return sortedCues[mid];
            if (cmp < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return null;
    }

    /** A word's shape: its first and last letters (six bits each) and its length up to 7, in 15 bits. */
    private static int shape(String w, int from) {
        int n = w.length() - from;
        return (w.charAt(from) & 0x3F) << 9 | (w.charAt(w.length() - 1) & 0x3F) << 3 | Math.min(n, 7);
    }

    /** Compares {@code form} with {@code w} from index {@code from} on, as String.compareTo would. */
    private static int compare(String form, String w, int from) {
        int n = Math.min(form.length(), w.length() - from);
        for (int i = 0; i < n; i++) {
            int d = form.charAt(i) - w.charAt(from + i);
            if (d != 0) return d;
        }
        return form.length() - (w.length() - from);
    }

    /** Whether the token, without a leading و or ف, is listed in {@code section} (title, role, group …). */
    boolean is(String section, Token t) {
        return (mask(t) & bit(section)) != 0;
    }

    /** The token's normalized form without a leading conjunction و or ف (وأضاف → اضاف). */
    static String bare(Token t) {
        String n = t.normalized();
        if (n.isEmpty() || n.charAt(0) != 'و' && n.charAt(0) != 'ف') return n; // the common case: nothing to cut
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
