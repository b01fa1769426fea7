package org.marsad.entity;

import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import org.marsad.entity.GazetteerEntry.Kind;
import org.marsad.model.EntityType;

/**
 * The names Marsad knows: states and languages with their Arabic names from CLDR (via ICU, read at run time), plus
 * the lists written for this project beside this class (capitals and seats of power, other places, heads of state and
 * government, organizations, news agencies; each file names its sources in its header). Names are looked up by
 * their SEARCH form, and foreign names also by their {@link NameKeys#phonetic} key. Loaded once; immutable.
 */
public final class Gazetteer {
    private static final ULocale ARABIC = new ULocale("ar");
    /** Phonetic keys this short collide with ordinary words; only exact SEARCH matches count for them. */
    private static final int MIN_PHONETIC_KEY = 4;

    private final Map<String, GazetteerEntry> bySearch = new HashMap<>();
    private final Map<String, GazetteerEntry> byPhonetic = new HashMap<>();
    private final Map<String, String> adjectiveCountry = new HashMap<>();
    private final Map<String, String> languages = new HashMap<>();
    private final Map<String, String> alpha2ByAlpha3 = new java.util.TreeMap<>();
    /** The first word of every name, SEARCH and phonetic: most words start none, and are rejected at once. */
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();
    private int maxTokens = 1;

    private Gazetteer() {
        for (String a2 : Locale.getISOCountries()) {
            String a3 = alpha3(a2);
            if (a3 != null) alpha2ByAlpha3.put(a3, a2);
        }
        languagesFromCldr();
        leaders();
        organizations();
        countriesExtra();
        countriesFromCldr();
        places();
    }

    /** The shipped gazetteer, loaded on first use. */
    public static Gazetteer shipped() {
        return Holder.SHIPPED;
    }

    private static final class Holder {
        static final Gazetteer SHIPPED = new Gazetteer();
    }

    /** The entry whose name or variant has this SEARCH form (or, for two words or more, phonetic key), or null. */
    public GazetteerEntry lookup(String name) {
        return lookupSearch(NameKeys.search(name));
    }

    /** {@link #lookup} of a name already in SEARCH form with single spaces (a token's normalized form). */
    public GazetteerEntry lookupSearch(String key) {
        GazetteerEntry e = bySearch.get(key);
        if (e != null) return e;
        if (key.indexOf(' ') < 0) return null; // one word: its variants are listed, a fold would hit common words
        String p = NameKeys.phoneticOfSearch(key);
        return p.replace(" ", "").length() >= MIN_PHONETIC_KEY ? byPhonetic.get(p) : null;
    }

    /** The ISO alpha-3 code of the state a nisba adjective names (الروسي, الروسية → RUS), or null. */
    public String countryOfAdjective(String word) {
        return adjectiveCountry.get(NameKeys.search(word));
    }

    /** The ISO 639 code of a language's Arabic name from CLDR (الروسية → ru, اللغة العبرية → he), or null. */
    public String languageOf(String name) {
        String key = NameKeys.search(name);
        if (key.startsWith("اللغه ")) key = key.substring(6);
        return languages.get(key);
    }

    /** The longest name, in words. */
    public int maxTokens() {
        return maxTokens;
    }

    /** The Arabic CLDR name of a state (RU → روسيا), or null when CLDR has none. */
    static String arabicName(String alpha2) {
        String name = new ULocale("", alpha2).getDisplayCountry(ARABIC);
        return name == null || name.isBlank() || name.equals(alpha2) ? null : name;
    }

    /** The ISO alpha-3 code of an alpha-2 code (RU → RUS), or null. */
    static String alpha3(String alpha2) {
        try {
            String a3 = new Locale("", alpha2).getISO3Country();
            return a3.isEmpty() ? null : a3;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private void countriesFromCldr() {
        for (Map.Entry<String, String> c : alpha2ByAlpha3.entrySet()) {
            String a3 = c.getKey();
            String name = arabicName(c.getValue());
            if (name == null) continue;
            int paren = name.indexOf('(');
            if (paren > 0) name = name.substring(0, paren).strip(); // "… (منطقة إدارية خاصة)"
            add(name, new GazetteerEntry(NameKeys.search(name), name, EntityType.LOCATION, Kind.COUNTRY, a3));
        }
    }

    /** Arabic names of languages (CLDR via ICU): the same words as nisba adjectives, so kept apart from places. */
    private void languagesFromCldr() {
        for (String code : ULocale.getISOLanguages()) {
            String name = new ULocale(code).getDisplayLanguage(ARABIC);
            if (name != null && !name.isBlank() && !name.equals(code)) {
                languages.putIfAbsent(NameKeys.search(name), code);
            }
        }
    }

    /** Lines: ISO3, spellings (the first canonical when CLDR's is odd), nisba adjectives. */
    private void countriesExtra() {
        for (String line : WordList.lines("countries.tsv")) {
            String[] f = line.split("\t");
            String[] names = f[1].split("\\|");
            String a2 = alpha2(f[0]);
            String cldr = a2 == null ? null : arabicName(a2);
            String canonical = cldr != null && !names[0].startsWith("=") ? cldr : names[0].replace("=", "");
            GazetteerEntry e = new GazetteerEntry(NameKeys.search(canonical), canonical, EntityType.LOCATION,
                    Kind.COUNTRY, f[0]);
            add(canonical, e);
            for (String n : names) add(n.replace("=", ""), e);
            if (f.length > 2) {
                for (String adj : f[2].split("\\|")) adjectiveCountry.putIfAbsent(NameKeys.search(adj), f[0]);
            }
        }
    }

    /** Lines: kind (CAPITAL, SEAT or PLACE), ISO3 of the state ("-" for none), spellings. */
    private void places() {
        for (String line : WordList.lines("places.tsv")) {
            String[] f = line.split("\t");
            addAll(f[2], EntityType.LOCATION, Kind.valueOf(f[0]), f[1]);
        }
    }

    /** Lines: ISO3 of the state led, spellings (full names first, then a distinctive surname if any). */
    private void leaders() {
        for (String line : WordList.lines("leaders.tsv")) {
            String[] f = line.split("\t");
            addAll(f[1], EntityType.PERSON, Kind.LEADER, f[0]);
        }
    }

    /** Lines: kind (ORGANIZATION or AGENCY), ISO3 of the state it belongs to ("-" for none), spellings. */
    private void organizations() {
        for (String line : WordList.lines("organizations.tsv")) {
            String[] f = line.split("\t");
            addAll(f[2], EntityType.ORGANIZATION, Kind.valueOf(f[0]), f[1]);
        }
    }

    private void addAll(String spellings, EntityType type, Kind kind, String country) {
        String[] names = spellings.split("\\|");
        GazetteerEntry e = new GazetteerEntry(NameKeys.search(names[0]), names[0].strip(), type, kind,
                "-".equals(country) ? null : country);
        for (String n : names) add(n, e);
    }

    private void add(String name, GazetteerEntry e) {
        String key = NameKeys.search(name);
        if (key.isEmpty()) return;
        bySearch.putIfAbsent(key, e);
        String first = key.split(" ")[0];
        firstWords.add(first);
        String p = NameKeys.phonetic(key);
        if (key.indexOf(' ') > 0) firstWords.add(NameKeys.phonetic(first));
        if (e.type() != EntityType.ORGANIZATION && p.replace(" ", "").length() >= MIN_PHONETIC_KEY) {
            byPhonetic.putIfAbsent(p, e);
        }
        maxTokens = Math.max(maxTokens, key.split(" ").length);
    }

    private String alpha2(String alpha3) {
        return alpha2ByAlpha3.get(alpha3);
    }

    /** Whether some name starts with this word (its SEARCH form): a cheap test before {@link #lookup}. */
    public boolean startsAName(String searchWord) {
        return firstWords.contains(searchWord) || firstWords.contains(NameKeys.phoneticOfSearch(searchWord));
    }
}
