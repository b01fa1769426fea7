package org.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeTest {
    @TempDir
    Path tmp;

    @Test
    void shardsMergeWithoutDuplicatesAndGroupAcrossShards() {
        try (ArticleIndex a = ArticleIndex.open(tmp.resolve("a")); ArticleIndex b = ArticleIndex.open(tmp.resolve("b"))) {
            a.add(Fixtures.visit());
            a.add(Fixtures.school());
            b.add(Fixtures.school()); // in both shards
            b.add(Fixtures.visitReprint()); // its wire story is in the other shard
        }
        try (ArticleIndex merged = ArticleIndex.open(tmp.resolve("merged"))) {
            int added = merged.merge(List.of(tmp.resolve("a"), tmp.resolve("b")));
            assertThat(added).isEqualTo(3);
            merged.refresh();
            assertThat(merged.count()).isEqualTo(3);
            assertThat(merged.group(Fixtures.visitReprint().id())).contains(Fixtures.visit().id());
            assertThat(merged.merge(List.of(tmp.resolve("b")))).as("merging again adds nothing").isZero();
        }
    }
}
