package org.marsad.source.warc;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.marsad.extract.ArticleExtractor;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The pages of a web archive (WARC 1.0/1.1, plain or gzip per record, as Common Crawl's CC-NEWS publishes them), read
 * lazily record by record: response records with a 2xx HTML payload become {@link WarcPage}s; every other record is
 * skipped and counted by {@link SkipReason}. Not thread-safe: one reader per archive. The reusable entry point for
 * every command that takes WARC ({@code marsad analyze}, {@code marsad index}, the Spark job).
 *
 * <pre>{@code
 * try (WarcPages pages = WarcPages.open(Path.of("CC-NEWS-20250620.warc.gz"))) {
 *     pages.stream().map(WarcPage::analyze).forEach(...);
 *     pages.skipped();   // {not-response=1204, not-html=3}
 * }
 * }</pre>
 */
public final class WarcPages implements Iterator<WarcPage>, Closeable {
    private final WarcReader reader;
    private final String name;
    private final int maxBytes;
    private final Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
    private WarcPage next;
    private boolean done;

    private WarcPages(InputStream in, String name, int maxBytes) throws IOException {
        this.reader = new WarcReader(in);
        this.name = name;
        this.maxBytes = maxBytes;
    }

    /**
     * Opens an archive file.
     *
     * @throws IOException when it cannot be opened or does not start with a WARC record
     */
    public static WarcPages open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            return open(in, file.toString());
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Reads an archive from a stream (closed with this reader); {@code name} prefixes every page's source.
     *
     * @throws IOException when the stream does not start with a WARC record
     */
    public static WarcPages open(InputStream in, String name) throws IOException {
        return new WarcPages(in, name, ArticleExtractor.DEFAULT_MAX_BYTES);
    }

    /** True for names ending in .warc or .warc.gz (case ignored): what {@code marsad analyze} reads as an archive. */
    public static boolean isWarc(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    /** The remaining pages as a sequential stream; closing the stream closes the archive. */
    public Stream<WarcPage> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
                        false)
                .onClose(this::closeQuietly);
    }

    /** Records skipped so far, by reason code ({@code not-html}), in the enum's order; reasons never met are absent. */
    public Map<String, Long> skipped() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        skipped.forEach((r, n) -> out.put(r.code(), n));
        return out;
    }

    /**
     * @throws UncheckedIOException when the archive breaks off or is corrupt (the pages before it were delivered)
     */
    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            try {
                Optional<WarcRecord> record = reader.next();
                if (record.isEmpty()) done = true;
                else next = toPage(record.get());
            } catch (IOException e) {
                done = true;
                throw new UncheckedIOException(name + ": corrupt archive after " + reader.position() + " bytes", e);
            }
        }
        return next != null;
    }

    @Override
    public WarcPage next() {
        if (!hasNext()) throw new NoSuchElementException();
        WarcPage page = next;
        next = null;
        return page;
    }

    /** The page of a 2xx HTML response record, or null after counting why there is none. */
    private WarcPage toPage(WarcRecord record) {
        if (!(record instanceof WarcResponse response)) return skip(SkipReason.NOT_RESPONSE);
        try {
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() > 299) return skip(SkipReason.HTTP_STATUS);
            MessageHeaders headers = http.headers();
            String contentType = headers.first("Content-Type").orElse(null);
            if (!isHtml(contentType)) return skip(SkipReason.NOT_HTML);
            byte[] body;
            try (InputStream payload = http.bodyDecoded().stream()) {
                body = payload.readNBytes(maxBytes + 1);
            }
            if (body.length > maxBytes) return skip(SkipReason.TOO_LARGE);
            ZonedDateTime fetched = HttpDates.parse(headers.first("Date").orElse(null));
            if (fetched == null) fetched = response.date().atZone(ZoneOffset.UTC);
            ZonedDateTime lastModified = HttpDates.parse(headers.first("Last-Modified").orElse(null));
            return new WarcPage(name + "#" + record.position(), response.target(), body, contentType, fetched,
                    lastModified);
        } catch (IOException | RuntimeException e) {
            // jwarc reports a malformed HTTP message or payload as either; the next record is still readable.
            return skip(SkipReason.UNREADABLE);
        }
    }

    /** HTML by its media type; a missing type is sniffed from the bytes like a file (Page AUTO). */
    static boolean isHtml(String contentType) {
        if (contentType == null) return true;
        int semicolon = contentType.indexOf(';');
        String base = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        return base.isEmpty() || base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private WarcPage skip(SkipReason reason) {
        skipped.merge(reason, 1L, Long::sum);
        return null;
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        done = true;
        reader.close();
    }
}
