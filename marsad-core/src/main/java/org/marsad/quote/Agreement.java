package org.marsad.quote;

/** The person a cue form agrees with: قال masculine, قالت feminine, قالوا plural. */
enum Agreement {
    MASCULINE,
    FEMININE,
    PLURAL,
    /** Attributions agree with anything. */
    ANY
}
