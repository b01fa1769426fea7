package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI over hostile inputs, run in-process: every input ends in exit status 0 (an article) or 1 (rejected), a
 * rejected input gives exactly one {@code marsad: PATH: …} line on stderr, and nothing ever prints a stack trace or
 * dies of StackOverflowError or OutOfMemoryError. All inputs are written at test time; the Arabic text is our own.
 */
class HostileInputTest {
    private static final Charset CP1256 = Charset.forName("windows-1256");
    private static final List<String> SENTENCES = List.of(
            "أعلنت بلدية المدينة الساحلية أمس افتتاح محطة جديدة لتحلية مياه البحر في الحي الشمالي.",
            "وقال رئيس البلدية سامي الخطيب إن المحطة ستزود أكثر من ثلاثين ألف أسرة بالمياه العذبة.",
            "وأضاف أن أعمال البناء استغرقت عامين وشارك فيها مهندسون وعمال من أبناء المنطقة.",
            "ويرى الخبير في شؤون المياه الدكتور نبيل حداد أن المشروع خطوة مهمة لكنه لا يكفي وحده.",
            "ومن المنتظر أن تبدأ المرحلة الثانية من المشروع مطلع العام المقبل بتمويل من صندوق التنمية.");

    @TempDir
    Path dir;

    /** The exit status and the two streams of one CLI run. */
    record Run(int status, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : Arrays.asList(err.split("\\R"));
        }
    }

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Main.run(o, e, args);
        } catch (Throwable t) { // StackOverflowError, OutOfMemoryError, any exception: all are failures here
            throw new AssertionError("marsad " + String.join(" ", args) + " threw " + t, t);
        }
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs {@code analyze} on one file and checks the contract every hostile input must keep. */
    private Run analyze(Path file) {
        Run r = cli("analyze", file.toString());
        assertThat(r.status()).as("exit status for %s; stderr: %s", file.getFileName(), r.err()).isIn(0, 1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Error:");
        assertThat(r.out()).doesNotContain("Exception").doesNotContain("\tat ");
        if (r.status() == 1) {
            assertThat(r.errLines()).hasSize(1);
            assertThat(r.errLines().get(0)).startsWith("marsad: " + file + ": ");
        } else {
            assertThat(r.err()).isEmpty();
            assertThat(r.out().trim()).startsWith("{").endsWith("}");
        }
        return r;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static String articlePage(String meta) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head>").append(meta)
                .append("<title>محطة تحلية جديدة في الحي الشمالي</title></head><body><article>")
                .append("<h1>محطة تحلية جديدة في الحي الشمالي</h1>");
        for (String s : SENTENCES) sb.append("<p>").append(s).append("</p>\n");
        return sb.append("</article></body></html>\n").toString();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] pngWithNoise() {
        byte[] b = new byte[8192];
        new Random(7).nextBytes(b);
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    private static byte[] truncatedGzip() throws IOException {
        byte[] whole = gzip(articlePage("").repeat(20).getBytes(StandardCharsets.UTF_8));
        return Arrays.copyOf(whole, whole.length / 2);
    }

    @Test
    void emptyFileIsRejected() throws IOException {
        Run r = analyze(write("empty.html", new byte[0]));
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("empty");
    }

    @Test
    void binaryIsRejected() throws IOException {
        Run r = analyze(write("photo.html", pngWithNoise()));
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("binary").contains("PNG image");
    }

    @Test
    void truncatedGzipIsRejected() throws IOException {
        Run r = analyze(write("cut.html.gz", truncatedGzip()));
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("corrupt").contains("truncated gzip");
    }

    @Test
    void pageNested60000DivsDeep() throws IOException {
        String paragraph = SENTENCES.get(1) + " " + SENTENCES.get(2);
        String html = "<html><body>" + "<div>".repeat(60_000) + "<p>" + paragraph + "</p>" + "</div>".repeat(60_000)
                + "</body></html>";
        Run r = analyze(write("deep.html", html.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.status()).isEqualTo(0);
        assertThat(r.out()).contains(paragraph);
    }

    @Test
    void fortyMegabytePage() throws IOException {
        StringBuilder sb = new StringBuilder(25 << 20)
                .append("<html lang=\"ar\"><head><title>تقرير طويل</title></head><body>");
        int n = 0;
        while (sb.length() < 24_500_000) { // about 40 MB of UTF-8: Arabic letters take two bytes
            sb.append("<p>").append(n++).append(". ").append(SENTENCES.get(n % SENTENCES.size())).append("</p>\n");
        }
        byte[] bytes = sb.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
        sb = null;
        assertThat(bytes.length).isGreaterThan(40_000_000);
        Run r = analyze(write("big.html", bytes));
        assertThat(r.out()).contains(SENTENCES.get(3));
    }

    @Test
    void windows1256PageWithDeclaration() throws IOException {
        byte[] bytes = articlePage("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">")
                .getBytes(CP1256);
        Run r = analyze(write("declared-1256.html", bytes));
        assertThat(r.status()).isEqualTo(0);
        assertThat(r.out()).contains(SENTENCES.get(0)).contains(SENTENCES.get(4)).doesNotContain("\ufffd");
    }

    @Test
    void windows1256PageWithoutDeclaration() throws IOException {
        Run r = analyze(write("undeclared-1256.html", articlePage("").getBytes(CP1256)));
        assertThat(r.status()).isEqualTo(0);
        assertThat(r.out()).contains(SENTENCES.get(0)).contains(SENTENCES.get(4)).doesNotContain("\ufffd");
    }

    @Test
    void onlyScriptAndStyleIsRejected() throws IOException {
        String html = "<html><head><style>p { color: red } /* <p>نص مخفي</p> */</style></head><body>"
                + "<script>var s = '<p>" + SENTENCES.get(0) + "</p>'; document.write(s);</script></body></html>";
        Run r = analyze(write("script-only.html", html.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.status()).isEqualTo(1);
    }

    @Test
    void invalidUtf8Sequences() throws IOException {
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        page.writeBytes("<html><body>".getBytes(StandardCharsets.UTF_8));
        byte[][] bad = {{(byte) 0xc0, (byte) 0xaf}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xff},
            {(byte) 0x80}, {(byte) 0xe2, (byte) 0x82}};
        for (int i = 0; i < SENTENCES.size(); i++) {
            page.writeBytes(("<p>" + SENTENCES.get(i) + "</p>").getBytes(StandardCharsets.UTF_8));
            page.writeBytes(bad[i]);
        }
        page.writeBytes("</body></html>".getBytes(StandardCharsets.UTF_8));
        Run r = analyze(write("bad-utf8.html", page.toByteArray()));
        if (r.status() == 0) assertThat(r.out()).contains(SENTENCES.get(2));
    }

    @Test
    void loneLessThanSign() throws IOException {
        analyze(write("lt.html", "<".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void hundredThousandUnclosedParagraphs() throws IOException {
        String html = "<html><body>" + "<p>خبر عاجل ".repeat(100_000) + "</body></html>";
        analyze(write("unclosed.html", html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void batchOfGoodAndBadFiles() throws IOException {
        Path batch = Files.createDirectory(dir.resolve("batch"));
        List<Path> good = List.of(
                Files.write(batch.resolve("a-utf8.html"),
                        articlePage("<meta charset=utf-8>").getBytes(StandardCharsets.UTF_8)),
                Files.write(batch.resolve("b-1256.html"), articlePage("").getBytes(CP1256)),
                Files.write(batch.resolve("c-gzip.html.gz"), gzip(articlePage("").getBytes(StandardCharsets.UTF_8))));
        List<Path> bad = List.of(
                Files.write(batch.resolve("d-empty.html"), new byte[0]),
                Files.write(batch.resolve("e-image.html"), pngWithNoise()),
                Files.write(batch.resolve("f-cut.html.gz"), truncatedGzip()));
        Files.write(batch.resolve("notes.pdf"), pngWithNoise()); // not a page name: skipped by the directory walk

        Run r = cli("analyze", "--jsonl", batch.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(good.size());
        for (Path p : good) {
            String source = "{\"source\":\"" + p + "\"";
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(source).contains(SENTENCES.get(1)));
        }
        assertThat(r.errLines()).hasSize(bad.size());
        for (Path p : bad) assertThat(r.errLines()).anySatisfy(l -> assertThat(l).startsWith("marsad: " + p + ": "));
    }

    @Test
    void unknownOptionIsAUsageError() throws IOException {
        Path page = write("ok.html", articlePage("").getBytes(StandardCharsets.UTF_8));
        Run r = cli("analyze", "--no-such-option", page.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("\tat ");
    }

    @Test
    void missingPathIsAUsageError() {
        Run r = cli("analyze");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("\tat ");
    }
}
