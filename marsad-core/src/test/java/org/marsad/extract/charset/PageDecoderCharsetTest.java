package org.marsad.extract.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** One test per charset rule of {@link PageDecoder}, with Arabic sentences written for these tests. */
class PageDecoderCharsetTest {
    static final Charset CP1256 = Charset.forName("windows-1256");
    static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
    static final Charset CP1252 = Charset.forName("windows-1252");
    static final int MAX = 1 << 20;

    /** A sentence of running Arabic news text. */
    static final String NEWS =
            "قال رئيس البلدية إن مشروع المياه الجديد سيخدم أكثر من عشرين ألف أسرة في الأحياء الشرقية.";
    static final String HELLO = "مرحبا بالعالم";

    static String page(String meta, String body) {
        return "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head>" + meta + "<title>" + HELLO + "</title></head>"
                + "<body><p>" + body + "</p></body></html>\n";
    }

    static DecodedPage decode(byte[] bytes) {
        return PageDecoder.decode(bytes, null, MAX);
    }

    @Test
    void plainUtf8IsReadAsUtf8AfterTheStrictCheck() {
        DecodedPage d = decode(page("", NEWS).getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).contains(NEWS);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.how()).isEqualTo("utf-8-check");
    }

    @Test
    void pureAsciiIsUtf8() {
        DecodedPage d = decode("<p>Water project opens</p>".getBytes(StandardCharsets.US_ASCII));
        assertThat(d.how()).isEqualTo("utf-8-check");
        assertThat(d.text()).isEqualTo("<p>Water project opens</p>");
    }

    @Test
    void windows1256DeclaredInMetaCharset() {
        DecodedPage d = decode(page("<meta charset=\"windows-1256\">", NEWS).getBytes(CP1256));
        assertThat(d.text()).contains(NEWS).contains(HELLO);
        assertThat(d.charset()).isEqualTo(CP1256);
        assertThat(d.how()).isEqualTo("meta");
    }

    @Test
    void windows1256DeclaredInHttpEquiv() {
        String meta = "<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=windows-1256'>";
        DecodedPage d = decode(page(meta, NEWS).getBytes(CP1256));
        assertThat(d.text()).contains(NEWS);
        assertThat(d.how()).isEqualTo("meta");
    }

    @Test
    void windows1256WithoutDeclarationIsGuessed() {
        DecodedPage d = decode(page("", NEWS).getBytes(CP1256));
        assertThat(d.text()).contains(NEWS);
        assertThat(d.charset()).isEqualTo(CP1256);
        assertThat(d.how()).isEqualTo("guess");
    }

    @Test
    void shortWindows1256PhraseWithoutDeclarationIsGuessed() {
        DecodedPage d = decode(HELLO.getBytes(CP1256));
        assertThat(d.text()).isEqualTo(HELLO);
        assertThat(d.charset()).isEqualTo(CP1256);
    }

    @Test
    void iso88596WithoutDeclarationIsGuessed() {
        DecodedPage d = decode(page("", NEWS).getBytes(ISO_8859_6));
        assertThat(d.text()).contains(NEWS);
        assertThat(d.charset()).isEqualTo(ISO_8859_6);
        assertThat(d.how()).isEqualTo("guess");
    }

    @Test
    void shortIso88596PhraseWithoutDeclarationIsGuessed() {
        assertThat(decode(HELLO.getBytes(ISO_8859_6)).text()).isEqualTo(HELLO);
    }

    @Test
    void arabicLabelMeansIso88596() {
        DecodedPage d = decode(page("<meta charset=arabic>", NEWS).getBytes(ISO_8859_6));
        assertThat(d.text()).contains(NEWS);
        assertThat(d.charset()).isEqualTo(ISO_8859_6);
        assertThat(d.how()).isEqualTo("meta");
    }

    @Test
    void httpCharsetWinsOverMetaAndTakesAliases() {
        byte[] bytes = page("<meta charset=\"iso-8859-6\">", NEWS).getBytes(CP1256);
        DecodedPage d = PageDecoder.decode(bytes, "text/html; charset=\"CP1256\"", MAX);
        assertThat(d.text()).contains(NEWS);
        assertThat(d.charset()).isEqualTo(CP1256);
        assertThat(d.how()).isEqualTo("http");
    }

    @Test
    void xmlDeclarationEncoding() {
        String xhtml =
                "<?xml version=\"1.0\" encoding=\"windows-1256\"?>\n<html><body><p>" + NEWS + "</p></body></html>";
        DecodedPage d = decode(xhtml.getBytes(CP1256));
        assertThat(d.text()).contains(NEWS);
        assertThat(d.how()).isEqualTo("meta");
    }

    @Test
    void metaInsideACommentDoesNotCount() {
        DecodedPage d = decode(page("<!-- <meta charset=\"iso-8859-6\"> -->", NEWS).getBytes(CP1256));
        assertThat(d.text()).contains(NEWS);
        assertThat(d.how()).isEqualTo("guess");
    }

    @Test
    void declaredUtf8OverWindows1256BytesFallsThroughToTheGuess() {
        DecodedPage d = decode(page("<meta charset=\"utf-8\">", NEWS).getBytes(CP1256));
        assertThat(d.text()).contains(NEWS).doesNotContain("\ufffd");
        assertThat(d.charset()).isEqualTo(CP1256);
        assertThat(d.how()).isEqualTo("guess");
    }

    @Test
    void declaredUtf8InHttpOverWindows1256BytesFallsThroughToTheGuess() {
        DecodedPage d = PageDecoder.decode(page("", NEWS).getBytes(CP1256), "text/html; charset=UTF-8", MAX);
        assertThat(d.text()).contains(NEWS);
        assertThat(d.how()).isEqualTo("guess");
    }

    @Test
    void declaredLatin1OverUtf8BytesIsReadAsUtf8() {
        DecodedPage d = decode(page("<meta charset=\"iso-8859-1\">", NEWS).getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).contains(NEWS);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.how()).isEqualTo("utf-8-check");
    }

    @Test
    void declaredAsciiInHttpOverUtf8BytesIsReadAsUtf8() {
        byte[] bytes = page("", NEWS).getBytes(StandardCharsets.UTF_8);
        DecodedPage d = PageDecoder.decode(bytes, "text/html;charset=us-ascii", MAX);
        assertThat(d.text()).contains(NEWS);
        assertThat(d.how()).isEqualTo("utf-8-check");
    }

    @Test
    void declaredWindows1256OverUtf8BytesIsReadAsUtf8() {
        DecodedPage d = decode(page("<meta charset=\"windows-1256\">", NEWS).getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).contains(NEWS);
        assertThat(d.how()).isEqualTo("utf-8-check");
    }

    @Test
    void declaredLatin1OverArabicBytesIsGuessed() {
        DecodedPage d = decode(page("<meta charset=\"iso-8859-1\">", NEWS).getBytes(CP1256));
        assertThat(d.text()).contains(NEWS);
        assertThat(d.charset()).isEqualTo(CP1256);
        assertThat(d.how()).isEqualTo("guess");
    }

    @Test
    void latin1LabelMeansWindows1252ForLatinText() {
        String french = "<meta charset=\"ISO-8859-1\"><p>Le café de la Gare ouvrira à Genève – c’est la fête.</p>";
        DecodedPage d = decode(french.getBytes(CP1252));
        assertThat(d.text()).contains("café", "à Genève", "c’est", "fête");
        assertThat(d.charset()).isEqualTo(CP1252);
        assertThat(d.how()).isEqualTo("meta");
    }

    @Test
    void latinTextWithoutDeclarationIsGuessedAsWindows1252() {
        String german = "<p>Die neue Wasserleitung führt über die Brücke zur Straße am Fluß.</p>";
        DecodedPage d = decode(german.getBytes(CP1252));
        assertThat(d.text()).isEqualTo(german);
        assertThat(d.charset()).isEqualTo(CP1252);
        assertThat(d.how()).isEqualTo("guess");
    }

    @Test
    void frenchTextWithoutDeclarationIsWindows1252() {
        String french = "<p>Le café ouvrira à Genève.</p>";
        DecodedPage d = decode(french.getBytes(CP1252));
        assertThat(d.text()).isEqualTo(french);
        assertThat(d.charset()).isEqualTo(CP1252);
    }

    @Test
    void unknownCharsetNameIsIgnored() {
        DecodedPage d = decode(page("<meta charset=\"x-no-such-charset\">", NEWS).getBytes(CP1256));
        assertThat(d.text()).contains(NEWS);
        assertThat(d.how()).isEqualTo("guess");
        byte[] utf8 = page("", NEWS).getBytes(StandardCharsets.UTF_8);
        DecodedPage u = PageDecoder.decode(utf8, "text/html; charset=@@", MAX);
        assertThat(u.text()).contains(NEWS);
    }

    @Test
    void macArabicLabelIsIgnoredAndTheBytesDecide() {
        DecodedPage d = decode(page("<meta charset=\"x-mac-arabic\">", NEWS).getBytes(CP1256));
        assertThat(d.text()).contains(NEWS);
        assertThat(d.charset()).isEqualTo(CP1256);
        assertThat(d.how()).isEqualTo("guess");
    }

    @Test
    void utf16LabelInMetaIsReadAsUtf8() {
        DecodedPage d = decode(page("<meta charset=\"utf-16\">", NEWS).getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).contains(NEWS);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf8ByteOrderMarkIsStripped() {
        byte[] body = page("<meta charset=\"windows-1256\">", NEWS).getBytes(StandardCharsets.UTF_8);
        DecodedPage d = decode(concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, body));
        assertThat(d.text()).startsWith("<!DOCTYPE").contains(NEWS);
        assertThat(d.how()).isEqualTo("bom");
    }

    @Test
    void utf16LittleEndianByteOrderMark() {
        byte[] bom = {(byte) 0xff, (byte) 0xfe};
        DecodedPage d = decode(concat(bom, page("", NEWS).getBytes(StandardCharsets.UTF_16LE)));
        assertThat(d.text()).startsWith("<!DOCTYPE").contains(NEWS);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(d.how()).isEqualTo("bom");
    }

    @Test
    void utf16BigEndianByteOrderMark() {
        DecodedPage d = decode(page("", NEWS).getBytes(StandardCharsets.UTF_16)); // Java writes FE FF first
        assertThat(d.text()).startsWith("<!DOCTYPE").contains(NEWS);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16BE);
        assertThat(d.how()).isEqualTo("bom");
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognisedByItsBytePattern() {
        DecodedPage le = decode(page("", NEWS).getBytes(StandardCharsets.UTF_16LE));
        assertThat(le.text()).contains(NEWS);
        assertThat(le.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        DecodedPage be = decode(NEWS.getBytes(StandardCharsets.UTF_16BE));
        assertThat(be.text()).isEqualTo(NEWS);
    }

    @Test
    void utf8WithAFewStrayBadBytesStaysUtf8() {
        String text = page("", NEWS + " " + NEWS);
        byte[] good = text.getBytes(StandardCharsets.UTF_8);
        // a Latin-1 é and an overlong NUL
        byte[] bad = concat(good, new byte[] {(byte) 0xe9, ' ', (byte) 0xc0, (byte) 0x80, '\n'});
        DecodedPage d = decode(bad);
        assertThat(d.text()).contains(NEWS).contains("\ufffd");
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.how()).isEqualTo("utf-8-check");
    }

    @Test
    void declaredUtf8WithOneStrayByteAndFewLettersStaysUtf8() {
        String text = "<meta charset=utf-8><p>“Water for all” – the mayor’s plan, café é</p>";
        byte[] bytes = concat(text.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0x93, '\n'});
        DecodedPage d = decode(bytes);
        assertThat(d.text()).startsWith(text);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf8CutOffInTheLastCharacterIsStillUtf8() {
        byte[] good = NEWS.getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(good, good.length - 2); // drops "." and the last byte of the ة
        DecodedPage d = decode(cut);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).startsWith("قال رئيس البلدية");
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
