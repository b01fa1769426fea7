package org.marsad.extract.charset;

import java.nio.charset.Charset;

/**
 * Page text decoded from its bytes.
 *
 * @param text the decoded text, without a byte-order mark
 * @param charset the charset the bytes were read with
 * @param how what decided the charset: "bom", "http", "meta", "utf-8-check" or "guess"
 */
public record DecodedPage(String text, Charset charset, String how) {}
