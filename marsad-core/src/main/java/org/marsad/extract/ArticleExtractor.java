package org.marsad.extract;

import org.marsad.extract.charset.DecodedPage;
import org.marsad.extract.charset.PageDecoder;
import org.marsad.extract.dump.TextDumpExtractor;
import org.marsad.extract.html.HtmlExtractor;
import org.marsad.model.Analysis;

/** Page bytes to an article: decode, decide between HTML, text dump and plain text, extract. Thread-safe. */
public final class ArticleExtractor {
    /** The largest input accepted by default: 64 MiB, uncompressed. */
    public static final int DEFAULT_MAX_BYTES = 64 << 20;

    private final int maxBytes;
    private final HtmlExtractor html = new HtmlExtractor();
    private final TextDumpExtractor dump = new TextDumpExtractor();
    private final PlainTextExtractor plain = new PlainTextExtractor();

    public ArticleExtractor(int maxBytes) {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be > 0, was " + maxBytes);
        this.maxBytes = maxBytes;
    }

    public Analysis extract(Page page) {
        try {
            DecodedPage decoded = PageDecoder.decode(page.bytes(), page.contentType(), maxBytes);
            String text = decoded.text();
            Page.Format format = page.format() == Page.Format.AUTO ? sniff(text) : page.format();
            return switch (format) {
                case HTML -> html.extract(text, page.url(), page.reference());
                case TEXT_DUMP -> dump.extract(text, page.url(), page.reference());
                case PLAIN -> plain.extract(text, page.url());
                case AUTO -> throw new IllegalStateException("sniff never answers AUTO");
            };
        } catch (InputRejected e) {
            return e.rejection();
        }
    }

    /** HTML when the text opens (after whitespace and a stray prolog) with markup, else a text dump. */
    static Page.Format sniff(String text) {
        int n = Math.min(text.length(), 4096);
        String head = text.substring(0, n).toLowerCase(java.util.Locale.ROOT);
        int lt = 0;
        while (lt < head.length() && Character.isWhitespace(head.charAt(lt))) lt++;
        if (lt < head.length() && head.charAt(lt) == '<') return Page.Format.HTML;
        boolean markup = head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
                || head.contains("<head") || head.contains("<div") || head.contains("<p>");
        return markup ? Page.Format.HTML : Page.Format.TEXT_DUMP;
    }
}
