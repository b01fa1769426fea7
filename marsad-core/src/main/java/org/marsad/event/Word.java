package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Morphology;
import org.marsad.text.Segment;
import org.marsad.text.Sentence;
import org.marsad.text.Token;
import org.marsad.text.TokenKind;

/**
 * One token of a sentence as the coder reads it: its SEARCH-normalized form, the form without the leading
 * conjunction, preposition, future and article clitics (its bare form), which clitics it carried, and where its
 * name-like part starts in the body (after و، ب، ل، ك).
 *
 * @param token the text layer's token
 * @param norm the whole token, SEARCH-normalized (وبالهجوم → وبالهجوم)
 * @param bare the stem without leading clitics (وبالهجوم → هجوم)
 * @param conjunction it starts with و or ف
 * @param preposition the attached preposition ("ب", "ل", "ك") or null
 * @param article it carries ال
 * @param future it carries the future س
 * @param nameStart where the token starts once و/ف and ب/ل/ك are dropped (the article stays, but the lone lam of
 *     لل goes with its preposition: للطرف → طرف)
 * @param readings the letter-peeled readings of {@code norm} ({@link WordForms}), fewest peeled letters first
 * @param keys the article-free look-up keys of {@link WordKeys}, or null until {@link #withKeys()}
 * @param tanweenFatha the surface carries the accusative tanween ً (مباشرًا)
 * @param taMarbuta the surface ends in ة, so its final ه (after normalization) is no pronoun (وزارة is no زار + ه)
 */
record Word(Token token, String norm, String bare, boolean conjunction, String preposition, boolean article,
        boolean future, int nameStart, List<WordForms.Reading> readings, Set<String> keys, boolean tanweenFatha,
        boolean taMarbuta) {

    /** True for words and numbers; false for punctuation and symbols. */
    boolean isWordLike() {
        return token.isWord() || token.kind() == TokenKind.NUMBER;
    }

    /** True for punctuation (a clause or phrase boundary). */
    boolean isPunctuation() {
        return token.kind() == TokenKind.PUNCTUATION || token.kind() == TokenKind.SYMBOL;
    }

    /** The text layer guesses a verb form (an imperfect prefix, or a past feminine ت). */
    boolean looksVerbal() {
        return token.morphology().verb() != Morphology.VerbHint.NONE;
    }

    /** The words of one sentence, in order, without their keys (see {@link #withKeys(List)}). */
    static List<Word> of(AnalyzedText text, Sentence sentence) {
        List<Token> tokens = text.tokens(sentence);
        List<Word> words = new ArrayList<>(tokens.size());
        for (Token t : tokens) words.add(of(text.text(), t));
        return words;
    }

    /** One token of {@code text} read as a word. */
    static Word of(String text, Token t) {
        boolean conj = false;
        boolean art = false;
        boolean fut = false;
        String prep = null;
        int nameStart = t.start();
        StringBuilder bare = new StringBuilder();
        for (Segment s : t.segments()) {
            switch (s.kind()) {
                case CONJUNCTION -> {
                    conj = true;
                    nameStart = s.end();
                }
                case PREPOSITION -> {
                    prep = s.normalized().isEmpty() ? null : s.normalized().substring(0, 1);
                    nameStart = s.end();
                }
                case FUTURE -> fut = true;
                case ARTICLE -> {
                    art = true;
                    if (s.end() - s.start() == 1) nameStart = s.end(); // لل: no name starts with the lone lam
                }
                case STEM -> bare.append(s.normalized());
                default -> { }
            }
        }
        String b = bare.length() == 0 ? t.normalized() : bare.toString();
        List<WordForms.Reading> readings = t.kind() == TokenKind.ARABIC_WORD
                ? WordForms.readings(t.normalized()) : List.of();
        boolean tanween = false;
        int last = t.end() - 1;
        for (int i = t.start(); i < t.end() && !tanween; i++) tanween = text.charAt(i) == '\u064B';
        while (last > t.start() && Character.getType(text.charAt(last)) == Character.NON_SPACING_MARK) last--;
        boolean taMarbuta = t.end() > t.start() && text.charAt(last) == '\u0629';
        return new Word(t, t.normalized(), b, conj, prep, art, fut, nameStart, readings, null, tanween, taMarbuta);
    }

    /** This word with its look-up keys, which only sentences holding a trigger need (they cost a set per word). */
    Word withKeys() {
        return keys != null ? this : new Word(token, norm, bare, conjunction, preposition, article, future, nameStart,
                readings, WordKeys.keys(bare, readings), tanweenFatha, taMarbuta);
    }

    /** The words of one sentence, each with its keys. */
    static List<Word> withKeys(List<Word> words) {
        List<Word> out = new ArrayList<>(words.size());
        for (Word w : words) out.add(w.withKeys());
        return out;
    }

    /** Whether the word as a whole, or without its conjunction و/ف, is in {@code forms} (for particles). */
    boolean readsAsWhole(Set<String> forms) {
        if (forms.contains(norm)) return true;
        return norm.length() > 2 && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف') && forms.contains(norm.substring(1));
    }

    /** Whether the word reads as one of the verb {@code forms}, clitics other than و/ف/س not peeled. */
    boolean verbIn(Set<String> forms) {
        if (article) return false;
        if (forms.contains(norm) || forms.contains(bare)) return true;
        for (WordForms.Reading r : readings) {
            if (!r.article() && !r.preposition() && !r.pronoun() && forms.contains(r.form())) return true;
        }
        return false;
    }

    /** Whether one of this word's readings is in {@code forms}. */
    boolean readsAs(Set<String> forms) {
        if (forms.contains(norm) || forms.contains(bare)) return true;
        for (WordForms.Reading r : readings) if (forms.contains(r.form())) return true;
        return false;
    }
}
