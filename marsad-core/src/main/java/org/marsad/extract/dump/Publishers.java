package org.marsad.extract.dump;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.extract.TextClean;

/**
 * The publisher of a dumped page: the name its copyright line gives, else the host of its URL.
 *
 * <p>The copyright line wins over the host because it is the publisher naming itself in the page's own words
 * ({@code إرم ميديا}), as {@code og:site_name} does for HTML pages, while a host ({@code eremnews.com}) is only an
 * address; the host is the fallback when the footer names nobody.
 */
final class Publishers {
    private Publishers() {}

    /** {@code محفوظة لـ X} / {@code محفوظة لموقع X}: the owner named after the reservation. */
    private static final Pattern RESERVED_FOR =
            Pattern.compile("محفوظ[ةه]\\s*(?:ل|لـ|لصالح|ل\\s)\\s*(?:ـ\\s*)?(.+)$");

    /** Years and year ranges: {@code 2024}, {@code 2010 - 2025}, {@code ٢٠٢٤}. */
    private static final Pattern YEARS = Pattern.compile("\\p{Nd}{4}(?:\\s*[-–]\\s*\\p{Nd}{4})?");

    /** The reservation formula itself, in Arabic and English, removed before the name is read. */
    private static final Pattern FORMULA = Pattern.compile(
            "(?i)جميع\\s+الحقوق\\s+محفوظ[ةه]|الحقوق\\s+محفوظ[ةه]|حقوق\\s+(?:النشر|الطبع)(?:\\s+محفوظ[ةه])?"
                    + "|all\\s+rights\\s+reserved\\.?|copyright|©|\\(c\\)");

    /** Separators between the Arabic name and its Latin legal form: {@code إرم ميديا - Erem Media FZ LLC}. */
    private static final Pattern PARTS = Pattern.compile("\\s[-–—|]\\s|[|،,]");

    /** Words that say what kind of body the publisher is, dropped from the front: {@code شركة}, {@code موقع}. */
    private static final List<String> KIND_WORDS = List.of("شركة", "شركه", "موقع");

    /** A Latin legal form at the end of a name: {@code FZ LLC}, {@code Ltd.}, {@code Inc}. */
    private static final Pattern LEGAL_TAIL = Pattern.compile(
            "(?i)(?:\\s+(?:fz-?llc|fze|fz|llc|l\\.l\\.c\\.?|ltd\\.?|limited|inc\\.?|co\\.?|corp\\.?|gmbh"
                    + "|s\\.?a\\.?l\\.?"
                    + "|w\\.?l\\.?l\\.?|plc|s\\.a\\.?))+\\s*$");

    /** The publisher named by the last copyright line of {@code lines}, else by {@code url}'s host, else null. */
    static String of(List<String> lines, String url) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            String folded = LineShapes.fold(line);
            boolean copyright = line.indexOf('©') >= 0 || folded.contains("حقوق") || folded.contains("copyright");
            if (!copyright || !LineShapes.isClosing(line)) continue;
            String name = fromCopyright(line);
            if (name != null) return name;
        }
        return fromHost(url);
    }

    /**
     * The owner a copyright line names: {@code جميع الحقوق محفوظة © 2024 شركة إرم ميديا - Erem Media FZ LLC} gives
     * {@code إرم ميديا}: the formula and years go; the first part with an Arabic name (else the first part) stays,
     * without {@code شركة} and without a Latin legal form. Null when nothing that looks like a name is left.
     */
    static String fromCopyright(String line) {
        String s = TextClean.line(line);
        Matcher reserved = RESERVED_FOR.matcher(s);
        if (reserved.find()) s = reserved.group(1);
        s = FORMULA.matcher(s).replaceAll(" ");
        s = YEARS.matcher(s).replaceAll(" ");
        String chosen = null;
        for (String part : PARTS.split(s)) {
            String p = clean(part);
            if (p.isEmpty()) continue;
            if (chosen == null) chosen = p;
            if (hasArabic(p)) {
                chosen = p;
                break;
            }
        }
        if (chosen == null || chosen.length() > 60 || LineShapes.words(chosen) > 6) return null;
        return chosen;
    }

    /** The URL's host without {@code www.} or {@code m.}: {@code https://www.example.com/a} gives example.com. */
    static String fromHost(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            String host = URI.create(url.trim()).getHost();
            if (host == null || host.isBlank()) return null;
            host = host.toLowerCase(Locale.ROOT);
            for (String prefix : List.of("www.", "m.", "amp.")) {
                if (host.startsWith(prefix) && host.length() > prefix.length() + 3) {
                    host = host.substring(prefix.length());
                }
            }
            return host;
        } catch (IllegalArgumentException e) {
            return null; // not a URL we can read: no publisher rather than a guess
        }
    }

    private static String clean(String part) {
        String p = TextClean.line(part);
        p = trimPunctuation(p);
        for (String kind : KIND_WORDS) {
            if (p.startsWith(kind + " ")) p = p.substring(kind.length() + 1);
        }
        if (p.startsWith("ل") && p.length() > 1 && p.charAt(1) == 'ـ') p = p.substring(2);
        p = LEGAL_TAIL.matcher(p).replaceAll("");
        return trimPunctuation(TextClean.line(p));
    }

    private static String trimPunctuation(String p) {
        int start = 0, end = p.length();
        while (start < end && !Character.isLetterOrDigit(p.charAt(start))) start++;
        while (end > start && !Character.isLetterOrDigit(p.charAt(end - 1))) end--;
        return p.substring(start, end);
    }

    private static boolean hasArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0621' && c <= '\u064A') return true;
        }
        return false;
    }
}
