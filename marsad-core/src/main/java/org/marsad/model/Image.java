package org.marsad.model;

/**
 * The article's lead image as text: its caption and its photo credit (for example رويترز).
 *
 * @param caption the caption, or null when the page gives none
 * @param credit the photo credit, or null when the page gives none
 */
public record Image(String caption, String credit) {
    public Image {
        if (caption == null && credit == null) throw new IllegalArgumentException("an image needs a caption or a credit");
    }
}
