package org.marsad.model;

import java.util.Objects;

/**
 * A reported statement: who said what, with the content's exact span in the body.
 *
 * @param speaker who said it
 * @param cue the cue word as written (قال, وأضاف, مشيرا, بحسب)
 * @param direct true for quoted words («…», "…"), false for reported speech (قال إن …)
 * @param outlet the outlet the statement was made to (إرم نيوز), or null
 * @param text the reported content, {@code body.substring(start, end)}
 * @param start first char of the content in the body
 * @param end one past its last char
 * @param rule the name of the rule (sieve) that chose the speaker, for debugging and evaluation
 */
public record Quote(Speaker speaker, String cue, boolean direct, String outlet, String text, int start, int end,
        String rule) {
    public Quote {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
    }
}
