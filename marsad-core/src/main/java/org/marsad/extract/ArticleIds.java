package org.marsad.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable article ids: a hash of the canonical URL when there is one, else of the body text. */
public final class ArticleIds {
    private ArticleIds() {}

    /** 16 hex digits of SHA-256 over {@code "url:" + url} or {@code "body:" + body}. */
    public static String of(String url, String body) {
        String key = url != null && !url.isBlank() ? "url:" + url.trim() : "body:" + body;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
