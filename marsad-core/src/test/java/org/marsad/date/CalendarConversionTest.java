package org.marsad.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Hijri (Umm al-Qura) and Persian solar conversions against known days. */
class CalendarConversionTest {
    /** Islamic new year 1446, Ramadan 1445 and the Day of Arafah 1445 as Saudi Arabia observed them. */
    @Test
    void ummAlQura() {
        assertThat(Hijri.toGregorian(1446, 1, 1)).contains(LocalDate.of(2024, 7, 7));
        assertThat(Hijri.toGregorian(1445, 9, 1)).contains(LocalDate.of(2024, 3, 11));
        assertThat(Hijri.toGregorian(1445, 12, 9)).contains(LocalDate.of(2024, 6, 15));
    }

    /** Days that do not exist give nothing. */
    @Test
    void impossibleHijriDays() {
        assertThat(Hijri.toGregorian(1445, 13, 1)).isEmpty();
        assertThat(Hijri.toGregorian(1445, 1, 31)).isEmpty();
    }

    /** Nowruz 1399 and 29 Bahman 1398. */
    @Test
    void persianSolar() {
        assertThat(Hijri.solarToGregorian(1399, 1, 1)).contains(LocalDate.of(2020, 3, 20));
        assertThat(Hijri.solarToGregorian(1398, 11, 29)).contains(LocalDate.of(2020, 2, 18));
    }
}
