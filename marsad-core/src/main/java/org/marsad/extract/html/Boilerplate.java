package org.marsad.extract.html;

import java.util.Locale;
import java.util.regex.Pattern;

/** Lines of page chrome recognised by their words, in Arabic and English: never part of an article's body. */
final class Boilerplate {
    /** Whole short lines that are chrome: follow us, share, read also, advertisement, copyright. */
    private static final Pattern CHROME_LINE = Pattern.compile(
            "^(?:تابعونا على|تابعنا على|شارك(?:وا)?(?: المقال| الخبر)?|اقرأ أيضا|اقرأ أيضًا|اقرأ أيضاً|إقرأ أيضا|اقرا ايضا"
                    + "|مواضيع ذات صلة|أخبار ذات صلة|اخبار متعلقة|إعلان|advertisement|share this( article| story)?|share"
                    + "|read more|related( articles| stories)?|follow us( on)?.*|sign up.*newsletter.*"
                    + "|all rights reserved.*|.*جميع الحقوق محفوظة.*|.*©.*|.*copyright \\d{4}.*)$");

    /**
     * Sentences of comment policies and disclaimers, wherever they stand: "comments are reviewed...", "the views
     * expressed below do not reflect...", الآراء الواردة ... لا تعبر عن رأي.
     */
    private static final Pattern DISCLAIMER = Pattern.compile(
            "(?:التعليقات|تعليقات|النقاش).{0,200}(?:إرشادات|ارشادات|سياسة الخصوصية|شروط الاستخدام)"
                    + "|(?:الآراء|الاراء|التعليقات) (?:الواردة|المنشورة).{0,60}(?:لا تعبر|لا تعكس)"
                    + "|comments? (?:are|is) (?:moderated|reviewed)"
                    + "|views expressed.{0,80}(?:do not|don't) (?:necessarily )?(?:reflect|represent)");

    /** Words every disclaimer holds: a cheap test before the pattern, which runs on every line of every page. */
    private static final String[] DISCLAIMER_WORDS = {"تعليق", "النقاش", "الآراء", "الاراء", "comment", "views"};

    /** True for a comment policy or an opinion disclaimer, which sites print under articles. */
    static boolean isDisclaimer(String line) {
        if (line.length() >= 600) return false;
        String t = line.toLowerCase(Locale.ROOT);
        for (String w : DISCLAIMER_WORDS) {
            if (t.contains(w)) return DISCLAIMER.matcher(t).find();
        }
        return false;
    }

    /** Markup that a page leaked as text (an {@code <img>} inside {@code <noscript>}, an escaped tag). */
    private static final Pattern LEAKED_MARKUP = Pattern.compile("^<[a-zA-Z!/][^<>]*>.*");

    /** Chrome lines are short: a longer line is never judged by its wording alone. */
    private static final int CHROME_MAX = 120;

    private Boilerplate() {}

    /** True for a line that starts with an HTML tag: markup shown as text, never prose. */
    static boolean isLeakedMarkup(String line) {
        return !line.isEmpty() && line.charAt(0) == '<' && LEAKED_MARKUP.matcher(line).matches();
    }

    /** True for a short line that is page chrome by its wording alone. */
    static boolean isChromeLine(String line) {
        if (line.length() > 2 * CHROME_MAX) return false;
        String t = line.strip();
        return t.length() <= CHROME_MAX && CHROME_LINE.matcher(t.toLowerCase(Locale.ROOT)).matches();
    }
}
