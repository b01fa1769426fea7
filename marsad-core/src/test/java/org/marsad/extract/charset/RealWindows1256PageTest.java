package org.marsad.extract.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real windows-1256 page from ../shared, decoded as declared and, with its declaration removed, by the guess. */
class RealWindows1256PageTest {
    private static final String PAGE =
            "data/html/arabic-wild/_non-articles/gumbo_arabic-media.com_arabicnews.windows-1256.html";
    private static final String DECLARATION = "; charset=windows-1256";

    private byte[] bytes;

    @BeforeEach
    void readPage() throws IOException {
        String shared = System.getProperty("marsad.shared");
        Path path = shared == null ? null : Path.of(shared, PAGE);
        Assumptions.assumeTrue(path != null && Files.isRegularFile(path), "shared data absent: " + PAGE + " skipped");
        bytes = Files.readAllBytes(path);
    }

    @Test
    void declaredPageHasAnArabicTitle() {
        DecodedPage d = PageDecoder.decode(bytes, null, 1 << 24);
        assertThat(d.how()).isEqualTo("meta");
        assertThat(d.charset().name()).isEqualTo("windows-1256");
        assertArabicTitle(d.text());
    }

    @Test
    void samePageWithoutItsDeclarationIsGuessed() {
        String latin1 = new String(bytes, StandardCharsets.ISO_8859_1); // byte-for-byte, to edit the bytes
        assertThat(latin1).contains(DECLARATION);
        byte[] undeclared = latin1.replace(DECLARATION, "").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(new String(undeclared, StandardCharsets.ISO_8859_1).toLowerCase()).doesNotContain("charset=");
        DecodedPage d = PageDecoder.decode(undeclared, null, 1 << 24);
        assertThat(d.how()).isEqualTo("guess");
        assertThat(d.charset().name()).isEqualTo("windows-1256");
        assertArabicTitle(d.text());
        assertThat(d.text()).isEqualTo(PageDecoder.decode(bytes, null, 1 << 24).text().replace(DECLARATION, ""));
    }

    private static void assertArabicTitle(String text) {
        int start = text.indexOf("<title>");
        int end = text.indexOf("</title>", start);
        assertThat(start).isNotNegative();
        String title = text.substring(start + 7, end);
        assertThat(title).doesNotContain("\ufffd");
        assertThat(title.codePoints().filter(c -> c >= 0x0621 && c <= 0x064a).count()).isGreaterThanOrEqualTo(10);
    }
}
