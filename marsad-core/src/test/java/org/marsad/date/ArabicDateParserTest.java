package org.marsad.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ArabicDateParserTest {
    static final ZonedDateTime REF = ZonedDateTime.parse("2026-11-25T12:00:00Z");

    static String iso(String text) {
        return ArabicDateParser.find(text, REF).map(m -> m.date().iso()).orElse(null);
    }

    /** The seed's date line: day, Egyptian month name, year, Arabic comma, 12-hour time with م. */
    @Test
    void dateLineWithArabicCommaAndEveningMark() {
        String line = "20 يونيو 2025، 5:00 م";
        var m = ArabicDateParser.find(line, REF).orElseThrow();
        assertThat(m.date().iso()).isEqualTo("2025-06-20T17:00");
        assertThat(m.start()).isZero();
        assertThat(m.end()).isEqualTo(line.length());
    }

    /** The same line in Eastern Arabic digits. */
    @Test
    void dateLineInEasternDigits() {
        assertThat(iso("٢٠ يونيو ٢٠٢٥، ٥:٠٠ م")).isEqualTo("2025-06-20T17:00");
    }

    /** A date line inside a longer text keeps its span. */
    @Test
    void spanInsideText() {
        String text = "المصدر: وكالات\n3 مارس 2024، 9:15 ص\nبدأ الاجتماع";
        var m = ArabicDateParser.find(text, REF).orElseThrow();
        assertThat(m.date().iso()).isEqualTo("2024-03-03T09:15");
        assertThat(text.substring(m.start(), m.end())).isEqualTo("3 مارس 2024، 9:15 ص");
    }
}
