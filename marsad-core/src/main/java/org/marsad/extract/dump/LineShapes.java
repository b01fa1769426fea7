package org.marsad.extract.dump;

import java.util.Locale;
import java.util.Set;

/**
 * Shape tests for one cleaned line of a text dump: how long it is, how it ends, and whether it is a known piece of
 * site chrome or footer. Each rule looks at one line alone; where a line sits is {@link DumpReader}'s business.
 *
 * <ul>
 *   <li>Keyword lists match on the {@link #fold folded} line, so {@code اقرأ أيضاً} and {@code اقرا ايضا} are one.
 *   <li>A line "ends with punctuation" when, after closing quotes and brackets, its last char ends a sentence or a
 *       clause: {@code . ! ? ؟ … : ؛ ; , ،}.
 * </ul>
 */
final class LineShapes {
    private LineShapes() {}

    /** A heading has at most this many words; a longer unpunctuated line is a paragraph that lost its full stop. */
    static final int HEADING_MAX_WORDS = 12;
    /** A heading has at most this many chars. */
    static final int HEADING_MAX_CHARS = 100;

    /** Whole-line chrome: navigation, logo alt texts, share bars, widgets. Matched after {@link #fold}. */
    private static final Set<String> CHROME = Set.of(
            "logo", "شعار", "الشعار", "menu", "القائمة", "القائمة الرئيسية", "بحث", "ابحث", "search", "الرئيسية",
            "الصفحة الرئيسية", "home", "مشاركة", "شارك", "شارك الخبر", "شارك المقال", "شارك على", "share", "فيسبوك",
            "فيس بوك", "facebook", "تويتر", "twitter", "x", "واتساب", "واتس اب", "whatsapp", "تيليجرام", "تليجرام",
            "تلغرام", "telegram", "لينكدان", "linkedin", "انستغرام", "انستجرام", "instagram", "يوتيوب", "youtube",
            "تيك توك", "tiktok", "نسخ الرابط", "تم نسخ الرابط", "copy link", "طباعة", "print", "حجم الخط", "a", "a a",
            "تسجيل الدخول", "login", "sign in", "اشترك", "اشترك الان", "subscribe", "اغلاق", "close", "المزيد", "more",
            "اقرا ايضا", "اقرا المزيد", "شاهد ايضا", "طالع ايضا", "الاكثر قراءة", "الاكثر مشاهدة", "اخبار ذات صلة",
            "مواضيع ذات صلة", "ذات صلة", "مقالات ذات صلة", "read more", "related", "اعلان", "advertisement",
            "الوضع الليلي", "english", "عاجل", "خبر عاجل", "اخبار عاجلة", "breaking", "breaking news", "مباشر",
            "بث مباشر", "live", "skip to content", "تخطي الى المحتوى", "الوسوم", "كلمات مفتاحية", "tags", "تعليقات",
            "comments", "الكاتب", "النشرة البريدية", "الاكثر تداولا", "اخترنا لكم", "اخبار متعلقة", "قصص مقترحة",
            "الاخبار الرئيسية", "اخر الاخبار", "most read", "related articles", "newsletter", "تطبيقاتنا",
            "حمل التطبيق", "التالي", "السابق");

    /** Chrome that introduces a link to another story; the line after it is that story's headline. */
    private static final Set<String> RELATED_LEADS = Set.of(
            "اقرا ايضا", "اقرا المزيد", "شاهد ايضا", "طالع ايضا", "اخبار ذات صلة", "مواضيع ذات صلة", "ذات صلة",
            "مقالات ذات صلة", "read more", "read also", "related");

    /** Chrome that heads the widgets under a story (most read, related, tags): the story has ended above it. */
    private static final Set<String> STORY_ENDS = Set.of(
            "الاكثر قراءة", "الاكثر مشاهدة", "الاكثر تداولا", "اخترنا لكم", "اخبار ذات صلة", "مواضيع ذات صلة",
            "مقالات ذات صلة", "اخبار متعلقة", "الاخبار الرئيسية", "اخر الاخبار", "التعليقات", "تعليقات",
            "comments", "الوسوم", "كلمات مفتاحية", "tags", "most read", "related articles");

    /** Phrases that mark a footer line wherever they stand in a short line (checked on the folded line). */
    private static final String[] FOOTER_PHRASES = {
        "تابعونا", "تابعنا على", "جميع الحقوق", "الحقوق محفوظة", "حقوق النشر", "حقوق الطبع", "copyright",
        "all rights reserved", "سياسة الخصوصية", "privacy policy", "شروط الاستخدام", "الشروط والاحكام", "terms of use",
        "اتصل بنا", "contact us", "من نحن", "about us", "اعلن معنا", "advertise with us", "خريطة الموقع", "sitemap"
    };

    /** The subset of footer phrases that only a page's closing lines carry: the article has ended above them. */
    private static final String[] CLOSING_PHRASES = {
        "تابعونا", "تابعنا على", "جميع الحقوق", "الحقوق محفوظة", "حقوق النشر", "حقوق الطبع", "copyright",
        "all rights reserved"
    };

    /** Folds a line for keyword matching: lower case, no harakat or tatweel, bare alef, ya for alef maqsura, and every
     * run of non-letters and non-digits as one space. {@code "اقرأ أيضاً:"} folds to {@code "اقرا ايضا"}. */
    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') continue;
            if (c == '\u0623' || c == '\u0625' || c == '\u0622' || c == '\u0671') c = '\u0627';
            else if (c == '\u0649') c = '\u064A';
            if (Character.isLetterOrDigit(c)) {
                if (space && sb.length() > 0) sb.append(' ');
                space = false;
                sb.append(c);
            } else {
                space = true;
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** Words: space-separated tokens that hold at least one letter or digit ({@code "-"} and {@code "|"} are not). */
    static int words(String line) {
        int n = 0;
        boolean inWord = false, hasLetter = false;
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ' ';
            if (c == ' ') {
                if (inWord && hasLetter) n++;
                inWord = false;
                hasLetter = false;
            } else {
                inWord = true;
                hasLetter |= Character.isLetterOrDigit(c);
            }
        }
        return n;
    }

    /** True when the line holds no letter and no digit: {@code ;}, {@code |}, {@code •••}. */
    static boolean isNoise(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetterOrDigit(line.charAt(i))) return false;
        }
        return true;
    }

    /** The last char that is not a closing quote or bracket, or 0 for none: {@code «قال».} gives {@code .}. */
    static char lastMark(String line) {
        for (int i = line.length() - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if ("\"'»”’)]}".indexOf(c) < 0) return c;
        }
        return 0;
    }

    /** Ends with sentence or clause punctuation: {@code . ! ? ؟ … : ؛ ; , ،}. */
    static boolean endsPunctuated(String line) {
        return ".!?؟…:؛;,،".indexOf(lastMark(line)) >= 0 && lastMark(line) != 0;
    }

    /** Ends a statement: {@code .}, {@code !} or {@code …} (a question mark ends headlines as often as sentences). */
    static boolean endsStatement(String line) {
        char c = lastMark(line);
        return c == '.' || c == '!' || c == '…';
    }

    /** A line of site chrome: the whole folded line is a known chrome word or phrase ({@code logo}, {@code شارك}). */
    static boolean isChrome(String line) {
        return CHROME.contains(fold(line));
    }

    /** A lead-in to a related story: {@code اقرأ أيضاً}, alone or followed by the linked headline after a colon. */
    static boolean isRelatedLead(String line) {
        String f = fold(line);
        if (RELATED_LEADS.contains(f)) return true;
        int colon = line.indexOf(':');
        return colon > 0 && RELATED_LEADS.contains(fold(line.substring(0, colon)));
    }

    /** A widget heading that follows the story's end: {@code الأكثر قراءة}, {@code الوسوم}, {@code أخبار ذات صلة}. */
    static boolean isStoryEnd(String line) {
        return STORY_ENDS.contains(fold(line));
    }

    /** A footer line: short (at most 20 words) and holding a footer phrase or a © sign ({@code تابعونا على}). */
    static boolean isFooter(String line) {
        return words(line) <= 20 && (line.indexOf('©') >= 0 || containsAny(fold(line), FOOTER_PHRASES));
    }

    /** A closing line: a footer line that only ends pages, a copyright or a follow-us line. */
    static boolean isClosing(String line) {
        return words(line) <= 20 && (line.indexOf('©') >= 0 || containsAny(fold(line), CLOSING_PHRASES));
    }

    /** A subheading shape: 1 to 12 words, at most 100 chars, and no final punctuation ({@code تصاعد التوتر}). */
    static boolean isHeadingShaped(String line) {
        int w = words(line);
        return w >= 1 && w <= HEADING_MAX_WORDS && line.length() <= HEADING_MAX_CHARS && !endsPunctuated(line);
    }

    /**
     * A sure paragraph, used to find where the story starts: at least 12 words ending a statement and 80 chars, or at
     * least 30 words however it ends. Headlines, even long ones ending in {@code ؟}, fall short of it.
     */
    static boolean isStrongParagraph(String line) {
        int w = words(line);
        return (w >= 12 && line.length() >= 80 && endsStatement(line)) || w >= 30;
    }

    /** A paragraph that proves the page holds an article: 10 words ending a statement, or 20 words. */
    static boolean isSubstantial(String line) {
        int w = words(line);
        return (w >= 10 && endsStatement(line)) || w >= 20;
    }

    /** A headline shape: 3 to 40 words and not ending with a full stop (headlines end bare, or with ؟ or !). */
    static boolean isHeadlineShaped(String line) {
        int w = words(line);
        return w >= 3 && w <= 40 && lastMark(line) != '.' && lastMark(line) != ':';
    }

    /** A section-name shape: 1 to 3 words, at most 30 chars, no digits and no punctuation ({@code العالم}). */
    static boolean isSectionShaped(String line) {
        if (line.length() > 30 || words(line) > 3) return false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isLetter(c) && c != ' ' && !isMark(c)) return false;
        }
        return true;
    }

    /** Arabic harakat and tatweel, which sit between letters. */
    static boolean isMark(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
    }

    /** Tokens that hold a digit (Western or Eastern Arabic): {@code 20 يونيو 2025، 5:00 م} has three. */
    static int digitTokens(String line) {
        int n = 0;
        boolean inToken = false, hasDigit = false;
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ' ';
            if (c == ' ') {
                if (inToken && hasDigit) n++;
                inToken = false;
                hasDigit = false;
            } else {
                inToken = true;
                hasDigit |= Character.isDigit(c);
            }
        }
        return n;
    }

    private static boolean containsAny(String folded, String[] phrases) {
        for (String p : phrases) {
            if (folded.contains(p)) return true;
        }
        return false;
    }
}
