package org.marsad.extract.html;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language a page declares, as a lower-case ISO 639-1 code: {@code <html lang>}, content-language, og:locale
 * (ar_AR gives ar), JSON-LD inLanguage. A declaration the title's script contradicts (an Arabic-script title on
 * a page saying lang="en-US", a common template default) is passed over.
 */
final class MetaLanguage {
    /** Where a language tag's primary subtag ends. */
    private static final Pattern SUBTAG_SEPARATOR = Pattern.compile("[-_,;\\s]");
    private static final Pattern TWO_LETTERS = Pattern.compile("[a-z]{2}");
    /** Languages written in Arabic script. */
    private static final Set<String> ARABIC_SCRIPT = Set.of("ar", "fa", "ur", "ps", "ku", "ckb", "sd", "ug", "ks");
    /** Three-letter codes and language names that pages write instead of ISO 639-1 codes. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("ara", "ar"), Map.entry("arb", "ar"), Map.entry("arabic", "ar"), Map.entry("العربية", "ar"),
            Map.entry("عربي", "ar"), Map.entry("fas", "fa"), Map.entry("per", "fa"), Map.entry("pes", "fa"),
            Map.entry("persian", "fa"), Map.entry("farsi", "fa"), Map.entry("eng", "en"), Map.entry("english", "en"),
            Map.entry("fra", "fr"), Map.entry("fre", "fr"), Map.entry("french", "fr"), Map.entry("urd", "ur"),
            Map.entry("tur", "tr"), Map.entry("heb", "he"), Map.entry("iw", "he"));

    private MetaLanguage() {}

    /** The declared language, or null when the page declares none (or only contradicted ones). */
    static String find(PageIndex page, MetaTags meta, JsonLd ld, String title) {
        boolean arabicScriptTitle = title != null && mostlyArabicScript(title);
        String[] declared = {
            page.html == null ? null : page.html.attr("lang"),
            page.html == null ? null : page.html.attr("xml:lang"),
            meta.first("content-language", "language", "dc.language"),
            meta.first("og:locale"),
            ld.language()
        };
        for (String d : declared) {
            String code = normalise(d);
            if (code == null) continue;
            if (arabicScriptTitle && !ARABIC_SCRIPT.contains(code)) continue;
            return code;
        }
        return null;
    }

    /** "ar_AR", "ar-EG", "AR", "Arabic" all give "ar"; anything unrecognisable gives null. */
    static String normalise(String value) {
        if (value == null) return null;
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) return null;
        String alias = ALIASES.get(v);
        if (alias != null) return alias;
        String[] subtags = SUBTAG_SEPARATOR.split(v);
        if (subtags.length == 0) return null;
        String primary = subtags[0];
        alias = ALIASES.get(primary);
        if (alias != null) return alias;
        return TWO_LETTERS.matcher(primary).matches() ? primary : primary.equals("ckb") ? primary : null;
    }

    /** True when most letters of the text are Arabic-script letters. */
    static boolean mostlyArabicScript(String text) {
        int arabic = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) continue;
            letters++;
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) arabic++;
        }
        return letters > 0 && arabic * 2 > letters;
    }
}
