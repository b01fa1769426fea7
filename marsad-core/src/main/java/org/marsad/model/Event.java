package org.marsad.model;

import java.util.Objects;

/**
 * Who did what to whom, where and when: one event coded in PLOVER, with its evidence.
 *
 * @param type the PLOVER type (ASSAULT, PROTEST, CONSULT …)
 * @param actor who acts, or null when the text does not say
 * @param target whom it is done to, or null
 * @param location where, or null
 * @param date when, ISO (2025-06-20) when known, else null
 * @param trigger the trigger word as written (قصف, التقى)
 * @param mode asserted, negated, hypothetical/future, or reported
 * @param text the evidence sentence, {@code body.substring(start, end)}
 * @param start first char of the evidence in the body
 * @param end one past its last char
 * @param confidence between 0 and 1
 */
public record Event(String type, Actor actor, Actor target, String location, String date, String trigger, Mode mode,
        String text, int start, int end, double confidence) {
    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(text, "text");
    }

    /** Whether the event is told as a fact. Only ASSERTED and REPORTED events count as having happened. */
    public enum Mode {
        ASSERTED,
        REPORTED,
        NEGATED,
        HYPOTHETICAL
    }
}
