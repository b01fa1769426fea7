package org.marsad.quote;

/**
 * One reported statement as read off the tokens, before its speaker is resolved.
 *
 * @param cueToken index of the cue token
 * @param cue the cue word
 * @param subjectFrom first token of the subject phrase after the cue (names, roles); equal to subjectTo if none
 * @param subjectTo one past its last token
 * @param appositionFrom first token of a role between commas after the subject (قال فلان، أستاذ …، إن), or -1
 * @param appositionTo one past its last token, or -1
 * @param outlet the outlet the words were given to (إرم نيوز), or null
 * @param start first char of the content in the body
 * @param end one past its last char
 * @param direct true when the content is the speaker's own words (in quote marks or after a colon)
 */
record Frame(int cueToken, QuoteLexicon.CueWord cue, int subjectFrom, int subjectTo, int appositionFrom,
        int appositionTo, String outlet, int start, int end, boolean direct) {
    /** Whether the cue names no subject of its own (وأضاف أن، مشيراً إلى أن). */
    boolean bare() {
        return subjectFrom >= subjectTo;
    }
}
