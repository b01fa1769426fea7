package org.marsad.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** A tiny benchmark folder in the AEB layout, with pages and gold written for these tests. */
final class EvalFixtures {
    static final String BRIDGE_BODY =
            "افتتحت المحافظة صباح اليوم جسرا جديدا يربط ضفتي النهر بعد عامين من أعمال البناء.\n"
                    + "وقال المحافظ إن الجسر سيخفف الزحام في وسط المدينة خلال ساعات الذروة.";
    static final String LIBRARY_BODY =
            "أعادت المكتبة العامة فتح أبوابها بعد الترميم، وأضافت قاعة للأطفال وركنا للصحف القديمة.\n"
                    + "وقالت مديرة المكتبة إن ساعات العمل ستمتد حتى العاشرة مساء طوال أيام الأسبوع.";

    private EvalFixtures() {}

    /** {@code DIR/html/scrapinghub-aeb} with two pages and their gold bodies; returns DIR (the data folder). */
    static Path aebData(Path dir) throws IOException {
        Path aeb = Files.createDirectories(dir.resolve("html/scrapinghub-aeb/html"));
        page(aeb.resolve("bridge.html.gz"), "افتتاح جسر جديد", BRIDGE_BODY);
        page(aeb.resolve("library.html.gz"), "عودة المكتبة", LIBRARY_BODY);
        String gold = "{\"bridge\": {\"articleBody\": " + json(BRIDGE_BODY) + ", \"url\": \"https://example.com/a/1\"},"
                + " \"library\": {\"articleBody\": " + json(LIBRARY_BODY) + ", \"url\": \"https://example.com/a/2\"}}";
        Files.writeString(aeb.resolveSibling("ground-truth.json"), gold, StandardCharsets.UTF_8);
        return dir;
    }

    private static void page(Path file, String title, String body) throws IOException {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"ar\" dir=\"rtl\"><head>"
                + "<meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + "<nav>الرئيسية | سياسة | رياضة</nav><article><h1>" + title + "</h1>");
        for (String p : body.split("\n")) html.append("<p>").append(p).append("</p>");
        html.append("</article><footer>جميع الحقوق محفوظة</footer></body></html>");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(html.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** Runs the command line; returns {exit status, stdout, stderr}. */
    static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new String[] {
            String.valueOf(status), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)
        };
    }
}
