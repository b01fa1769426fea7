package org.marsad.index.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.marsad.source.warc.WarcPages;

/**
 * Walks what {@code marsad index} is given and hands out inputs one by one, streaming (a big archive is never held
 * whole): page files (.html .htm .xhtml .txt, also .gz), JSON files (an array of records, one object, or JSON
 * Lines: .json .jsonl .ndjson, also .gz), web archives (.warc, .warc.gz: their HTML responses, through
 * {@link WarcPages}), ZIP archives of any of these, and directories of all of them, in sorted order. A file given
 * by name is read whatever its suffix (an unknown one as a page). Thread-confined.
 */
public final class InputWalker {
    /** The largest single page or record file read into memory. */
    public static final int MAX_BYTES = 64 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PAGE_SUFFIXES = List.of(".html", ".htm", ".xhtml", ".txt");
    private static final List<String> JSON_SUFFIXES = List.of(".json", ".jsonl", ".ndjson");

    private final Consumer<IngestInput> sink;

    public InputWalker(Consumer<IngestInput> sink) {
        this.sink = sink;
    }

    /** Walks every path in order. */
    public void walk(List<String> paths) {
        for (String p : paths) walk(Path.of(p), true);
    }

    private void walk(Path path, boolean named) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.walk(path)) {
                s.filter(Files::isRegularFile).filter(f -> kind(f.getFileName().toString()) != Kind.OTHER).sorted()
                        .forEach(f -> walk(f, false));
            } catch (IOException e) {
                sink.accept(new IngestInput.Unreadable(path.toString(), "unreadable", e.getMessage()));
            }
            return;
        }
        String name = path.toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            read(name, in, named);
        } catch (NoSuchFileException e) {
            sink.accept(new IngestInput.Unreadable(name, "unreadable", "no such file"));
        } catch (IOException e) {
            sink.accept(new IngestInput.Unreadable(name, "unreadable", String.valueOf(e.getMessage())));
        }
    }

    private void read(String name, InputStream in, boolean named) throws IOException {
        switch (kind(name)) {
            case ZIP -> zip(name, in);
            case WARC -> warc(name, in);
            case JSON -> json(name, unzipped(name, in));
            case PAGE -> page(name, in);
            case OTHER -> {
                if (named) page(name, in);
            }
        }
    }

    private void zip(String name, InputStream in) throws IOException {
        ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (e.isDirectory() || e.getName().startsWith("__MACOSX/")) continue;
            String entry = name + "!" + e.getName();
            if (kind(e.getName()) == Kind.OTHER) continue;
            read(entry, new NonClosing(zip), false);
        }
    }

    /**
     * Each HTML response of an archive as a page, then the counts of the records without one. An archive that breaks
     * off keeps the pages before the break and is reported as {@code corrupt-archive}.
     */
    private void warc(String name, InputStream in) {
        WarcPages pages;
        try {
            pages = WarcPages.open(new NonClosing(in), name);
        } catch (IOException | RuntimeException e) {
            sink.accept(new IngestInput.Unreadable(name, "unreadable", "not a readable WARC: " + e.getMessage()));
            return;
        }
        boolean any = false;
        try (pages) {
            while (pages.hasNext()) {
                var page = pages.next();
                any = true;
                sink.accept(new IngestInput.WarcRecord(page.source(), page));
            }
        } catch (UncheckedIOException | IOException e) {
            if (any || !pages.skipped().isEmpty()) {
                sink.accept(new IngestInput.Unreadable(name, "corrupt-archive", String.valueOf(e.getMessage())));
            } else { // not one record: no archive at all
                sink.accept(new IngestInput.Unreadable(name, "unreadable", "not a readable WARC"));
            }
        }
        sink.accept(new IngestInput.WarcSkips(name, pages.skipped()));
    }

    private void page(String name, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES);
        if (bytes.length == MAX_BYTES && in.read() != -1) {
            sink.accept(new IngestInput.Unreadable(name, "too-large", "over " + MAX_BYTES + " bytes"));
            return;
        }
        sink.accept(new IngestInput.PageFile(name, bytes));
    }

    /** An array of records, a stream of concatenated objects, or JSON Lines (one bad line spoils only itself). */
    private void json(String name, InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(64);
        int first;
        do {
            first = buffered.read();
        } while (first == ' ' || first == '\n' || first == '\r' || first == '\t' || first == 0xEF || first == 0xBB
                || first == 0xBF);
        buffered.reset();
        if (first == '[') {
            int n = 0;
            try (JsonParser p = JSON.createParser(buffered)) {
                p.nextToken();
                while (p.nextToken() != null && p.currentToken() != JsonToken.END_ARRAY) {
                    JsonNode node = JSON.readTree(p);
                    sink.accept(new IngestInput.JsonRecord(name + "#" + (++n), node));
                }
            } catch (IOException e) {
                sink.accept(new IngestInput.Unreadable(name + "#" + (n + 1), "bad-json", oneLine(e)));
            }
            return;
        }
        BufferedReader lines = new BufferedReader(new InputStreamReader(buffered, StandardCharsets.UTF_8));
        int n = 0;
        StringBuilder pending = new StringBuilder(); // a pretty-printed object spans lines: gather until it parses
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank() && pending.isEmpty()) continue;
            pending.append(line).append('\n');
            try {
                JsonNode node = JSON.readTree(pending.toString());
                pending.setLength(0);
                sink.accept(new IngestInput.JsonRecord(name + "#" + (++n), node));
            } catch (IOException incomplete) {
                if (pending.length() > MAX_BYTES) {
                    sink.accept(new IngestInput.Unreadable(name + "#" + (++n), "bad-json", oneLine(incomplete)));
                    pending.setLength(0);
                } else if (line.isBlank() || pending.charAt(0) != '{' || !looksUnfinished(incomplete)) {
                    sink.accept(new IngestInput.Unreadable(name + "#" + (++n), "bad-json", oneLine(incomplete)));
                    pending.setLength(0);
                }
            }
        }
        if (!pending.isEmpty()) sink.accept(new IngestInput.Unreadable(name + "#" + (++n), "bad-json", "unterminated"));
    }

    private static boolean looksUnfinished(IOException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("end-of-input") || m.contains("Unexpected end");
    }

    private static String oneLine(IOException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static InputStream unzipped(String name, InputStream in) throws IOException {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private enum Kind {
        PAGE, JSON, ZIP, WARC, OTHER
    }

    private static Kind kind(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".zip")) return Kind.ZIP;
        if (WarcPages.isWarc(n)) return Kind.WARC;
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        for (String s : JSON_SUFFIXES) if (n.endsWith(s)) return Kind.JSON;
        for (String s : PAGE_SUFFIXES) if (n.endsWith(s)) return Kind.PAGE;
        return Kind.OTHER;
    }

    /** Lets a reader close what it reads from a ZIP entry without closing the archive. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {}
    }
}
