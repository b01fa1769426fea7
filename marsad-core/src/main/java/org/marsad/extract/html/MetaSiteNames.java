package org.marsad.extract.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.marsad.extract.TextClean;

/**
 * The names a site goes by (og:site_name, publisher, application-name, twitter handle, host...), and a loose
 * matcher that recognises them in title segments and author strings: "CNNArabic.com" is the site "CNNArabic".
 */
final class MetaSiteNames {
    private static final Pattern URL = Pattern.compile("(?i)^(https?:|www\\.|//).*");
    /** Trailing host labels that name no site: generic and country top-level domains. */
    private static final Set<String> GENERIC_LABELS = Set.of("com", "net", "org", "co", "gov", "edu", "info", "biz");
    private static final Pattern COPYRIGHT_WORDS = Pattern.compile(
            "(?i)©|\\(c\\)|copyrights?|all rights reserved|جميع الحقوق محفوظة|كل الحقوق محفوظة|الحقوق محفوظة"
                    + "|حقوق النشر محفوظة|حقوق الطبع محفوظة|\\b(19|20)\\d\\d\\b|[0-9٠-٩]{4}");

    private static final int MAX_NAME_WORDS = 6;
    /** "الموقع | شعار الموقع": the parts of a name with a tagline, split at dashes and pipes only. */
    private static final Pattern PARTS = Pattern.compile("\\s+[-–—·•]\\s+|\\s*[|｜]\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ENTITY = Pattern.compile("&[a-zA-Z]+;?");
    private static final Pattern END_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$");
    private static final Pattern LEADING_LAM = Pattern.compile("^(لـ|ل)\\s+");
    private static final Pattern LEADING_BY = Pattern.compile("^(?i)by\\s+");
    private static final Pattern HTTP_PREFIX = Pattern.compile("(?i)^https?://.*");
    private static final Pattern IP_HOST = Pattern.compile("[0-9.:]+");

    private final Set<String> keys = new LinkedHashSet<>();
    private final List<String> names = new ArrayList<>();

    /** Adds a name (and each part of a name like "Site | tagline"); blank and URL values are ignored. */
    void add(String name) {
        if (name == null) return;
        String clean = TextClean.line(name);
        if (clean.isEmpty()) return;
        if (URL.matcher(clean).matches()) {
            addHost(clean);
            return;
        }
        // A "name" of many words is a headline or a tagline put in the wrong tag, not what the site is called.
        if (words(clean) <= MAX_NAME_WORDS) addKey(clean);
        String[] parts = PARTS.split(clean);
        if (parts.length > 1) for (String part : parts) if (words(part) <= MAX_NAME_WORDS) addKey(part);
    }

    private static int words(String s) {
        return SPACES.split(s.trim()).length;
    }

    /** Adds the site label of a URL's host: www.assabah.com.tn gives "assabah". */
    void addHost(String url) {
        String label = hostLabel(url);
        if (label != null) addKey(label);
    }

    private void addKey(String name) {
        String k = key(name);
        if (k.length() >= 2 && keys.add(k)) names.add(name);
    }

    /** True when the text is one of the site's names, up to spacing, case, punctuation and a domain ending. */
    boolean matches(String text) {
        if (text == null) return false;
        String k = key(text);
        if (k.length() < 2) return false;
        boolean shortText = TextClean.line(text).split(" ").length <= 6;
        for (String n : keys) {
            if (k.equals(n)) return true;
            // Containment counts only when the shared part is most of the longer one ("cnnarabiccom" ~ "cnnarabic").
            if (shortText && n.length() >= 3 && k.contains(n) && n.length() * 2 >= k.length()) return true;
            if (k.length() >= 3 && n.contains(k) && k.length() * 2 >= n.length()) return true;
        }
        return false;
    }

    /** The names added so far, in order, as written. */
    List<String> names() {
        return List.copyOf(names);
    }

    /** A copyright line without its ©, years and "all rights reserved": "© 2020 دار الصباح" gives "دار الصباح". */
    static String fromCopyright(String line) {
        if (line == null) return null;
        String s = line;
        for (int i = 0; i < 3 && s.indexOf('&') >= 0; i++) s = Parser.unescapeEntities(s, false);
        s = ENTITY.matcher(s).replaceAll(" ");
        s = COPYRIGHT_WORDS.matcher(s).replaceAll(" ");
        s = END_PUNCTUATION.matcher(TextClean.line(s)).replaceAll("");
        // "محفوظة لـ دار الصباح": a leftover "لـ"/"ل" preposition before the name.
        s = LEADING_BY.matcher(LEADING_LAM.matcher(s).replaceAll("")).replaceAll("");
        s = TextClean.line(s);
        return s.length() < 2 ? null : s;
    }

    /** The site's own label in a URL's host, skipping www, generic and country endings; null for IPs. */
    static String hostLabel(String url) {
        try {
            String u = url.startsWith("//") ? "http:" + url : url;
            if (!HTTP_PREFIX.matcher(u).matches()) u = "http://" + u;
            String host = URI.create(u.replace(" ", "%20")).getHost();
            if (host == null || IP_HOST.matcher(host).matches()) return null;
            List<String> labels = new ArrayList<>(List.of(host.toLowerCase(Locale.ROOT).split("\\.")));
            while (labels.size() > 1) {
                String last = labels.get(labels.size() - 1);
                if (last.length() <= 2 || GENERIC_LABELS.contains(last) || last.length() <= 4 && labels.size() > 2) {
                    labels.remove(labels.size() - 1);
                } else {
                    break;
                }
            }
            String label = labels.get(labels.size() - 1);
            return label.length() < 2 || label.equals("www") ? null : label;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A comparison key: lower case, Arabic letter variants folded (أ إ آ ٱ → ا, ى → ي, ة → ه), diacritics and
     * tatweel dropped, and only letters and digits kept.
     */
    static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> c = 'ا';
                case 'ى' -> c = 'ي';
                case 'ة' -> c = 'ه';
                default -> {}
            }
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') continue;
            if (Character.isLetterOrDigit(c)) sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }
}
