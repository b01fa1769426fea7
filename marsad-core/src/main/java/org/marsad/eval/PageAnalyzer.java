package org.marsad.eval;

import org.marsad.Marsad;
import org.marsad.model.Analysis;

/** The extraction under evaluation: page bytes and URL in, an article or a rejection out. */
@FunctionalInterface
public interface PageAnalyzer {
    /** Marsad's own front door, {@link Marsad#analyze(byte[], String)}. */
    PageAnalyzer MARSAD = Marsad::analyze;

    /** Analyzes one page; {@code url} may be null. */
    Analysis analyze(byte[] bytes, String url);
}
