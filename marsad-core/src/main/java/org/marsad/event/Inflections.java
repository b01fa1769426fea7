package org.marsad.event;

import java.util.LinkedHashSet;
import java.util.Set;
import org.marsad.text.ArabicText;
import org.marsad.text.NormalizationProfile;

/**
 * The written forms of a lexicon entry, SEARCH-normalized. A verb is given as {@code perfect/imperfect} in the third
 * person masculine singular (هاجم/يهاجم) and spreads to the persons news text uses: هاجمت، هاجموا، هاجما، هاجمتا،
 * هاجمنا، يهاجم، تهاجم، نهاجم، يهاجمون، يهاجمان، تهاجمين، يهاجموا. A noun gains its accusative tanween alef
 * (هجوما). Irregular forms (التقوا) are listed beside the pair.
 */
final class Inflections {
    private static final String[] PERFECT_SUFFIXES = {"", "ت", "وا", "ا", "تا", "ن", "نا", "تم"};
    private static final String[] IMPERFECT_PREFIXES = {"ي", "ت", "ن", "ا"};
    private static final String[] IMPERFECT_SUFFIXES = {"", "ون", "ان", "وا", "ين"};

    private Inflections() {}

    /** The SEARCH-normalized form of a lexicon word. */
    static String norm(String word) {
        return ArabicText.normalize(word.strip(), NormalizationProfile.SEARCH);
    }

    /** The forms of a verb written {@code perfect/imperfect}, or of one exact form when there is no slash. */
    static Set<String> verb(String spec) {
        Set<String> out = new LinkedHashSet<>();
        int slash = spec.indexOf('/');
        if (slash < 0) {
            out.add(norm(spec));
            return out;
        }
        String perfect = norm(spec.substring(0, slash));
        String imperfect = norm(spec.substring(slash + 1));
        for (String s : PERFECT_SUFFIXES) out.add(perfect + s);
        if (!imperfect.isEmpty()) {
            String core = imperfect.charAt(0) == 'ي' ? imperfect.substring(1) : imperfect;
            for (String p : IMPERFECT_PREFIXES) {
                for (String s : IMPERFECT_SUFFIXES) out.add(p + core + s);
            }
        }
        return out;
    }

    /** The forms of a noun: as written and with the accusative alef (هجوم، هجوما). */
    static Set<String> noun(String spec) {
        Set<String> out = new LinkedHashSet<>();
        String n = norm(spec);
        out.add(n);
        if (!n.endsWith("ه") && !n.endsWith("ا") && !n.endsWith("ات")) out.add(n + "ا");
        return out;
    }

    /** A phrase component's alternatives ({@code a|b/c}), verbs spread and nouns with their tanween alef. */
    static Set<String> alternatives(String spec) {
        Set<String> out = new LinkedHashSet<>();
        for (String alt : spec.split("\\|")) {
            if (alt.isBlank()) continue;
            out.addAll(alt.contains("/") ? verb(alt) : noun(alt));
        }
        return out;
    }
}
