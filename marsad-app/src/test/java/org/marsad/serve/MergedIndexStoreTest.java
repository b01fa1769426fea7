package org.marsad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.index.ArticleIndex;

/** What the Spark job hands {@code marsad serve}: shards merged into one index, opened by the server's store. */
class MergedIndexStoreTest {
    @TempDir
    Path tmp;

    @Test
    void theStoreSearchesAnIndexMergedFromShards() {
        try (ArticleIndex a = ArticleIndex.open(tmp.resolve("part-0")); ArticleIndex b = ArticleIndex.open(tmp.resolve("part-1"))) {
            a.add(Fixtures.arrival());
            b.add(Fixtures.accusation());
            b.add(Fixtures.arrival()); // a retried task can leave one article in two shards
        }
        try (ArticleIndex merged = ArticleIndex.open(tmp.resolve("index"))) {
            assertThat(merged.merge(List.of(tmp.resolve("part-0"), tmp.resolve("part-1")))).isEqualTo(2);
        }
        try (ArticleIndex index = ArticleIndex.openReadOnly(tmp.resolve("index"))) {
            NewsStore store = new NewsStore(index);
            SearchPage all = store.search(SearchQuery.of(""));
            assertThat(all.total()).isEqualTo(2);
            SearchPage truce = store.search(SearchQuery.of("والهدنة"));
            assertThat(truce.hits()).extracting(SearchPage.Hit::id).contains(Fixtures.arrival().id());
            assertThat(truce.facets().get("entity")).extracting(SearchPage.FacetCount::value).isNotEmpty();
            SearchPage bySpeaker = store.search(new SearchQuery("", null, null, Fixtures.SPOKESWOMAN, null, null, null,
                    null, 1, 10));
            assertThat(bySpeaker.total()).isEqualTo(1);
            assertThat(store.article(Fixtures.accusation().id())).get().extracting(x -> x.title())
                    .isEqualTo(Fixtures.accusation().title());
        }
    }
}
