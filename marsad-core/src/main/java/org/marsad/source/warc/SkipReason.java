package org.marsad.source.warc;

import java.util.Locale;

/** Why a WARC record gives no page for the pipeline (the pipeline's own rejections are counted beside these). */
public enum SkipReason {
    /** warcinfo, request, metadata, revisit, resource…: records that hold no fetched page. */
    NOT_RESPONSE,
    /** A response other than 2xx: redirects, errors. */
    HTTP_STATUS,
    /** A payload that is not HTML by its Content-Type: images, PDF, JSON, feeds, scripts. */
    NOT_HTML,
    /** A payload larger than the extractor takes. */
    TOO_LARGE,
    /** A response whose HTTP message or payload cannot be read (a broken record in a readable archive). */
    UNREADABLE;

    /** The reason code as the CLI and the Spark job print it: {@code not-html}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
