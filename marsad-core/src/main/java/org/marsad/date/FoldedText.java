package org.marsad.date;

/**
 * A text folded for date matching, remembering where each folded char came from so that spans map back.
 *
 * <p>Folding: Eastern Arabic (٠-٩) and Persian (۰-۹) digits become ASCII; hamza seats (أ إ آ ٱ) become ا; ى becomes
 * ي; ة becomes ه; Persian ی and ک become ي and ك; tatweel, harakat and direction marks are dropped; odd spaces become
 * a plain space; Latin letters are lower-cased. Every step maps one char to at most one char, so the cost is linear.
 */
final class FoldedText {
    /** The folded text that patterns run on. */
    final String text;

    private final int[] origin;

    private FoldedText(String text, int[] origin) {
        this.text = text;
        this.origin = origin;
    }

    static FoldedText of(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int[] origin = new int[s.length() + 1];
        for (int i = 0; i < s.length(); i++) {
            char c = fold(s.charAt(i));
            if (c == 0) continue;
            origin[out.length()] = i;
            out.append(c);
        }
        origin[out.length()] = s.length();
        return new FoldedText(out.toString(), origin);
    }

    /** Folds one string, for word tables. */
    static String fold(String s) {
        return of(s).text;
    }

    /** The offset in the original text of the folded char at {@code foldedStart}. */
    int originalStart(int foldedStart) {
        return origin[foldedStart];
    }

    /** The offset in the original text just after the folded char before {@code foldedEnd}. */
    int originalEnd(int foldedEnd) {
        return foldedEnd == 0 ? 0 : origin[foldedEnd - 1] + 1;
    }

    /** One char folded, or 0 to drop it. */
    static char fold(char c) {
        if (c >= '\u0660' && c <= '\u0669') return (char) ('0' + (c - '\u0660'));
        if (c >= '\u06F0' && c <= '\u06F9') return (char) ('0' + (c - '\u06F0'));
        if (c >= 'A' && c <= 'Z') return (char) (c + 32);
        switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ':
                return 'ا';
            case 'ى', 'ی', 'ې', 'ۍ':
                return 'ي';
            case 'ة', 'ۀ', 'ە':
                return 'ه';
            case 'ک':
                return 'ك';
            case '\u0640', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\uFEFF', '\u202A', '\u202B',
                    '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u00AD':
                return 0;
            case '\u00A0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008',
                    '\u2009', '\u200A', '\u202F', '\u205F', '\u3000', '\t', '\r', '\f':
                return ' ';
            case '\u066B':
                return '.'; // Arabic decimal separator
            case '\u066C':
                return ',';
            case '\u2212', '\u2010', '\u2011':
                return '-';
            case '\uFF1A':
                return ':';
            default:
                break;
        }
        if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670') return 0; // harakat, tanween, superscript alef
        return c;
    }
}
