package org.marsad.pipeline;

import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.text.AnalyzedText;

/** Finds the entities of an article's body. Implementations are thread-safe and load their resources once. */
@FunctionalInterface
public interface EntityStage {
    /** Does nothing: for extraction-only runs and as the default before a stage exists. */
    EntityStage NONE = (article, text) -> List.of();

    /** The entities of {@code text} (the analyzed {@link Article#body()}), mentions with offsets into the body. */
    List<Entity> entities(Article article, AnalyzedText text);
}
