package org.marsad.event;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The article-free keys a word can be looked up by in {@link ActorLexicon}: its bare form (clitics the segmenter
 * found removed) and, for the clitics it kept attached, the readings of {@link WordForms} without a pronoun peeled
 * (والعراق → عراق; لبنان stays لبنان as well as reading ل + بنان, which names nothing).
 */
final class WordKeys {
    private WordKeys() {}

    /** The keys of a word with bare form {@code bare} and letter-peeled {@code readings}, the bare form first. */
    static Set<String> keys(String bare, List<WordForms.Reading> readings) {
        Set<String> out = new LinkedHashSet<>();
        out.add(bare);
        for (WordForms.Reading r : readings) {
            if (!r.pronoun() && !r.future()) out.add(r.form());
        }
        return Set.copyOf(out);
    }
}
