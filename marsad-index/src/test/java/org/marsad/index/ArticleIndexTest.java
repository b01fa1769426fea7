package org.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;

class ArticleIndexTest {
    @TempDir
    static Path dir;

    static ArticleIndex index;

    @BeforeAll
    static void build() {
        index = ArticleIndex.open(dir.resolve("idx"));
        for (Article a : Fixtures.all()) assertThat(index.add(a).added()).isTrue();
        index.commit();
        index.refresh();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static List<String> ids(SearchRequest r) {
        return index.search(r.withPage(0, 50)).hits().stream().map(SearchHit::id).sorted().toList();
    }

    private static List<String> ids(String query) {
        return ids(SearchRequest.of(query));
    }

    @Test
    void storedArticleComesBackWhole() {
        Article visit = Fixtures.visit();
        assertThat(index.get(visit.id())).contains(visit);
        assertThat(index.get("no-such-id")).isEmpty();
        assertThat(index.count()).isEqualTo(6);
    }

    @Test
    void sameIdTwiceAddsNothing() {
        AddResult again = index.add(Fixtures.school());
        assertThat(again.added()).isFalse();
        index.refresh();
        assertThat(index.count()).isEqualTo(6);
    }

    @Test
    void phraseMatchesAcrossCliticsButKeepsWordOrder() {
        assertThat(ids("\"الطاقة الشمسية\"")).containsExactly(Fixtures.emirates().id());
        assertThat(ids("\"الشمسية الطاقة\"")).isEmpty();
        assertThat(ids("\"وزير الخارجية\"")).contains(Fixtures.visit().id(), Fixtures.visitReprint().id());
    }

    @Test
    void entityFoundByAnySpellingTheEntityStageMerged() {
        List<String> both = List.of(Fixtures.envoyVariant().id(), Fixtures.envoyCanonical().id()).stream().sorted().toList();
        assertThat(ids(SearchRequest.of("").withEntities(List.of("شويجو")))).isEqualTo(both);
        assertThat(ids(SearchRequest.of("").withEntities(List.of("سيرغي شويغو")))).isEqualTo(both);
        assertThat(ids(SearchRequest.of("").withEntities(List.of("per-shoigu")))).isEqualTo(both);
        assertThat(ids(SearchRequest.of("").withEntities(List.of("أحمد الفارس")))).containsExactly(Fixtures.visit().id());
    }

    @Test
    void filtersBySpeakerEventPublisherSectionAndDates() {
        assertThat(ids(SearchRequest.of("").withSpeakers(List.of("شويجو")))).containsExactly(Fixtures.envoyVariant().id());
        assertThat(ids(SearchRequest.of("").withSpeakers(List.of("مسؤول في وزارة الطاقة"))))
                .containsExactly(Fixtures.emirates().id());
        assertThat(ids(SearchRequest.of("").withEventTypes(List.of("CONSULT"))))
                .containsExactlyInAnyOrder(Fixtures.visit().id(), Fixtures.envoyCanonical().id());
        assertThat(ids(SearchRequest.of("الطاقة").withPublishers(List.of("الشرق اليوم"))))
                .containsExactly(Fixtures.emirates().id());
        assertThat(ids(SearchRequest.of("").withSections(List.of("تعليم")))).containsExactly(Fixtures.school().id());
        assertThat(ids(SearchRequest.of("").withDates(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 7))))
                .containsExactlyInAnyOrder(Fixtures.school().id(), Fixtures.emirates().id());
    }

    @Test
    void facetsCountPublishersEntitiesEventsAndDays() {
        Map<String, List<FacetCount>> f = index.search(SearchRequest.of("")).facets();
        assertThat(f.get("publisher")).contains(new FacetCount("صحيفة الصباح", 2));
        assertThat(f.get("entity")).contains(new FacetCount("سيرغي شويغو", 2));
        assertThat(f.get("event")).contains(new FacetCount("CONSULT", 2));
        assertThat(f.get("day")).first().isEqualTo(new FacetCount("2025-03-02", 2));
        assertThat(f.get("day")).extracting(FacetCount::value).isSorted();
    }

    @Test
    void reprintJoinsTheWireStorysGroupAndCollapses() {
        String wire = Fixtures.visit().id();
        assertThat(index.group(Fixtures.visitReprint().id())).contains(wire);
        assertThat(index.group(Fixtures.school().id())).contains(Fixtures.school().id());
        assertThat(index.duplicateGroups(2, 10)).singleElement().satisfies(g -> {
            assertThat(g.id()).isEqualTo(wire);
            assertThat(g.size()).isEqualTo(2);
        });
        SearchResult open = index.search(SearchRequest.of("الرياض"));
        SearchResult collapsed = index.search(SearchRequest.of("الرياض").withCollapse(true));
        assertThat(open.hits()).hasSize(2);
        assertThat(collapsed.hits()).singleElement().satisfies(h -> assertThat(h.groupSize()).isEqualTo(2));
    }

    @Test
    void snippetsHighlightTheMatchAsWritten() {
        SearchHit hit = index.search(SearchRequest.of("مدرسه")).hits().get(0);
        assertThat(hit.snippet()).contains("<b>المدرسةُ</b>");
    }

    @Test
    void pagingAndNewestFirst() {
        SearchResult all = index.search(SearchRequest.of("").withPage(0, 2));
        assertThat(all.total()).isEqualTo(6);
        assertThat(all.hits()).extracting(SearchHit::id)
                .containsExactly(Fixtures.envoyCanonical().id(), Fixtures.envoyVariant().id());
        assertThat(index.search(SearchRequest.of("").withPage(5, 5)).hits()).hasSize(1);
    }

    @Test
    void brokenQuerySyntaxStillSearchesTheWords() {
        assertThat(ids("\"الطاقة الشمسية")).contains(Fixtures.emirates().id());
        assertThat(ids("؟ ،")).isEmpty();
        assertThat(ids("title:(")).isEmpty();
    }

    @Test
    void searchSeesAdditionsBeforeTheyAreCommitted() {
        try (ArticleIndex fresh = ArticleIndex.open(dir.resolve("nrt"))) {
            fresh.add(Fixtures.school());
            fresh.refresh();
            assertThat(fresh.search(SearchRequest.of("جدة")).total()).isEqualTo(1);
            try (ArticleIndex other = ArticleIndex.openReadOnly(dir.resolve("nrt"))) {
                assertThat(other.count()).as("another reader sees only commits").isZero();
                fresh.commit();
                other.refresh();
                assertThat(other.count()).isEqualTo(1);
            }
        }
    }

    @Test
    void secondWriterIsRefusedReadersAreNot() {
        assertThatThrownBy(() -> ArticleIndex.open(dir.resolve("idx"))).isInstanceOf(IndexLockedException.class);
        try (ArticleIndex reader = ArticleIndex.openReadOnly(dir.resolve("idx"))) {
            assertThat(reader.count()).isEqualTo(6);
        }
    }
}
