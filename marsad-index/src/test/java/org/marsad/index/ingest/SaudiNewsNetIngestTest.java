package org.marsad.index.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.eval.SharedData;
import org.marsad.index.ArticleIndex;
import org.marsad.index.DuplicateGroup;

/**
 * The SaudiNewsNet sample (../shared, skipped when absent) goes in whole, and the Saudi Press Agency (publisher
 * "was") stories that other outlets reprinted come out as near-duplicate groups.
 */
class SaudiNewsNetIngestTest {
    /** Floor for SPA stories found reprinted by at least one other outlet (measured 133 on 2026-11-25). */
    private static final int SPA_GROUPS_FLOOR = 120;

    @TempDir
    Path tmp;

    @Test
    void bothZipsGoInAndWireCopiesGroup() throws IOException {
        Path dir = SharedData.dataDir(null).resolve("saudinewsnet-sample");
        assumeTrue(Files.isDirectory(dir), "no SaudiNewsNet sample at " + dir + ": skipped");
        List<String> zips;
        try (Stream<Path> s = Files.list(dir)) {
            zips = s.filter(p -> p.toString().endsWith(".zip")).sorted().map(Path::toString).toList();
        }
        try (ArticleIndex index = ArticleIndex.open(tmp)) {
            IngestReport r = Ingest.run(index, zips, IngestOptions.defaults());
            assertThat(r.indexed() + r.duplicates() + r.rejectedTotal()).isEqualTo(3386);
            assertThat(r.rejected().keySet()).containsOnly("empty"); // records whose content field is blank
            index.refresh();
            List<DuplicateGroup> groups = index.duplicateGroups(2, 100_000);
            long spa = groups.stream().filter(g -> g.publishers().contains("was") && g.publishers().size() > 1).count();
            long spaArticles = groups.stream().filter(g -> g.publishers().contains("was") && g.publishers().size() > 1)
                    .mapToLong(DuplicateGroup::size).sum();
            System.out.printf("SaudiNewsNet: %d indexed, %d rejected (%s); %d near-duplicate groups; %d SPA stories "
                            + "reprinted by other outlets (%d articles in those groups)%n",
                    r.indexed(), r.rejectedTotal(), r.rejected(), groups.size(), spa, spaArticles);
            assertThat(spa).isGreaterThanOrEqualTo(SPA_GROUPS_FLOOR);
        }
    }
}
