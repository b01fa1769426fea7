package org.marsad.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bad and huge input: nothing throws, and matching stays linear (no catastrophic backtracking). */
class ParserRobustnessTest {
    static final ZonedDateTime REF = ZonedDateTime.parse("2026-11-25T12:00:00Z");
    static final String ALPHABET = "٠١٢٣٤٥٦٧٨٩0123456789 /:-.،,()+هـمصيونيوكانونالثانيذوالحجةمنذساعةأمس\n\u0640\u064B";

    /** Random strings built from date-ish characters never make find or parseMachine throw. */
    @Test
    void randomInputNeverThrows() {
        Random random = new Random(42);
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(60);
            for (int k = 0; k < n; k++) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            String s = sb.toString();
            assertThatCode(() -> {
                ArabicDateParser.find(s, REF);
                ArabicDateParser.parseMachine(s);
            }).as(s).doesNotThrowAnyException();
        }
    }

    /** Near-miss text repeated to half a megabyte: the patterns fail fast at each position. */
    @Test
    void veryLongNearMissInput() {
        String[] chunks = {
            "20 / 06 / ", "منذ منذ ", "١٢:٣٠ ", "الجمعة، ", "20 ذو الحجة ", "      ", "2020-08-", "كانون "
        };
        for (String chunk : chunks) {
            String text = chunk.repeat(500_000 / chunk.length());
            assertThat(ArabicDateParser.find(text, REF)).as(chunk).isNotNull();
            assertThat(ArabicDateParser.parseMachine(text)).isEmpty();
        }
    }

    /** A date at the end of a long text is still found, with the right span. */
    @Test
    void dateAtTheEndOfALongText() {
        String text = "كلام عادي بلا تاريخ. ".repeat(20_000) + "20 يونيو 2025، 5:00 م";
        var m = ArabicDateParser.find(text, REF).orElseThrow();
        assertThat(m.date().iso()).isEqualTo("2025-06-20T17:00");
        assertThat(m.end()).isEqualTo(text.length());
    }
}
