package org.marsad.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.marsad.extract.InputRejected;
import org.marsad.model.Rejection;

/** Turns command-line paths into inputs: files as given, directories walked for page files, {@code -} for stdin. */
public final class InputFiles {
    /** The name that stands for standard input. */
    public static final String STDIN = "-";

    private static final List<String> PAGE_SUFFIXES = List.of(".html", ".htm", ".xhtml", ".txt", ".warc");

    private InputFiles() {}

    /**
     * Expands paths: a directory gives every page file below it (.html, .htm, .xhtml, .txt, .warc, each also with
     * .gz), sorted;
     * a file or {@code -} is kept as given, whatever its name.
     *
     * @throws UncheckedIOException when a path does not exist or a directory cannot be read
     */
    public static List<String> expand(List<String> paths) {
        List<String> out = new ArrayList<>();
        for (String p : paths) {
            if (p.equals(STDIN)) {
                out.add(p);
                continue;
            }
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(InputFiles::isPageFile)
                            .map(Path::toString)
                            .sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read directory " + p, e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** True for names ending in a page suffix, optionally followed by .gz. */
    static boolean isPageFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        for (String s : PAGE_SUFFIXES) if (name.endsWith(s)) return true;
        return false;
    }

    /**
     * Reads an input's bytes, never more than {@code maxBytes}.
     *
     * @throws InputRejected (TOO_LARGE) when the input is larger
     * @throws IOException when it cannot be read
     */
    public static byte[] read(String name, InputStream stdin, int maxBytes) throws IOException {
        if (name.equals(STDIN)) return readCapped(stdin, maxBytes);
        Path path = Path.of(name);
        if (Files.size(path) > maxBytes) throw tooLarge(Files.size(path), maxBytes);
        try (InputStream in = Files.newInputStream(path)) {
            return readCapped(in, maxBytes);
        }
    }

    private static byte[] readCapped(InputStream in, int maxBytes) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes);
        if (bytes.length == maxBytes && in.read() != -1) throw tooLarge(-1, maxBytes);
        return bytes;
    }

    private static InputRejected tooLarge(long size, int maxBytes) {
        String was = size >= 0 ? size + " bytes" : "more";
        return new InputRejected(Rejection.Reason.TOO_LARGE, was + " is over the limit of " + maxBytes + " bytes");
    }
}
