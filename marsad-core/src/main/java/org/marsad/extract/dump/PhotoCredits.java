package org.marsad.extract.dump;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.extract.TextClean;
import org.marsad.model.Image;

/**
 * Splits an image caption from the photo credit glued to it, as scrapers deliver captions. The forms read:
 *
 * <ul>
 *   <li>a label and the credit at the end: {@code ...الك...المصدر: رويترز}, {@code صورة للميناء - تصوير: سامر},
 *       {@code مصدر الصورة: Getty Images}, after a picture label also with an Arabic comma ({@code مصدر الصورة، EPA}).
 *       The labels {@code المصدر} and {@code Source} count only at the start of the line or after an ellipsis or a
 *       separator, so {@code وقال المصدر: إن ...} in a sentence is no credit;
 *   <li>a known agency in brackets at the end: {@code الوزير في مؤتمر صحفي (رويترز)};
 *   <li>a known agency after a separator or a © sign at the end: {@code صورة أرشيفية - أ ف ب}, {@code © Getty};
 *   <li>an unmistakable agency glued at the end without separator: {@code ... في المطار أ ف ب},
 *       {@code ... Getty Images}.
 * </ul>
 *
 * A caption line has at most 600 chars. The credit is at most 5 words with no sentence punctuation. The caption is
 * what precedes it, without the ellipsis that marks a cut and without trailing separators; it is null when the line
 * is a credit alone.
 */
final class PhotoCredits {
    private PhotoCredits() {}

    /** A caption line has at most this many chars; longer lines are text, not captions. */
    static final int MAX_CHARS = 600;

    /** Photo agencies and credit words, folded ({@link LineShapes#fold}). */
    private static final Set<String> AGENCIES = Set.of(
            "رويترز", "reuters", "ا ف ب", "اف ب", "فرانس برس", "فرانس بريس", "afp", "ap", "ا ب", "اسوشيتد برس",
            "associated press", "getty", "getty images", "غيتي", "غيتي ايمجز", "جيتي", "جيتي ايمجز", "epa", "اي بي ايه",
            "الاناضول", "anadolu", "وام", "واس", "سانا", "قنا", "كونا", "بترا", "شينخوا", "xinhua", "shutterstock",
            "د ب ا", "dpa", "سبوتنيك", "تاس", "tass", "ارشيفية", "ارشيف", "مواقع التواصل", "مواقع التواصل الاجتماعي",
            "متداولة", "بي بي سي", "bbc");

    /** Agencies safe to read at the end of a line even with no separator before them. */
    private static final Pattern GLUED_AGENCY = Pattern.compile(
            "(?<=\\S)\\s+((?:أ|ا)\\s?ف\\s?ب|أ\\.ف\\.ب|AFP|Getty(?: Images)?|EPA|Reuters|Shutterstock)\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** Labels after which a credit follows, recognised anywhere before the credit. */
    private static final String SURE_LABELS =
            "مصدر الصورة|حقوق الصورة|الصورة|صورة|تصوير|عدسة|photo(?:graph)?|credit|image";

    /** Labels that also start sentences ("the source said:"), so they need the start of the line or a separator. */
    private static final String LOOSE_LABELS = "المصدر|source";

    private static final Pattern LABELLED = Pattern.compile(
            "^(?:(.*?)(?:\\.{2,}|…|\\s[-–—|/]|[(\\[]|^)\\s*(?:" + LOOSE_LABELS + ")"
                    + "|(.*?)(?:\\.{2,}|…|\\s[-–—|/]|[(\\[]|^|\\s)\\s*(?:" + SURE_LABELS + "))"
                    + "(?:\\s*[:：]|(?<=الصورة)\\s*،)\\s*([^!?؟:،,;؛()\\[\\]]{1,60}?)[)\\]]?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern BRACKETED = Pattern.compile("^(.*?)\\s*[(\\[]\\s*([^()\\[\\]]{1,40})\\s*[)\\]]\\s*$");

    private static final Pattern SEPARATED = Pattern.compile("^(.*?)\\s*(?:\\s[-–—|/]|©)\\s*([^-–—|/©]{1,40})$");

    /** The caption and credit of {@code line}, or empty when it carries no recognisable credit. */
    static Optional<Image> split(String line) {
        String s = TextClean.line(line);
        if (s.isEmpty() || s.length() > MAX_CHARS) return Optional.empty();
        // each form needs a char the cheap checks look for first: the regexes only run on lines that have it
        if (s.indexOf(':') >= 0 || s.indexOf('：') >= 0 || s.indexOf('،') >= 0) {
            Matcher m = LABELLED.matcher(s);
            if (m.matches()) {
                String credit = credit(m.group(3));
                String before = m.group(1) != null ? m.group(1) : m.group(2);
                if (credit != null) return image(before, credit);
            }
        }
        char last = s.charAt(s.length() - 1);
        if (last == ')' || last == ']') {
            Matcher m = BRACKETED.matcher(s);
            if (m.matches() && isAgency(m.group(2))) return image(m.group(1), m.group(2));
        }
        if (hasSeparator(s)) {
            Matcher m = SEPARATED.matcher(s);
            if (m.matches() && isAgency(m.group(2))) return image(m.group(1), m.group(2));
        }
        Matcher m = GLUED_AGENCY.matcher(s);
        if (m.find()) return image(s.substring(0, m.start()), m.group(1));
        if (isAgency(s)) return image("", s);
        return Optional.empty();
    }

    private static boolean hasSeparator(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("-–—|/©".indexOf(s.charAt(i)) >= 0) return true;
        }
        return false;
    }

    /** True when {@code s} is a known agency or credit word ({@code أ.ف.ب}, {@code Getty Images}). */
    static boolean isAgency(String s) {
        return AGENCIES.contains(LineShapes.fold(s));
    }

    /**
     * A credit is 1 to 5 words, is no sentence (no full stop but inside {@code أ.ف.ب}) and does not open a clause
     * ({@code إن ...}, {@code لا ...}).
     */
    private static String credit(String raw) {
        String c = TextClean.line(raw);
        int w = LineShapes.words(c);
        if (w < 1 || w > 5 || LineShapes.endsStatement(c) || c.contains(". ")) return null;
        String first = LineShapes.fold(c).split(" ", 2)[0];
        if (first.equals("ان") || first.equals("انه") || first.equals("لا") || first.equals("ما")) return null;
        return c;
    }

    private static Optional<Image> image(String before, String credit) {
        String caption = trimCaption(before == null ? "" : before);
        String c = TextClean.line(credit);
        return Optional.of(new Image(caption.isEmpty() ? null : caption, c.isEmpty() ? null : c));
    }

    /** Drops the cut marker and separators a caption ends with before its credit: {@code "مع الرئيس الك..."}. */
    static String trimCaption(String s) {
        String t = TextClean.line(s);
        int end = t.length();
        while (end > 0 && ".…-–—|/(:[ ".indexOf(t.charAt(end - 1)) >= 0) end--;
        return t.substring(0, end);
    }
}
