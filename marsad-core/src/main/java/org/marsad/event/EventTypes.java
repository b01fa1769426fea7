package org.marsad.event;

import java.util.Set;

/** The sixteen PLOVER event types Marsad codes. */
public final class EventTypes {
    /** Every PLOVER type, upper case. */
    public static final Set<String> PLOVER = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
            "ASSAULT");

    private EventTypes() {}
}
