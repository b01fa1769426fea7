package org.marsad.text;

/**
 * Splits text into tokens with exact spans: words (letters, marks, digits, with inner joiners), numbers and dates
 * (digits with inner . , ٫ ٬ / : - and a trailing %), URLs, e-mails, punctuation (runs of one mark, as ... or !!)
 * and symbols. Clitics stay attached. Spaces, bidi marks and other invisible controls separate tokens and belong to
 * none. Thread-safe and stateless; one pass, no regular expressions.
 */
final class Tokenizer {
    private Tokenizer() {}

    /** Appends the tokens of {@code text} to {@code out}. */
    static void tokenize(char[] text, TokenBuffer out) {
        int n = text.length;
        int i = 0;
        int noEmailBefore = 0; // starts before this index share a local-part run that has no @ after it
        while (i < n) {
            char c = text[i];
            byte k = CharClass.of(c);
            if (k == CharClass.SPACE || k == CharClass.IGNORED || k == CharClass.JOINER) {
                i++;
                continue;
            }
            if (k == CharClass.LOW_SURROGATE) { // a lone low surrogate
                out.add(i, i + 1, TokenKind.SYMBOL);
                i++;
                continue;
            }
            if (k == CharClass.HIGH_SURROGATE) {
                i = supplementary(text, i, out);
                continue;
            }
            if ((c == 'h' || c == 'H' || c == 'w' || c == 'W') && startsUrl(text, i)) {
                i = url(text, i, out);
                continue;
            }
            if (CharClass.isWordClass(k)) {
                int email = -1;
                if ((k == CharClass.LATIN || k == CharClass.DIGIT) && i >= noEmailBefore) {
                    int local = localPartEnd(text, i);
                    if (local < n && text[local] == '@') email = emailEnd(text, local);
                    else noEmailBefore = local; // linear on runs like 1_1_1_1…
                }
                if (email > 0) {
                    out.add(i, email, TokenKind.EMAIL);
                    i = email;
                } else {
                    i = word(text, i, out);
                }
                continue;
            }
            if (k == CharClass.PUNCT) {
                int j = i + 1;
                while (j < n && text[j] == c) j++;
                out.add(i, j, TokenKind.PUNCTUATION);
                i = j;
                continue;
            }
            out.add(i, i + 1, TokenKind.SYMBOL);
            i++;
        }
    }

    /** A supplementary code point (or a lone high surrogate) at i: a word char starts a word, else a symbol. */
    private static int supplementary(char[] text, int i, TokenBuffer out) {
        if (i + 1 < text.length && Character.isLowSurrogate(text[i + 1])) {
            int cp = Character.codePointAt(text, i);
            if (CharClass.isWordClass(CharClass.classify(cp))) return word(text, i, out);
            out.add(i, i + 2, TokenKind.SYMBOL);
            return i + 2;
        }
        out.add(i, i + 1, TokenKind.SYMBOL);
        return i + 1;
    }

    /** Scans a word from i; returns its end. */
    private static int word(char[] text, int start, TokenBuffer out) {
        int n = text.length;
        int i = start;
        int arabic = 0;
        int latin = 0;
        int other = 0;
        int digits = 0;
        int dateSeparators = 0;
        int dots = 0;
        int groupLetters = 0; // letters since the start or the last acronym dot
        boolean acronym = false;
        byte prev = -1;
        while (i < n) {
            char c = text[i];
            byte k = CharClass.of(c);
            int width = 1;
            if (k == CharClass.HIGH_SURROGATE && i + 1 < n && Character.isLowSurrogate(text[i + 1])) {
                k = CharClass.classify(Character.codePointAt(text, i));
                width = 2;
            }
            if (CharClass.isWordClass(k)) {
                switch (k) {
                    case CharClass.ARABIC -> { arabic++; if (c != '\u0640') groupLetters++; }
                    case CharClass.LATIN -> { latin++; groupLetters++; }
                    case CharClass.OTHER_LETTER -> { other++; groupLetters++; }
                    case CharClass.DIGIT -> digits++;
                    default -> { }
                }
                prev = k;
                i += width;
                continue;
            }
            if (k == CharClass.JOINER && i + 1 < n && CharClass.isWordClass(CharClass.of(text[i + 1]))) {
                i++;
                continue;
            }
            if (i + 1 < n && prev == CharClass.DIGIT && CharClass.of(text[i + 1]) == CharClass.DIGIT
                    && isNumberSeparator(c)) {
                if (c == '/' || c == ':') dateSeparators += 2; // one slash or colon makes a date or a time
                else if (c == '-') dateSeparators++; // one hyphen is a range (1990-1995), two a date
                else if (c == '.') dots++;
                i++;
                continue;
            }
            if ((c == '%' || c == '٪') && prev == CharClass.DIGIT) {
                i++;
                break;
            }
            if (prev == CharClass.LATIN && (c == '-' || c == '\'' || c == '’') && i + 1 < n
                    && (CharClass.of(text[i + 1]) == CharClass.LATIN
                        || (c == '-' && CharClass.of(text[i + 1]) == CharClass.DIGIT))) { // O'Neil, AK-47
                i++;
                continue;
            }
            if (c == '.' && groupLetters > 0 && groupLetters <= 2 && (prev == CharClass.ARABIC
                    || prev == CharClass.LATIN || prev == CharClass.MARK)) {
                int next = i + 1 < n ? shortLetterGroup(text, i + 1) : 0;
                if (next > 0) { // an acronym: ق.م, U.S, سي.ان.ان
                    acronym = true;
                    groupLetters = 0;
                    i++;
                    continue;
                }
                if ((acronym || (groupLetters == 1 && arabic > 0 && latin + other + digits == 0))
                        && (i + 1 >= n || !CharClass.isWordClass(CharClass.of(text[i + 1])))) {
                    i++; // the abbreviation's final dot: د. م. ق.م.
                }
            }
            break;
        }
        out.add(start, i, kindOf(arabic, latin, other, digits, dateSeparators, dots));
        return i;
    }

    private static TokenKind kindOf(int arabic, int latin, int other, int digits, int dateSeparators, int dots) {
        if (arabic > 0) return TokenKind.ARABIC_WORD;
        if (latin > 0) return TokenKind.LATIN_WORD;
        if (other > 0) return TokenKind.OTHER_WORD;
        if (digits > 0 && (dateSeparators >= 2 || dots >= 2)) return TokenKind.DATE;
        return digits > 0 ? TokenKind.NUMBER : TokenKind.OTHER_WORD; // marks alone
    }

    /** Between two digits: decimal and thousands signs, and the separators of dates and times. */
    private static boolean isNumberSeparator(char c) {
        return c == '.' || c == ',' || c == '٫' || c == '٬' || c == '/' || c == ':' || c == '-';
    }

    /** The length of a group of 1–2 letters at i followed by a non-letter, else 0 (the acronym test). */
    private static int shortLetterGroup(char[] text, int i) {
        int n = text.length;
        int letters = 0;
        int j = i;
        while (j < n) {
            byte k = CharClass.of(text[j]);
            if (k == CharClass.ARABIC || k == CharClass.LATIN) {
                if (text[j] != '\u0640') letters++;
            } else if (k != CharClass.MARK) {
                break;
            }
            if (letters > 2) return 0;
            j++;
        }
        return letters;
    }

    private static boolean startsUrl(char[] text, int i) {
        if (i > 0 && CharClass.isWordClass(CharClass.of(text[i - 1]))) return false;
        return startsWithIgnoringCase(text, i, "http://") || startsWithIgnoringCase(text, i, "https://")
                || startsWithIgnoringCase(text, i, "www.");
    }

    /** A URL runs to a space, a quote or a bracket; trailing punctuation is not part of it. */
    private static int url(char[] text, int start, TokenBuffer out) {
        int n = text.length;
        int i = start;
        while (i < n) {
            char c = text[i];
            byte k = CharClass.of(c);
            if (k == CharClass.SPACE || k == CharClass.IGNORED || c == '"' || c == '<' || c == '>' || c == '«'
                    || c == '»' || c == '“' || c == '”' || c == '(' || c == ')' || c == '[' || c == ']'
                    || c == '{' || c == '}' || c == '،' || c == '\'') {
                break;
            }
            i++;
        }
        while (i > start + 4 && ".,;:!?؛؟".indexOf(text[i - 1]) >= 0) i--;
        if (i > 0 && Character.isHighSurrogate(text[i - 1])) i--; // never split a pair
        out.add(start, i, TokenKind.URL);
        return i;
    }

    /** The end of the run of e-mail local-part chars starting at i. */
    private static int localPartEnd(char[] text, int i) {
        int j = i;
        while (j < text.length && isEmailLocal(text[j])) j++;
        return j;
    }

    /** The end of an e-mail address whose local part ends at the @ at {@code at} (local@domain.tld), or -1. */
    private static int emailEnd(char[] text, int at) {
        int n = text.length;
        int j = at;
        int domainStart = ++j;
        int lastDot = -1;
        while (j < n && (isAsciiAlnum(text[j]) || text[j] == '-' || text[j] == '.')) {
            if (text[j] == '.') lastDot = j;
            j++;
        }
        while (j > domainStart && text[j - 1] == '.') j--;
        lastDot = -1;
        for (int k = j - 1; k >= domainStart; k--) {
            if (text[k] == '.') {
                lastDot = k;
                break;
            }
        }
        if (lastDot <= domainStart || j - lastDot < 3) return -1;
        return j;
    }

    /** True when text[i…] starts with the lower-case ASCII {@code prefix}, ignoring case. */
    private static boolean startsWithIgnoringCase(char[] text, int i, String prefix) {
        if (i + prefix.length() > text.length) return false;
        for (int k = 0; k < prefix.length(); k++) {
            char c = text[i + k];
            if (c != prefix.charAt(k) && Character.toLowerCase(c) != prefix.charAt(k)) return false;
        }
        return true;
    }

    private static boolean isEmailLocal(char c) {
        return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
