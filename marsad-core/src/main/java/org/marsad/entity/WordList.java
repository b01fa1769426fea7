package org.marsad.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the word lists shipped beside this class: UTF-8, one entry a line, {@code #} starts a comment line. */
final class WordList {
    private WordList() {}

    /** The non-comment, non-blank lines of resource {@code name}, trimmed. */
    static List<String> lines(String name) {
        InputStream in = WordList.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("missing resource org/marsad/entity/" + name);
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
        return out;
    }

    /** The SEARCH keys of every word of resource {@code name} (words may be separated by spaces or |). */
    static Set<String> searchKeys(String name) {
        Set<String> out = new HashSet<>();
        for (String line : lines(name)) {
            for (String w : line.split("\\|")) {
                String k = NameKeys.search(w);
                if (!k.isEmpty()) out.add(k);
            }
        }
        return Set.copyOf(out);
    }
}
