package org.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.model.Article;
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

    /** The bulk merge must leave the index that adding every article one by one, in shard order, leaves. */
    @Test
    void aBulkMergeGivesWhatOneByOneAddsGive() {
        List<Article> all = Fixtures.all();
        try (ArticleIndex target = ArticleIndex.open(tmp.resolve("merged"));
                ArticleIndex reference = ArticleIndex.open(tmp.resolve("reference"))) {
            target.add(Fixtures.school()); // the target is not empty: what it holds stays, once
            reference.add(Fixtures.school());
            for (int s = 0; s < 3; s++) {
                try (ArticleIndex shard = ArticleIndex.open(tmp.resolve("shard-" + s))) {
                    for (int i = s; i < all.size(); i += 3) shard.add(all.get(i));
                }
            }
            for (int s = 0; s < 3; s++) for (int i = s; i < all.size(); i += 3) reference.add(all.get(i));
            int added = target.merge(List.of(tmp.resolve("shard-0"), tmp.resolve("shard-1"), tmp.resolve("shard-2")));
            assertThat(added).isEqualTo(all.size() - 1);
            target.refresh();
            reference.refresh();
            assertThat(groups(target)).isEqualTo(groups(reference)).hasSize(all.size());
            assertThat(target.duplicateGroups(2, 10)).isEqualTo(reference.duplicateGroups(2, 10)).isNotEmpty();
            for (SearchRequest q : List.of(SearchRequest.of("الإمارات"), SearchRequest.of("مدرسة"),
                    SearchRequest.of("").withEntities(List.of("شويجو")), SearchRequest.of("الرياض").withCollapse(true))) {
                SearchResult merged = target.search(q);
                SearchResult alone = reference.search(q);
                assertThat(merged.total()).as(q.toString()).isEqualTo(alone.total()).isPositive();
                assertThat(merged.hits().stream().map(SearchHit::id).sorted().toList())
                        .isEqualTo(alone.hits().stream().map(SearchHit::id).sorted().toList());
                assertThat(merged.facets()).isEqualTo(alone.facets());
            }
        }
    }

    private static Map<String, String> groups(ArticleIndex index) {
        Map<String, String> out = new TreeMap<>();
        for (Article a : index.all()) out.put(a.id(), index.group(a.id()).orElseThrow());
        return out;
    }
}
