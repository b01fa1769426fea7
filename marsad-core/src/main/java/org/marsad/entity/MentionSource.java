package org.marsad.entity;

import java.util.List;
import org.marsad.model.Mention;
import org.marsad.text.AnalyzedText;

/**
 * Where {@link EntityFinder} gets its mentions: a trained tagger, or the cue heuristics of {@link CueMentions}.
 * Implementations are thread-safe; every mention's span is into {@link AnalyzedText#text()}.
 */
@FunctionalInterface
public interface MentionSource {
    /** No mentions: the finder then knows only its gazetteers. */
    MentionSource NONE = text -> List.of();

    /** The named mentions of {@code text}, in any order, spans without leading clitics. */
    List<Mention> mentions(AnalyzedText text);
}
