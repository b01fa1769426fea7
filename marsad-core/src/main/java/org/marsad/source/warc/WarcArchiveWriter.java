package org.marsad.source.warc;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes pages into a WARC the way a crawler does (a request record, then the response record with the HTTP
 * headers), gzip per record when the name ends in .gz. For tests and benchmarks that need archives of known pages.
 */
public final class WarcArchiveWriter implements Closeable {
    private final WarcWriter writer;

    public WarcArchiveWriter(Path file) throws IOException {
        WarcCompression compression =
                file.toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        this.writer = new WarcWriter(channel, compression);
    }

    /** A 200 response (and its request) with the given Content-Type, the HTTP Date set to {@code fetched}. */
    public void page(String url, Instant fetched, String contentType, byte[] body) throws IOException {
        response(url, fetched, 200, contentType, null, body);
    }

    /** A response with any status; {@code lastModified} may be null. */
    public void response(String url, Instant fetched, int status, String contentType, Instant lastModified, byte[] body)
            throws IOException {
        URI target = URI.create(url);
        HttpRequest request = new HttpRequest.Builder("GET", target.getRawPath() == null ? "/" : target.getRawPath())
                .addHeader("Host", target.getHost())
                .addHeader("User-Agent", "marsad-test")
                .build();
        writer.write(new WarcRequest.Builder(target).date(fetched).body(request).build());
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Status")
                .addHeader("Date", httpDate(fetched));
        if (lastModified != null) http.addHeader("Last-Modified", httpDate(lastModified));
        http.body(MediaType.parse(contentType), body);
        writer.write(new WarcResponse.Builder(target).date(fetched).body(http.build()).build());
    }

    private static String httpDate(Instant t) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atOffset(ZoneOffset.UTC));
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
