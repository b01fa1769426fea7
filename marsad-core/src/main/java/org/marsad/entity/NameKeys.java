package org.marsad.entity;

import org.marsad.text.ArabicText;
import org.marsad.text.NormalizationProfile;

/**
 * The keys names are compared by. {@link #search} is the text layer's SEARCH fold with single spaces; {@link
 * #phonetic} folds further, so that the spellings a foreign name takes in Arabic meet:
 * <ul>
 *   <li>غ ج ك ق گ all stand for g (سيرغي = سيرجي);</li>
 *   <li>ى is ي and ة is ه (from SEARCH), hamza seats أ إ آ ؤ ئ and ء are dropped after the first letter;</li>
 *   <li>a doubled letter counts once (بوتّين, حسّان);</li>
 *   <li>the article ال at a word's start is dropped (الكرملين = كرملين);</li>
 *   <li>the long vowels ا و ي inside a word are dropped (بوتين = بوتن).</li>
 * </ul>
 * Both are pure functions of their input. Thread-safe.
 */
public final class NameKeys {
    private NameKeys() {}

    /** SEARCH-normalized, trimmed, inner spaces single (أفريقيا الوسطى → افريقيا الوسطي). */
    public static String search(String name) {
        String n = ArabicText.normalize(name, NormalizationProfile.SEARCH);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') out.append(' ');
            } else {
                out.append(c);
            }
        }
        int len = out.length();
        return len > 0 && out.charAt(len - 1) == ' ' ? out.substring(0, len - 1) : out.toString();
    }

    /** The transliteration key: equal for سيرجي شويغو and سيرغي شويغو, for إفريقيا الوسطي and أفريقيا الوسطى. */
    public static String phonetic(String name) {
        return phoneticOfSearch(search(name));
    }

    /** {@link #phonetic} of a string already in {@link #search} form (no second normalization). */
    public static String phoneticOfSearch(String searchForm) {
        StringBuilder out = new StringBuilder(searchForm.length());
        int from = 0;
        while (from <= searchForm.length()) {
            int space = searchForm.indexOf(' ', from);
            int to = space < 0 ? searchForm.length() : space;
            if (to > from) {
                if (out.length() > 0) out.append(' ');
                phoneticWord(searchForm.substring(from, to), out);
            }
            from = to + 1;
        }
        return out.toString();
    }

    private static void phoneticWord(String word, StringBuilder out) {
        String w = word.length() > 4 && word.startsWith("ال") ? word.substring(2) : word; // the article
        int start = out.length();
        for (int i = 0; i < w.length(); i++) {
            char c = fold(w.charAt(i));
            boolean inside = i > 0;
            if (inside && (c == 'ا' || c == 'و' || c == 'ي' || c == 'ء')) continue; // long vowels and hamza
            if (out.length() > start && out.charAt(out.length() - 1) == c) continue; // doubled letters
            out.append(c);
        }
    }

    private static char fold(char c) {
        return switch (c) {
            case 'غ', 'ج', 'ك', 'ق', 'گ' -> 'G';
            case 'أ', 'إ', 'آ' -> 'ا';
            case 'ؤ' -> 'و';
            case 'ئ', 'ى' -> 'ي';
            case 'ة' -> 'ه';
            default -> c;
        };
    }
}
