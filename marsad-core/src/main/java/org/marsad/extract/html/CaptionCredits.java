package org.marsad.extract.html;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.extract.TextClean;

/**
 * Photo credits in caption text: "المصدر: رويترز", "مصدر الصورة، Getty Images", "(أ ف ب)", "تصوير: فلان",
 * "... - رويترز"; and the news and photo agencies a credit (or a would-be author) names.
 */
final class CaptionCredits {
    /** A caption and the credit taken out of it; either may be null. */
    record Split(String caption, String credit) {}

    /** News and photo agencies, as comparison keys (see {@link MetaSiteNames#key}). */
    private static final Set<String> AGENCIES = new HashSet<>();

    static {
        for (String a : List.of(
                "رويترز", "رويتر", "أ ف ب", "أ.ف.ب", "ا ف ب", "فرانس برس", "وكالة فرانس برس", "أسوشيتد برس",
                "اسوشيتد برس", "الأسوشيتد برس", "أ ب", "الأناضول", "وكالة الأناضول", "د ب أ", "أ ش أ", "واس", "وام",
                "قنا", "كونا", "بترا", "سانا", "إرنا", "سبوتنيك", "شينخوا", "إي بي أيه", "غيتي", "غيتي إيماجز",
                "غيتي إيميجز", "وكالات", "Reuters", "AFP", "AP", "EPA", "EFE", "REX", "Getty", "Getty Images",
                "Shutterstock", "Alamy", "Anadolu", "Anadolu Agency", "Xinhua", "DPA", "SIPA", "ANSA", "UPI",
                "AP Photo", "AP Images", "Associated Press", "WANA", "SPA", "WAM", "KUNA", "QNA", "SANA", "IRNA")) {
            AGENCIES.add(MetaSiteNames.key(a));
        }
    }

    /** Labels that introduce a credit; they must be followed by a colon or a comma. */
    private static final String CREDIT_LABEL = "مصدر الصورة|صدر الصورة|حقوق الصورة|حقوق النشر|المصدر|الصورة من|تصوير"
            + "|عدسة|(?i:image source|photo credit|photo|picture|credit|source|copyright)";
    private static final Pattern LEADING_CREDIT_LABEL =
            Pattern.compile("^(?:(?:" + CREDIT_LABEL + ")\\s*[:،,]|©|(?i:photo by|photo:))\\s*");
    private static final Pattern TRAILING_LABELLED_CREDIT = Pattern.compile(
            "^(.*?)[\\s\\-–—|.(\\[]*(?:(?:" + CREDIT_LABEL + ")\\s*[:،,]|©|(?i:photo by))"
                    + "\\s*([^()\\[\\]]{2,80}?)[)\\]]?$");
    /** Screen-reader labels that precede the caption itself: "التعليق على الصورة،" and the like. */
    private static final Pattern CAPTION_LABEL = Pattern.compile(
            "^(?:التعليق على الصورة|تعليق الصورة|شرح الصورة|وصف الصورة|(?i:image caption|caption))\\s*[:،,]\\s*");
    private static final Pattern TAIL_SEPARATOR = Pattern.compile("\\s+[-–—|/]\\s+|\\.\\s+|\\s*[|]\\s*");
    private static final Pattern VIA = Pattern.compile("(?i)\\s+via\\s+");
    private static final Pattern CREDIT_SEPARATOR = Pattern.compile("\\s*[/,،+&]\\s*|\\s*-\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CAPTION_TAIL = Pattern.compile("[\\s\\-–—|,،(\\[]+$");
    private static final Pattern CREDIT_TAIL = Pattern.compile("[.\\s]+$");

    private CaptionCredits() {}

    /** True when the text is an agency, or agencies joined by / - , + ("EPA-EFE/REX/Shutterstock"). */
    static boolean isAgency(String text) {
        if (text == null) return false;
        String t = VIA.matcher(TextClean.line(text)).replaceAll("/");
        if (AGENCIES.contains(MetaSiteNames.key(t))) return true;
        String[] parts = CREDIT_SEPARATOR.split(t);
        if (parts.length < 2) return false;
        for (String p : parts) if (!AGENCIES.contains(MetaSiteNames.key(p))) return false;
        return true;
    }

    /** The credit text without its label: "مصدر الصورة، Getty Images" gives "Getty Images". */
    static String stripCreditLabel(String text) {
        String t = TextClean.line(LEADING_CREDIT_LABEL.matcher(TextClean.line(text)).replaceFirst(""));
        return t.isEmpty() ? null : t;
    }

    /** True when the text starts with a credit label. */
    static boolean hasCreditLabel(String text) {
        return LEADING_CREDIT_LABEL.matcher(TextClean.line(text)).find();
    }

    /** The caption without a leading screen-reader label such as "التعليق على الصورة،". */
    static String stripCaptionLabel(String text) {
        String t = TextClean.line(CAPTION_LABEL.matcher(TextClean.line(text)).replaceFirst(""));
        return t.isEmpty() ? null : t;
    }

    /** Separates a credit written into the caption text from the caption. */
    static Split split(String caption) {
        String c = caption == null ? null : stripCaptionLabel(caption);
        if (c == null) return new Split(null, null);
        if (hasCreditLabel(c)) return new Split(null, stripCreditLabel(c));
        Matcher m = TRAILING_LABELLED_CREDIT.matcher(c);
        if (m.matches() && !m.group(1).isBlank() && SPACES.split(m.group(2).trim()).length <= 6) {
            return result(m.group(1), m.group(2));
        }
        // "(أ ف ب)" or "(رويترز)" at the end.
        if (c.endsWith(")")) {
            int open = c.lastIndexOf('(');
            if (open >= 0) {
                String inner = c.substring(open + 1, c.length() - 1);
                if (isAgency(inner)) return result(c.substring(0, open), inner);
            }
        }
        // "... - رويترز" or "... . AFP" at the end.
        Matcher sep = TAIL_SEPARATOR.matcher(c);
        int lastEnd = -1;
        int lastStart = -1;
        while (sep.find()) {
            lastStart = sep.start();
            lastEnd = sep.end();
        }
        if (lastEnd > 0 && isAgency(c.substring(lastEnd))) {
            String head = c.substring(0, lastStart);
            if (c.charAt(lastStart) == '.') head = head + ".";
            return result(head, c.substring(lastEnd));
        }
        if (isAgency(c)) return new Split(null, c);
        return new Split(c, null);
    }

    private static Split result(String caption, String credit) {
        String cap = CAPTION_TAIL.matcher(TextClean.line(caption)).replaceAll("");
        String cr = CREDIT_TAIL.matcher(TextClean.line(credit)).replaceAll("");
        return new Split(cap.isEmpty() ? null : cap, cr.isEmpty() ? null : cr);
    }
}
