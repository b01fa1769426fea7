package org.marsad.index;

import java.util.List;

/**
 * One story told by several articles: wire copies and reprints grouped by MinHash near-duplicate detection.
 *
 * @param id the group id (the id of the group's first article)
 * @param size how many articles are in it
 * @param publishers the distinct publishers of all its articles, sorted
 * @param members up to a few of its articles: id, publisher and title
 */
public record DuplicateGroup(String id, int size, List<String> publishers, List<Member> members) {
    public DuplicateGroup {
        publishers = List.copyOf(publishers);
        members = List.copyOf(members);
    }

    /** One article of a group. */
    public record Member(String id, String publisher, String title) {}
}
