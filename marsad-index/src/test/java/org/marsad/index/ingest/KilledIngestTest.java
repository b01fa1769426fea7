package org.marsad.index.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.index.ArticleIndex;
import org.marsad.index.SearchRequest;
import org.marsad.model.Article;

/**
 * Kills a child JVM in the middle of an ingest (SIGKILL: no shutdown hook, no last commit), then shows the index
 * opening at its last commit, searchable, and a rerun completing it with every record exactly once.
 */
class KilledIngestTest {
    private static final int RECORDS = 1500;

    @TempDir
    Path tmp;

    @Test
    void killMidIngestThenRerunCompletesWithoutDuplicates() throws Exception {
        Path input = SyntheticRecords.write(tmp.resolve("records.jsonl"), RECORDS);
        Path dir = tmp.resolve("index");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                IngestChild.class.getName(), dir.toString(), input.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        int seenWhileRunning = 0;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (seenWhileRunning < 100 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
                if (Files.exists(dir.resolve("write.lock"))) seenWhileRunning = committedCount(dir);
            }
            assertThat(child.isAlive()).as("the child is still ingesting when killed").isTrue();
        } finally {
            child.destroyForcibly(); // SIGKILL
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(seenWhileRunning).as("a reader saw commits while the writer ran").isGreaterThanOrEqualTo(100);

        try (ArticleIndex index = ArticleIndex.open(dir)) {
            int afterKill = index.count();
            assertThat(afterKill).isBetween(seenWhileRunning, RECORDS - 1);
            assertThat(index.search(SearchRequest.of("مشروع")).total()).isEqualTo(afterKill);

            IngestReport rerun = Ingest.run(index, List.of(input.toString()), IngestOptions.defaults());
            assertThat(rerun.duplicates()).isEqualTo(afterKill);
            assertThat(rerun.indexed()).isEqualTo(RECORDS - afterKill);
            index.refresh();
            assertThat(index.count()).isEqualTo(RECORDS);
            Set<String> urls = new HashSet<>();
            for (Article a : index.all()) urls.add(a.url());
            assertThat(urls).hasSize(RECORDS);
        }
    }

    private static int committedCount(Path dir) {
        try (ArticleIndex reader = ArticleIndex.openReadOnly(dir)) {
            return reader.count();
        } catch (RuntimeException notYet) {
            return 0; // no first commit yet
        }
    }
}
