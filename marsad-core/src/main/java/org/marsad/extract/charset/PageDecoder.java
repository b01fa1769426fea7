package org.marsad.extract.charset;

import java.nio.charset.StandardCharsets;

/** Bytes to text: gunzip, then the charset from BOM, HTTP header, meta tag, a strict UTF-8 check, or a guess. */
public final class PageDecoder {
    private PageDecoder() {}

    /**
     * Decodes raw page bytes.
     *
     * @param bytes the raw bytes, possibly gzip-compressed (recognised by the magic bytes, not the name)
     * @param contentType the HTTP Content-Type header, or null
     * @param maxBytes the largest (uncompressed) input accepted
     * @throws org.marsad.extract.InputRejected for empty, binary, corrupt or oversized input
     */
    public static DecodedPage decode(byte[] bytes, String contentType, int maxBytes) {
        // TODO(decoder helper): the real decoder.
        return new DecodedPage(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "utf-8-check");
    }
}
