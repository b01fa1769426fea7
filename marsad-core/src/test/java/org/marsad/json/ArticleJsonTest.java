package org.marsad.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Block;
import org.marsad.model.Image;
import org.marsad.model.NewsDate;
import org.marsad.model.Rejection;

class ArticleJsonTest {
    @Test
    void writesTheContractFieldsWithArabicIntact() throws Exception {
        Article a = new Article("abc", "https://example.org/x", null, "ar", "عنوان \"مقتبس\"", "العالم",
                NewsDate.of(LocalDate.of(2025, 6, 20)), null, List.of("سارة"), "صحيفة الساحل",
                new Image("صورة الجسر", "رويترز"), List.of(Block.heading("عنوان فرعي"), Block.paragraph("فقرة.")));
        JsonNode n = new ObjectMapper().readTree(ArticleJson.write(a, "in.html", false));
        assertThat(n.get("source").asText()).isEqualTo("in.html");
        assertThat(n.get("title").asText()).isEqualTo("عنوان \"مقتبس\"");
        assertThat(n.get("published").asText()).isEqualTo("2025-06-20");
        assertThat(n.get("modified").isNull()).isTrue();
        assertThat(n.get("image").get("credit").asText()).isEqualTo("رويترز");
        assertThat(n.get("body").asText()).isEqualTo("عنوان فرعي\nفقرة.");
        assertThat(ArticleJson.write(a, null, false)).doesNotContain("\n").doesNotContain("source");
    }

    @Test
    void writesRejectionsWithTheirCode() throws Exception {
        JsonNode n = new ObjectMapper()
                .readTree(ArticleJson.write(new Rejection(Rejection.Reason.BINARY, "PNG image"), "x.png", true));
        assertThat(n.get("error").asText()).isEqualTo("binary");
        assertThat(n.get("detail").asText()).isEqualTo("PNG image");
    }
}
