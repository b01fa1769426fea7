package org.marsad.index.ingest;

import java.nio.file.Path;
import java.util.List;
import org.marsad.index.ArticleIndex;

/** A separate JVM that ingests into an index, for the kill test: {@code IngestChild INDEX_DIR INPUT}. */
public final class IngestChild {
    private IngestChild() {}

    public static void main(String[] args) {
        try (ArticleIndex index = ArticleIndex.open(Path.of(args[0]))) {
            Ingest.run(index, List.of(args[1]), IngestOptions.defaults().withThreads(1).withCommitEvery(25));
        }
    }
}
