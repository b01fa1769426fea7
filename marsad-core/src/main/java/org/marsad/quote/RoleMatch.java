package org.marsad.quote;

import java.util.List;

/**
 * Whether a role noun phrase names the role a person was given earlier, forgiving the slips reporters make
 * (أستاذ العلوم السياسة for أستاذ العلوم السياسية). Stateless.
 */
final class RoleMatch {
    private RoleMatch() {}

    /**
     * True when the phrase's first word is in the role and its other words are too, each allowed one letter off;
     * a phrase of three words or more may miss one word (the role was shortened).
     */
    static boolean matches(List<String> phrase, List<String> role) {
        if (phrase.isEmpty() || !contains(role, phrase.get(0))) return false;
        int misses = 0;
        for (int i = 1; i < phrase.size(); i++) if (!contains(role, phrase.get(i))) misses++;
        return misses <= (phrase.size() >= 3 ? 1 : 0);
    }

    /** A word's comparison key: without a leading و before ال, without ال (والخبير → خبير). */
    static String key(String folded) {
        String w = folded;
        if (w.startsWith("وال") && w.length() > 4) w = w.substring(1);
        if (w.startsWith("ال") && w.length() > 3) w = w.substring(2);
        return w;
    }

    private static boolean contains(List<String> words, String w) {
        for (String x : words) if (close(x, w)) return true;
        return false;
    }

    /** Equal, or both four letters or more and one edit apart (سياسيه / سياسه). */
    static boolean close(String a, String b) {
        if (a.equals(b)) return true;
        if (a.length() < 4 || b.length() < 4 || Math.abs(a.length() - b.length()) > 1) return false;
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) return false;
            if (a.length() > b.length()) i++;
            else if (b.length() > a.length()) j++;
            else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }
}
