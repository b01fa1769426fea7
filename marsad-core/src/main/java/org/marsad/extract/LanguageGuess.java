package org.marsad.extract;

/** A cheap language guess from the script of the letters, for when a page declares none. */
public final class LanguageGuess {
    private LanguageGuess() {}

    /**
     * "ar" when most letters are Arabic script and no Persian-only letters (پ چ ژ گ) are frequent, "fa" when they are,
     * "en" for mostly Latin text, null when there are too few letters to tell.
     */
    public static String of(CharSequence text) {
        int arabic = 0, latin = 0, persian = 0, letters = 0;
        int n = Math.min(text.length(), 20_000);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) continue;
            letters++;
            if (c >= '\u0600' && c <= '\u06FF') {
                arabic++;
                if (c == '\u067E' || c == '\u0686' || c == '\u0698' || c == '\u06AF') persian++;
            } else if (c < '\u0250') {
                latin++;
            }
        }
        if (letters < 20) return null;
        if (arabic * 2 > letters) return persian * 200 > arabic ? "fa" : "ar";
        if (latin * 2 > letters) return "en";
        return null;
    }
}
