package org.marsad.entity.ner;

import java.util.ArrayList;
import java.util.List;

/** Entity spans read from BIO tags, conlleval style: B-X starts one; so does I-X after O or after another type. */
final class BioSpans {
    private BioSpans() {}

    /** The spans of a tag sequence as {type, first token, end token} (strings, to compare whole). */
    static List<String[]> spans(List<String> tags) {
        List<String[]> out = new ArrayList<>();
        String type = null;
        int start = 0;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String t = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : null;
            boolean begins = t != null && (tag.charAt(0) == 'B' || !t.equals(type));
            if (type != null && (t == null || begins)) {
                out.add(new String[] {type, Integer.toString(start), Integer.toString(i)});
                type = null;
            }
            if (begins) {
                type = t;
                start = i;
            }
        }
        return out;
    }
}
