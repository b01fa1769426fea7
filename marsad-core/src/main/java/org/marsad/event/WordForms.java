package org.marsad.event;

import java.util.ArrayList;
import java.util.List;

/**
 * The readings of one SEARCH-normalized word with its clitics peeled off by letter, for lexicon look-ups that must
 * not depend on the segmenter's caution: و/ف, then the future س or a preposition ب/ل/ك, then ال, and at the end a
 * pronoun (ه، ها، هم، هما، هن، نا، كم). The readings come with the fewest peeled letters first, so the whole word
 * wins over a split (وقع stays وقع before it could read و + قع).
 */
final class WordForms {
    private static final String[] CONJ = {"", "و", "ف"};
    private static final String[] PREFIX = {"", "س", "ب", "ل", "ك"};
    private static final String[] ARTICLE = {"", "ال"};
    private static final String[] PRONOUN = {"", "ه", "ها", "هم", "هما", "هن", "نا", "كم"};

    private WordForms() {}

    /**
     * One reading: the remaining form and what was peeled.
     *
     * @param form what is left
     * @param peeled how many letters were removed
     * @param future the future س was peeled
     * @param preposition a preposition was peeled
     * @param article ال was peeled
     * @param pronoun a suffix pronoun was peeled
     */
    record Reading(String form, int peeled, boolean future, boolean preposition, boolean article, boolean pronoun) {}

    /** Every reading of {@code w} that leaves at least two letters, fewest peeled letters first. */
    static List<Reading> readings(String w) {
        List<Reading> out = new ArrayList<>();
        for (String c : CONJ) {
            if (!w.startsWith(c)) continue;
            String w1 = w.substring(c.length());
            for (String p : PREFIX) {
                if (!w1.startsWith(p)) continue;
                String w2 = w1.substring(p.length());
                if (p.equals("س") && (w2.isEmpty() || "يتنا".indexOf(w2.charAt(0)) < 0)) continue;
                for (String a : ARTICLE) {
                    String w3;
                    if (a.isEmpty()) {
                        w3 = w2;
                    } else if (w2.startsWith(a)) {
                        w3 = w2.substring(2);
                    } else if (p.equals("ل") && w2.startsWith("ل")) {
                        w3 = w2.substring(1); // لل: the article's alef is not written after ل
                    } else {
                        continue;
                    }
                    for (String s : PRONOUN) {
                        if (!w3.endsWith(s) || w3.length() - s.length() < 2) continue;
                        String form = w3.substring(0, w3.length() - s.length());
                        out.add(new Reading(form, w.length() - form.length(), p.equals("س"),
                                !p.isEmpty() && !p.equals("س"), !a.isEmpty(), !s.isEmpty()));
                    }
                }
            }
        }
        out.sort((x, y) -> Integer.compare(x.peeled(), y.peeled()));
        return java.util.Collections.unmodifiableList(out);
    }
}
