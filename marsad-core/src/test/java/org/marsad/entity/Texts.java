package org.marsad.entity;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicText;

/** Helpers for the entity tests: hand-made mentions found in sentences written for these tests. */
final class Texts {
    private Texts() {}

    static AnalyzedText analyze(String text) {
        return ArabicText.analyze(text);
    }

    /** A mention of the {@code occurrence}-th (0-based) appearance of {@code name} in {@code text}. */
    static Mention at(String text, String name, int occurrence, EntityType type) {
        int from = -1;
        for (int k = 0; k <= occurrence; k++) {
            from = text.indexOf(name, from + 1);
            if (from < 0) throw new IllegalArgumentException(name + " #" + occurrence + " not in the text");
        }
        return new Mention(name, from, from + name.length(), type);
    }

    /** Mentions of every appearance of {@code name}. */
    static List<Mention> all(String text, String name, EntityType type) {
        List<Mention> out = new ArrayList<>();
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            out.add(new Mention(name, i, i + name.length(), type));
        }
        return out;
    }
}
