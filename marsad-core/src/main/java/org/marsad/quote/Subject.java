package org.marsad.quote;

import org.marsad.model.Speaker;

/**
 * The subject phrase of a cue, split into what it is: a name (with a role before it or in apposition), a role alone,
 * a group, an institution or an anonymous source. Token ranges are into {@link Tokens}; -1 when absent.
 *
 * @param kind what speaks
 * @param nameFrom first token of the personal name, or of the whole phrase for groups and institutions
 * @param nameTo one past its last token
 * @param roleFrom first token of the role (before the name, or the apposition after it)
 * @param roleTo one past its last token
 * @param apposition true when the role came between commas after the name
 */
record Subject(Speaker.Kind kind, int nameFrom, int nameTo, int roleFrom, int roleTo, boolean apposition) {
    boolean named() {
        return nameFrom >= 0 && nameTo > nameFrom;
    }

    boolean hasRole() {
        return roleFrom >= 0 && roleTo > roleFrom;
    }

    /** Reads the subject of {@code f}: its phrase after the cue and its apposition. */
    static Subject of(Frame f, Tokens t, QuoteLexicon lex) {
        int s = f.subjectFrom();
        int e = f.subjectTo();
        int appFrom = f.appositionFrom();
        int appTo = f.appositionTo();
        if (s >= e) return new Subject(Speaker.Kind.UNKNOWN, -1, -1, -1, -1, false);
        if (anonymous(t, lex, s, e, appFrom, appTo, f)) return new Subject(Speaker.Kind.ANONYMOUS, s, e, -1, -1, false);
        if (t.is(s, "group")) return new Subject(Speaker.Kind.GROUP, s, e, appFrom, appTo, appFrom >= 0);
        if (t.is(s, "institution")) return new Subject(Speaker.Kind.INSTITUTION, s, e, -1, -1, false);
        if (t.is(s, "title")) return named(s + 1, e, appFrom, appTo);
        if (t.is(s, "role")) {
            for (int k = s + 1; k < e; k++) {
                if (t.is(k, "title")) return new Subject(Speaker.Kind.PERSON, k + 1, e, s, k, false);
                boolean nameLike = !t.definite(k) && !t.prefixed(k) && !t.punctuation(k) && !known(t, lex, k);
                if (nameLike && t.definite(k - 1) && !t.prefixed(k - 1)) {
                    return new Subject(Speaker.Kind.PERSON, k, e, s, k, false);
                }
            }
            if (appFrom >= 0 && !t.definite(appFrom) && !known(t, lex, appFrom)) { // القيادي في المقاومة، فلان الفلاني،
                return new Subject(Speaker.Kind.PERSON, appFrom, appTo, s, e, false);
            }
            return new Subject(Speaker.Kind.PERSON, -1, -1, s, e, false); // a role alone: المحلل السياسي
        }
        return named(s, e, appFrom, appTo);
    }

    private static Subject named(int s, int e, int appFrom, int appTo) {
        if (s >= e) return new Subject(Speaker.Kind.UNKNOWN, -1, -1, -1, -1, false);
        return new Subject(Speaker.Kind.PERSON, s, e, appFrom, appTo, appFrom >= 0);
    }

    /** A word of any speaker section: not part of a personal name. */
    static boolean known(Tokens t, QuoteLexicon lex, int k) {
        return t.is(k, "role") || t.is(k, "institution") || t.is(k, "group") || t.is(k, "title")
                || t.is(k, "function") || t.is(k, "anonymous");
    }

    /** مصدر مطلع، مسؤول رفض الكشف عن اسمه، مصادر: a source the article does not name. */
    private static boolean anonymous(Tokens t, QuoteLexicon lex, int s, int e, int appFrom, int appTo, Frame f) {
        String first = QuoteLexicon.bare(t.get(s));
        if (first.equals("مصدر") || first.equals("المصدر") || first.equals("مصادر")) return true;
        int to = Math.max(e, appTo);
        for (int k = s; k + 1 < Math.min(to + 8, t.size()); k++) {
            String a = t.norm(k);
            String b = t.norm(k + 1);
            if ((a.equals("الكشف") || a.equals("ذكر") || a.equals("نشر")) && (b.equals("عن") || b.equals("اسمه")
                    || b.equals("اسمها") || b.equals("هويته"))) return true;
            if (a.equals("عدم") && (b.equals("ذكر") || b.equals("الكشف") || b.equals("نشر"))) return true;
        }
        return false;
    }
}
