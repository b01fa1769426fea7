package org.marsad.extract.dump;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Block;
import org.marsad.model.Image;
import org.marsad.model.NewsDate;

/**
 * A text dump read line by line: every non-blank line (cleaned) with its kind, and what the head of the page told.
 *
 * @param lines the non-blank lines, cleaned, in page order
 * @param kinds the kind of each line, index for index
 * @param title the headline, or null
 * @param section the site section, or null
 * @param published the date of the date line, or null
 * @param modified the date of the update line ({@code آخر تحديث}), or null
 * @param image the lead image's caption and credit, or null
 * @param authors the names of the byline, possibly empty
 */
record ReadDump(
        List<String> lines,
        List<LineKind> kinds,
        String title,
        String section,
        NewsDate published,
        NewsDate modified,
        Image image,
        List<String> authors) {

    ReadDump {
        lines = List.copyOf(lines);
        kinds = List.copyOf(kinds);
        authors = List.copyOf(authors);
        if (lines.size() != kinds.size()) throw new IllegalArgumentException("one kind per line");
    }

    /** The subheadings and paragraphs in page order. */
    List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (kinds.get(i) == LineKind.HEADING) blocks.add(Block.heading(lines.get(i)));
            else if (kinds.get(i) == LineKind.PARAGRAPH) blocks.add(Block.paragraph(lines.get(i)));
        }
        return blocks;
    }

    /** The lines of one kind, in page order. */
    List<String> linesOf(LineKind kind) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (kinds.get(i) == kind) out.add(lines.get(i));
        }
        return out;
    }
}
