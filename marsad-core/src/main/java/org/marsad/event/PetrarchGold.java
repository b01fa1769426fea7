package org.marsad.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the UniversalPETRARCH Arabic validation sentences ({@code petrarch-arabic-events/*_gsr_validation.xml}):
 * each {@code <Sentence>} with its raw text and its gold event (PLOVER class, CAMEO source and target codes such as
 * {@code LBN GOV} or {@code None CVL}). The files are not well-formed XML (the root is never closed), so each
 * sentence element is read on its own.
 */
public final class PetrarchGold {
    /** The folder under the data directory. */
    public static final String FOLDER = "petrarch-arabic-events";

    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\s([^>]*)>(.*?)</Sentence>", Pattern.DOTALL);
    private static final Pattern CODING = Pattern.compile("<EventCoding\\s([^>]*)/>");
    private static final Pattern EVENT_TEXT = Pattern.compile("<EventText\\s([^>]*)/>");
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);

    /**
     * One gold sentence.
     *
     * @param id the sentence id
     * @param text the raw sentence
     * @param type the gold PLOVER class
     * @param source the gold source actor code ("LBN GOV", "None CVL", "None None")
     * @param target the gold target actor code
     * @param sourceText the gold source actor as written, possibly empty
     */
    public record Sentence(String id, String text, String type, String source, String target, String sourceText) {
        /** Whether the gold names a source actor (a code other than "None None"). */
        public boolean hasSource() {
            return ActorCodes.parse(source).known();
        }
    }

    private PetrarchGold() {}

    /** Whether {@code dataDir} holds the gold files. */
    public static boolean present(Path dataDir) {
        return !files(dataDir.resolve(FOLDER)).isEmpty();
    }

    /** Every gold sentence under {@code dataDir}, file by file in name order. */
    public static List<Sentence> load(Path dataDir) {
        List<Sentence> out = new ArrayList<>();
        for (Path f : files(dataDir.resolve(FOLDER))) {
            try {
                out.addAll(parse(Files.readString(f, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            }
        }
        return out;
    }

    /** The sentences of one file's content. */
    static List<Sentence> parse(String xml) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(xml);
        while (m.find()) {
            String attrs = m.group(1);
            String inner = m.group(2);
            Matcher c = CODING.matcher(inner);
            Matcher t = TEXT.matcher(inner);
            if (!c.find() || !t.find()) continue;
            Matcher et = EVENT_TEXT.matcher(inner);
            String sourceText = et.find() ? attr(et.group(1), "sourcetext") : "";
            out.add(new Sentence(attr(attrs, "id"), unescape(t.group(1)).strip(), attr(c.group(1), "plover"),
                    attr(c.group(1), "sourcecode"), attr(c.group(1), "targetcode"), sourceText));
        }
        return out;
    }

    private static String attr(String attrs, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attrs);
        return m.find() ? unescape(m.group(1)) : "";
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith("_gsr_validation.xml")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
