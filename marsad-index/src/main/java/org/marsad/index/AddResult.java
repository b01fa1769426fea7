package org.marsad.index;

/**
 * What adding one article did.
 *
 * @param id the article id
 * @param added true when the article is new; false when an article with its id (same URL, or same body when it
 *     has no URL) is already in the index, in which case nothing changed
 * @param group the near-duplicate group it belongs to (its own id when it is the first of its story)
 */
public record AddResult(String id, boolean added, String group) {
    /** True when the article joined an earlier article's group: a copy of a story already in the index. */
    public boolean nearDuplicate() {
        return added && !group.equals(id);
    }
}
