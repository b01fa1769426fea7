package org.marsad.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {
    @Test
    void newsDatePrintsOnlyWhatIsKnown() {
        assertThat(NewsDate.of(LocalDate.of(2025, 6, 20)).iso()).isEqualTo("2025-06-20");
        assertThat(new NewsDate(LocalDate.of(2025, 6, 20), LocalTime.of(17, 0), null).iso())
                .isEqualTo("2025-06-20T17:00");
        assertThat(NewsDate.of(LocalDateTime.of(2025, 6, 20, 17, 0, 30), ZoneOffset.ofHours(3)).iso())
                .isEqualTo("2025-06-20T17:00:30+03:00");
        assertThat(NewsDate.of(LocalDateTime.of(2025, 6, 20, 14, 0), ZoneOffset.UTC).iso())
                .isEqualTo("2025-06-20T14:00Z");
    }

    @Test
    void anOffsetNeedsATime() {
        assertThatThrownBy(() -> new NewsDate(LocalDate.of(2025, 1, 1), null, ZoneOffset.UTC))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bodyJoinsSubheadingsAndParagraphsInPageOrder() {
        List<Block> blocks = new ArrayList<>(List.of(
                Block.paragraph("افتتح المعرض أبوابه."), Block.heading("الزوار"), Block.paragraph("حضر الآلاف.")));
        Article a = new Article("x", null, null, "ar", null, null, null, null, List.of(), null, null, blocks);
        blocks.clear(); // the record keeps its own copy
        assertThat(a.body()).isEqualTo("افتتح المعرض أبوابه.\nالزوار\nحضر الآلاف.");
        assertThat(a.subheadings()).containsExactly("الزوار");
        assertThat(a.paragraphs()).containsExactly("افتتح المعرض أبوابه.", "حضر الآلاف.");
    }

    @Test
    void blocksAndImagesRefuseEmptyValues() {
        assertThatThrownBy(() -> Block.paragraph("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Image(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Rejection(Rejection.Reason.NOT_ARTICLE, "قائمة").code()).isEqualTo("not-article");
    }
}
