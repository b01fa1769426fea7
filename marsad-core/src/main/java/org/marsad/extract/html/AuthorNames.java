package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.extract.TextClean;

/**
 * Turns a byline string into person names: label prefixes (بقلم، كتب، By...) stripped, emails, URLs and dates
 * dropped, several authors split ("سارة يوسف وهدى كمال" is two people), site and agency names refused.
 */
final class AuthorNames {
    /** Byline labels that precede the name. */
    private static final Pattern PREFIX = Pattern.compile(
            "^(?i)(بقلم|كتب|كتبت|كتبه|كتبها|كتابة|إعداد|اعداد|تقرير|مراسل|مراسلة|مراسلنا|مراسلتنا|بواسطة|تحرير"
                    + "|حوار|الكاتب|الكاتبة|المحرر|المحررة|المؤلف|written by|reported by|reporting by|posted by"
                    + "|analysis by"
                    + "|opinion by|interview by|by"
                    + "|authors?)(?=[\\s:،,\\-–]|$)[\\s:،,\\-–]*");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+");
    /** A URL, a copyright line or other text that names no author. */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)^(https?:|www\\.|//|©|\\(c\\)|copyright).*");
    private static final Pattern BRACKETS_QUOTES = Pattern.compile("[()\\[\\]«»\"]");
    private static final Pattern INITIALS = Pattern.compile("[A-Z]{1,3}");
    private static final Pattern END_MARKS = Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$");
    private static final Pattern URL = Pattern.compile("(?i)(https?://|www\\.)\\S+|@\\w+");
    private static final Pattern DATE = Pattern.compile(
            "[0-9٠-٩]{1,4}(\\s*[/\\-.]\\s*[0-9٠-٩]{1,4}){1,2}|[0-9٠-٩]{1,2}:[0-9٠-٩]{2}(\\s*(ص|م|(?i)am|(?i)pm))?"
                    + "|\\b(السبت|الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة)\\b"
                    + "|\\b(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"
                    + "|\\b(GMT|UTC|PT|ET|EST|EDT|PST|PDT|CET|IST)\\b");
    /** Separators after which a byline gives a place, a role or a date rather than another name. */
    private static final Pattern DATELINE = Pattern.compile("\\s+[-–—|/]\\s+|\\s*[|]\\s*");
    /** Separators between several authors (the conjunction و is handled word by word). */
    private static final Pattern LIST = Pattern.compile("\\s*[،,;؛&]\\s*|\\s+(?i)and\\s+|\\s+و\\s+");
    /** Web-design credits that some pages put in author meta tags. */
    private static final Pattern CREDITS = Pattern.compile("(?i)(developed|designed|powered|hosted) by|تصميم|برمجة");
    /** Given names that begin with و: a word like these after a name is not "and ...". */
    private static final Set<String> WAW_NAMES = Set.of(
            "وليد", "وائل", "وفاء", "وسام", "وداد", "وجدي", "وحيد", "وديع", "وصفي", "وهبة", "وهبه", "وعد", "وئام",
            "وجيه", "وجيهة", "ورد", "وردة", "ولاء", "وفيق", "وضاح", "وهيب", "وسيم", "وسيمة", "وصال", "وجدان", "وصفاء",
            "وليم", "ويليام", "وهاب", "ونيس", "وداعة", "وحيدة", "ولي", "وهبي", "وطفة", "وزان");
    /** Job titles that follow a name in a byline ("سامر حداد، مراسل الإذاعة"): the piece is a role, not a person. */
    private static final Pattern ROLE = Pattern.compile(
            "(?i)\\b(writer|editor|correspondent|reporter|staff|contributor|columnist|producer)\\b"
                    + "|^(مراسل|مراسلة|محرر|محررة|رئيس تحرير|مدير تحرير|صحفي|صحفية|كاتب صحفي)(\\s|$)");
    /** Generic staff labels that name nobody. */
    private static final Set<String> NOBODY = Set.of(
            "admin", "administrator", "editor", "staff", "المحرر", "محرر", "فريق التحرير", "هيئة التحرير", "التحرير",
            "وكالات", "الوكالات", "مصادر", "متابعات", "خاص", "بي بي سي نيوز", "newsroom");

    private AuthorNames() {}

    /** The person names in one byline string; empty when it names only the site, an agency or nothing. */
    static List<String> parse(String byline, MetaSiteNames sites) {
        List<String> out = new ArrayList<>();
        String s = JsonLd.clean(byline);
        if (s == null || NOT_A_NAME.matcher(s).matches() || CREDITS.matcher(s).find()) {
            return out;
        }
        s = EMAIL.matcher(s).replaceAll(" ");
        s = URL.matcher(s).replaceAll(" ");
        s = DATE.matcher(s).replaceAll(" ");
        s = TextClean.line(BRACKETS_QUOTES.matcher(s).replaceAll(" "));
        s = TextClean.line(PREFIX.matcher(s).replaceFirst(""));
        if (s.isEmpty()) return out;
        // "الاسم - المدينة" keeps the name; "المدينة - الموقع" or "القاهرة - أ ش أ" is a dateline, not a person.
        String[] parts = DATELINE.split(s);
        if (parts.length == 0) return out;
        for (String p : parts) if (isOrganisation(p, sites)) return out;
        Set<String> names = new LinkedHashSet<>();
        String[] pieces = LIST.split(parts[0]);
        for (int i = 0; i < pieces.length; i++) {
            // After the first name, "مراسل الإذاعة" or "Staff Writer" is the role of the name before it.
            if (i > 0 && ROLE.matcher(pieces[i].strip()).find()) continue;
            for (String name : splitOnAttachedWaw(TextClean.line(PREFIX.matcher(pieces[i].strip()).replaceFirst("")))) {
                String n = trimPunct(name);
                if (looksLikeName(n) && !isOrganisation(n, sites)) names.add(n);
            }
        }
        out.addAll(names);
        return out;
    }

    /**
     * Splits "كايلا إبستين وأنجليكا كاساس" at the attached و when both sides have at least two words and the
     * و-word is not itself a name like وليد: "محمد وليد سالم" stays one person.
     */
    static List<String> splitOnAttachedWaw(String s) {
        List<String> out = new ArrayList<>();
        String[] words = s.split(" ");
        int start = 0;
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (w.length() < 3 || w.charAt(0) != 'و' || WAW_NAMES.contains(w)) continue;
            int left = i - start;
            int right = words.length - i;
            if (left >= 2 && right >= 2) {
                out.add(String.join(" ", Arrays.copyOfRange(words, start, i)));
                words[i] = w.substring(1);
                start = i;
            }
        }
        out.add(String.join(" ", Arrays.copyOfRange(words, start, words.length)));
        return out;
    }

    private static boolean isOrganisation(String text, MetaSiteNames sites) {
        return sites.matches(text) || CaptionCredits.isAgency(text);
    }

    /** A person's name: 1 to 6 words, letters only (no digits), not a staff label, role or credential. */
    private static boolean looksLikeName(String n) {
        if (n.length() < 2 || n.chars().anyMatch(Character::isDigit)) return false;
        if (ROLE.matcher(n).find() || INITIALS.matcher(n).matches()) return false;
        if (n.chars().noneMatch(Character::isLetter)) return false;
        if (NOBODY.contains(n.toLowerCase(Locale.ROOT))) return false;
        return n.split(" ").length <= 6;
    }

    private static String trimPunct(String s) {
        return TextClean.line(END_MARKS.matcher(s).replaceAll(""));
    }
}
