package org.marsad.entity.ner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AQMAR's Arabic Wikipedia NER corpus (Mohit et al. 2012) as a domain-shift test: its 20 test articles (all but the
 * 8 dev ones of the original protocol), each a document, with tags mapped onto ANERcorp's: PER → PERS, MIS0–MIS3 →
 * MISC, ENGLISH/SPANISH → O, I--ORG → I-ORG, anything else malformed → O (as Stanza's loader does).
 */
public final class AqmarCorpus {
    /** The corpus folder under the data folder. */
    public static final String FOLDER = "aqmar/AQMAR_Arabic_NER_corpus-1.0";
    /** The dev articles of Mohit et al. 2012; every other article is test. */
    static final List<String> DEV = List.of("Damascus", "Atom", "Raul_Gonzales", "Linux", "Imam_Hussein_Shrine",
            "Nuclear_Power", "Real_Madrid", "Solaris");

    private AqmarCorpus() {}

    /** The test articles by name, each its sentences with ANERcorp tags; empty when the folder is absent. */
    public static Map<String, List<ConllSentence>> testArticles(Path dataDir) {
        Path dir = dataDir.resolve(FOLDER);
        Map<String, List<ConllSentence>> out = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) return out;
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
                if (DEV.contains(name)) continue;
                List<ConllSentence> mapped = new ArrayList<>();
                for (ConllSentence s : ConllReader.read(f)) {
                    List<String> tags = new ArrayList<>();
                    for (String t : s.labels()) tags.add(tag(t));
                    mapped.add(new ConllSentence(s.tokens(), tags));
                }
                out.put(name, mapped);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** An AQMAR tag as the ANERcorp tag it means (see the class comment). */
    static String tag(String raw) {
        String t = raw.replace("`", "").replace("--", "-");
        if (t.length() < 3 || t.charAt(1) != '-' || (t.charAt(0) != 'B' && t.charAt(0) != 'I')) return "O";
        String type = t.substring(2);
        if (type.equals("PER")) type = "PERS";
        else if (type.startsWith("MIS")) type = "MISC";
        return NerLabels.TYPES.contains(type) ? t.charAt(0) + "-" + type : "O";
    }
}
