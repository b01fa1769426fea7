package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Class and id names that mark page chrome, matched word by word (words start at the beginning or after a space,
 * '-' or '_'). A plain scan rather than a regular expression: it runs on every element of every page.
 */
final class ChromeNames {
    /** Chrome removed unless it holds most of the page's prose; matched as word prefixes ("comments", "shareBar"). */
    private static final String[][] STRONG = byFirstLetter(
            "comment", "disqus", "share", "sharing", "social", "related", "recommend", "newsletter", "subscri",
            "signup", "sign-up", "cookie", "popup", "outbrain", "taboola", "sponsor", "promo", "breadcrumb",
            "pagination", "most-?read", "most-?popular", "trending", "read-?more", "also-?read",
            "more-?stories", "more-?from", "author-?bio", "advert", "adsbygoogle", "paywall", "screen-?reader",
            "sr-only", "visually-?hidden", "skip-?link", "print-?only", "jump-?link", "toolbar");

    /** Weaker chrome words, matched as whole words; they yield to a content word in the same names. */
    private static final String[][] WEAK = byFirstLetter(
            "nav", "navbar", "menu", "sidebar", "side-bar", "widget", "footer", "masthead", "header", "banner", "ad",
            "ads", "tag", "tags", "topics", "keywords", "byline-social", "hidden", "modal", "overlay", "rail",
            "aside", "meta", "info-?box", "caption", "pager");

    /** Words by which an element names itself content. */
    private static final String[] POSITIVE = {
        "article", "content", "entry", "main", "post", "story", "text", "body", "prose"
    };

    private ChromeNames() {}

    /** True when lower-case class-and-id names mark chrome: a strong word, or a weak one without a content word. */
    static boolean isChrome(String names) {
        if (matches(names, STRONG, false)) return true;
        return matches(names, WEAK, true) && !containsAny(names, POSITIVE);
    }

    private static boolean matches(String names, String[][] wordsByLetter, boolean wholeWord) {
        for (int i = 0, n = names.length(); i < n; i++) {
            if (i > 0 && !isSeparator(names.charAt(i - 1))) continue;
            char c = names.charAt(i);
            if (c < 'a' || c > 'z') continue;
            for (String w : wordsByLetter[c - 'a']) {
                if (!names.startsWith(w, i)) continue;
                int end = i + w.length();
                if (!wholeWord || end == n || isSeparator(names.charAt(end))) return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String names, String[] words) {
        for (String w : words) if (names.contains(w)) return true;
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n';
    }

    /** Words grouped by first letter, "most-?read" expanded into "most-read" and "mostread". */
    private static String[][] byFirstLetter(String... words) {
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < 26; i++) groups.add(new ArrayList<>());
        for (String w : words) {
            List<String> group = groups.get(w.charAt(0) - 'a');
            if (w.contains("-?")) {
                group.add(w.replace("-?", "-"));
                group.add(w.replace("-?", ""));
            } else {
                group.add(w);
            }
        }
        return groups.stream().map(g -> g.toArray(String[]::new)).toArray(String[][]::new);
    }
}
