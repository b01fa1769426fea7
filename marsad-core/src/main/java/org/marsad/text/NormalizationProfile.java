package org.marsad.text;

import java.util.EnumSet;
import java.util.Set;

/** A named set of {@link NormalizationRule}s. */
public enum NormalizationProfile {
    /** Aggressive folding for matching and search: every rule. */
    SEARCH(EnumSet.allOf(NormalizationRule.class)),
    /** Only invisible noise: bidi and zero-width controls, odd spaces, presentation forms. Letters stay as written. */
    DISPLAY(EnumSet.of(NormalizationRule.INVISIBLE_CONTROLS, NormalizationRule.SPACES,
            NormalizationRule.PRESENTATION_FORMS)),
    /**
     * What the clitic segmenter reads: SEARCH without the folds that erase suffix evidence (ta marbuta and alef
     * maqsura stay, so مدرسة is not read as مدرس + the pronoun ه).
     */
    MORPHOLOGY(EnumSet.complementOf(EnumSet.of(NormalizationRule.TA_MARBUTA, NormalizationRule.ALEF_MAQSURA)));

    private final Set<NormalizationRule> rules;

    NormalizationProfile(Set<NormalizationRule> rules) {
        this.rules = Set.copyOf(rules);
    }

    /** The rules this profile applies. */
    public Set<NormalizationRule> rules() {
        return rules;
    }
}
