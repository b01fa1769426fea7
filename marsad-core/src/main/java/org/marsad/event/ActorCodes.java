package org.marsad.event;

import java.util.Map;
import java.util.Set;
import org.marsad.model.Actor;

/**
 * A CAMEO actor code as the PETRARCH gold writes it ({@code "ISR MIL"}, {@code "None CVL"}): a state (ISO alpha-3,
 * or a CAMEO group code such as IMG) and an agent, either "None". The match rule for Marsad's {@link Actor}:
 * <ul>
 *   <li>every part both sides state must agree: the state equals the actor's country; the agent is one of those
 *       the actor's kind stands for (government → GOV, military → MIL, police → COP, armed group → UAF/REB/IMG,
 *       civilians and protesters → CVL, opposition → OPP, students → EDU, party → PTY, clergy → REL, criminals →
 *       CRM, intelligence → SPY, media → MED, judiciary → JUD, refugees → REF, workers → LAB, business → BUS);</li>
 *   <li>and at least one part must agree (a bare name with neither country nor kind is never right).</li>
 * </ul>
 * The CAMEO pseudo-state IMG (an international militant group) counts as agreeing with the kind armed group.
 *
 * @param state the state part, or null for "None"
 * @param agent the agent part, or null for "None"
 */
public record ActorCodes(String state, String agent) {
    private static final Map<String, Set<String>> AGENTS_OF_KIND = Map.ofEntries(
            Map.entry("government", Set.of("GOV")),
            Map.entry("military", Set.of("MIL")),
            Map.entry("police", Set.of("COP")),
            Map.entry("armed group", Set.of("UAF", "REB", "IMG")),
            Map.entry("civilians", Set.of("CVL")),
            Map.entry("protesters", Set.of("CVL")),
            Map.entry("opposition", Set.of("OPP")),
            Map.entry("students", Set.of("EDU")),
            Map.entry("party", Set.of("PTY")),
            Map.entry("clergy", Set.of("REL")),
            Map.entry("criminals", Set.of("CRM")),
            Map.entry("intelligence", Set.of("SPY")),
            Map.entry("media", Set.of("MED")),
            Map.entry("judiciary", Set.of("JUD")),
            Map.entry("refugees", Set.of("REF")),
            Map.entry("workers", Set.of("LAB")),
            Map.entry("business", Set.of("BUS")));
    private static final Set<String> GROUP_STATES = Set.of("IMG");

    /** Reads "ISR MIL"; missing parts read as None. */
    public static ActorCodes parse(String code) {
        String[] p = code == null ? new String[0] : code.trim().split("\\s+");
        return new ActorCodes(part(p, 0), part(p, 1));
    }

    /** Whether the code names anyone (not "None None"). */
    public boolean known() {
        return state != null || agent != null;
    }

    /** Whether {@code actor} matches this code by the rule above; a null actor never does. */
    public boolean matches(Actor actor) {
        if (actor == null || !known()) return false;
        Set<String> agents = actor.kind() == null ? Set.of() : AGENTS_OF_KIND.getOrDefault(actor.kind(), Set.of());
        boolean groupState = state != null && GROUP_STATES.contains(state);
        int agreeing = 0;
        if (state != null && !groupState && actor.country() != null) {
            if (!state.equals(actor.country())) return false;
            agreeing++;
        }
        if (groupState && !agents.isEmpty()) {
            if (!agents.contains("IMG")) return false;
            agreeing++;
        }
        if (agent != null && !agents.isEmpty()) {
            if (!agents.contains(agent)) return false;
            agreeing++;
        }
        return agreeing > 0;
    }

    /** The strict variant: every part the gold states must be stated by the actor too, and agree. */
    public boolean matchesStrictly(Actor actor) {
        if (!matches(actor)) return false;
        Set<String> agents = actor.kind() == null ? Set.of() : AGENTS_OF_KIND.getOrDefault(actor.kind(), Set.of());
        boolean groupState = state != null && GROUP_STATES.contains(state);
        if (state != null && !groupState && actor.country() == null) return false;
        if (groupState && !agents.contains("IMG")) return false;
        return agent == null || agents.contains(agent);
    }

    private static String part(String[] p, int i) {
        if (i >= p.length || p[i].isBlank() || p[i].equalsIgnoreCase("None")) return null;
        return p[i].toUpperCase(java.util.Locale.ROOT);
    }
}
