package org.marsad.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Machine dates from metadata: the offset is kept when stated and never invented. */
class ParseMachineTest {
    static String iso(String value) {
        return ArabicDateParser.parseMachine(value).map(d -> d.iso()).orElse(null);
    }

    /** ISO-8601 with offset, Z, compact offset, seconds and fraction. */
    @Test
    void iso8601() {
        assertThat(iso("2020-08-24T10:00:00+03:00")).isEqualTo("2020-08-24T10:00+03:00");
        assertThat(iso("2020-08-24T10:00:00Z")).isEqualTo("2020-08-24T10:00Z");
        assertThat(iso("2020-08-24T10:00+0400")).isEqualTo("2020-08-24T10:00+04:00");
        assertThat(iso("2020-08-24T10:00:05.299Z")).isEqualTo("2020-08-24T10:00:05Z");
        assertThat(ArabicDateParser.parseMachine("2020-08-24T10:00:05.299Z").orElseThrow().time().getNano())
                .isEqualTo(299_000_000);
        assertThat(iso("2020-08-24T10:00:00-05:00")).isEqualTo("2020-08-24T10:00-05:00");
        assertThat(iso("2020-08-24")).isEqualTo("2020-08-24");
    }

    /** No offset stated: none invented. */
    @Test
    void localTimes() {
        assertThat(iso("2020-08-24 10:00:00")).isEqualTo("2020-08-24T10:00");
        assertThat(iso("2020-08-24T10:00")).isEqualTo("2020-08-24T10:00");
        assertThat(iso("2020/08/24")).isEqualTo("2020-08-24");
        assertThat(iso("24/08/2020 10:30")).isEqualTo("2020-08-24T10:30");
    }

    /** RFC 1123 and RFC 822 with named and numeric zones. */
    @Test
    void rfcDates() {
        assertThat(iso("Mon, 24 Aug 2020 10:00:00 GMT")).isEqualTo("2020-08-24T10:00Z");
        assertThat(iso("Mon, 24 Aug 2020 10:00:00 +0300")).isEqualTo("2020-08-24T10:00+03:00");
        assertThat(iso("Mon, 24 Aug 20 10:00 EST")).isEqualTo("2020-08-24T10:00-05:00");
        assertThat(iso("24 August 2020")).isEqualTo("2020-08-24");
    }

    /** Latin-script month-first dates, with AM/PM. */
    @Test
    void englishMonthFirst() {
        assertThat(iso("Aug 24, 2020")).isEqualTo("2020-08-24");
        assertThat(iso("August 24th, 2020 10:15 PM")).isEqualTo("2020-08-24T22:15");
        assertThat(iso("Monday, August 24, 2020")).isEqualTo("2020-08-24");
    }

    /** Unix epochs in seconds or milliseconds are instants, hence UTC. */
    @Test
    void epochs() {
        assertThat(iso("1598263200")).isEqualTo("2020-08-24T10:00Z");
        assertThat(iso("1598263200000")).isEqualTo("2020-08-24T10:00Z");
    }

    /** Eastern Arabic digits in metadata, and Arabic text as the last resort. */
    @Test
    void arabicValues() {
        assertThat(iso("٢٠٢٠-٠٨-٢٤")).isEqualTo("2020-08-24");
        assertThat(iso("الاثنين، 24 أغسطس 2020 - 10:00 ص")).isEqualTo("2020-08-24T10:00");
    }

    /** Junk and impossible values give nothing and never throw. */
    @Test
    void garbage() {
        assertThat(iso(null)).isNull();
        assertThat(iso("")).isNull();
        assertThat(iso("   ")).isNull();
        assertThat(iso("not a date")).isNull();
        assertThat(iso("2020-13-45")).isNull();
        assertThat(iso("1399/02/21 - 18:59")).isNull();
        assertThat(iso("2020-08-24T99:99:99")).isEqualTo("2020-08-24");
        assertThat(iso("10-Nov-20000")).isNull();
    }
}
