package org.marsad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;

/** Each spelling variant of a query word returns exactly the hits of its plain form. */
class QueryVariantsTest {
    @TempDir
    static Path dir;

    static ArticleIndex index;

    @BeforeAll
    static void build() {
        index = ArticleIndex.open(dir);
        for (Article a : Fixtures.all()) index.add(a);
        index.refresh();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static List<String> ids(String q) {
        return index.search(SearchRequest.of(q).withPage(0, 50)).hits().stream().map(SearchHit::id).sorted().toList();
    }

    @ParameterizedTest(name = "{1} ({2}) = {0}")
    @CsvSource({
        "احمد, أحمد, hamza on alef",
        "الامارات, الإمارات, hamza under alef",
        "امارات, والإمارات, conjunction و with ال",
        "مسوول, مسؤول, hamza on waw",
        "مدرسه, مدرسة, ta marbuta",
        "مدرسه, المدرسة, article ال",
        "مدرسه, والمدرسةُ, و and ال and damma",
        "محمد, مُحَمَّدٌ, diacritics",
        "الطاقه, الطّاقةِ, shadda and kasra",
        "جده, وجدة, conjunction و on a name",
        "الشمسيه, بالشمسية, preposition ب",
    })
    void variantFindsWhatThePlainFormFinds(String plain, String variant, String what) {
        List<String> expected = ids(plain);
        assertThat(expected).as("the plain form %s finds something", plain).isNotEmpty();
        assertThat(ids(variant)).as(what).isEqualTo(expected);
    }
}
