package org.marsad.model;

import java.util.List;
import java.util.Objects;

/**
 * A clean news article: metadata, the lead image's caption and credit, and the body as blocks in page order.
 * Immutable; every list is an unmodifiable copy.
 *
 * @param id a stable hash of the canonical URL, or of the body when no URL is known
 * @param url the page's URL as given by the caller, else its canonical URL, else null
 * @param canonicalUrl the canonical URL the page declares, or null
 * @param language the ISO 639-1 code of the text's language (for example "ar"), or null if unknown
 * @param title the headline without the site name, or null
 * @param section the site section (for example العالم), or null
 * @param published when the article was first published, or null
 * @param modified when it was last modified, or null
 * @param authors the named authors, possibly empty
 * @param publisher the publisher or site name, or null
 * @param image the lead image's caption and credit, or null
 * @param blocks subheadings and paragraphs in page order, never empty
 * @param annotations entities, quotes and events found in the body ({@link Annotations#NONE} after extraction only)
 */
public record Article(
        String id,
        String url,
        String canonicalUrl,
        String language,
        String title,
        String section,
        NewsDate published,
        NewsDate modified,
        List<String> authors,
        String publisher,
        Image image,
        List<Block> blocks,
        Annotations annotations)
        implements Analysis {

    public Article {
        Objects.requireNonNull(id, "id");
        authors = List.copyOf(authors);
        blocks = List.copyOf(blocks);
        if (blocks.isEmpty()) throw new IllegalArgumentException("an article needs at least one block");
        if (annotations == null) annotations = Annotations.NONE;
    }

    /** An article as extraction makes it: no annotations yet. */
    public Article(String id, String url, String canonicalUrl, String language, String title, String section,
            NewsDate published, NewsDate modified, List<String> authors, String publisher, Image image,
            List<Block> blocks) {
        this(id, url, canonicalUrl, language, title, section, published, modified, authors, publisher, image, blocks,
                Annotations.NONE);
    }

    /** This article with {@code found} as its annotations. */
    public Article withAnnotations(Annotations found) {
        return new Article(id, url, canonicalUrl, language, title, section, published, modified, authors, publisher,
                image, blocks, found);
    }

    /** The entities found in the body. */
    public List<Entity> entities() {
        return annotations.entities();
    }

    /** The quotes found in the body. */
    public List<Quote> quotes() {
        return annotations.quotes();
    }

    /** The events found in the body. */
    public List<Event> events() {
        return annotations.events();
    }

    /** The subheadings, in page order. */
    public List<String> subheadings() {
        return texts(Block.Kind.HEADING);
    }

    /** The paragraphs, in page order. */
    public List<String> paragraphs() {
        return texts(Block.Kind.PARAGRAPH);
    }

    /** The clean text: subheadings and paragraphs in page order, joined by a newline. Offsets point into it. */
    public String body() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(b.text());
        }
        return sb.toString();
    }

    private List<String> texts(Block.Kind kind) {
        return blocks.stream().filter(b -> b.kind() == kind).map(Block::text).toList();
    }
}
