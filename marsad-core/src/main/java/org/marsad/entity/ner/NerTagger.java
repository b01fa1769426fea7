package org.marsad.entity.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Mention;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Token;

/**
 * The named-entity tagger: persons, organizations, locations and other names (ANERcorp's PERS, ORG, LOC, MISC) in
 * Arabic text, from the model trained on ANERcorp that ships in the jar ({@link #shipped()}). Thread-safe.
 */
public final class NerTagger implements org.marsad.entity.MentionSource {
    /** The shipped model's resource. */
    public static final String MODEL_RESOURCE = "/org/marsad/entity/ner/anercorp-ner.model.gz";
    /** The shipped model's provenance (training data, licence, features, scores). */
    public static final String PROVENANCE_RESOURCE = "/org/marsad/entity/ner/anercorp-ner.provenance.txt";

    private final TwoStageModel model;

    NerTagger(TwoStageModel model) {
        this.model = model;
    }

    /** The tagger of the model in the jar, loaded once. */
    public static NerTagger shipped() {
        return Shipped.TAGGER;
    }

    /** A tagger of a model file's bytes (as {@code marsad train ner} writes them). */
    public static NerTagger fromBytes(byte[] model) {
        return new NerTagger(ModelFile.read(model));
    }

    /** BIO labels (B-PERS, I-LOC, O ...) of one pre-tokenized sentence, read as a document of its own. */
    public List<String> tag(List<String> tokens) {
        return tagDocument(List.of(tokens)).get(0);
    }

    /**
     * BIO labels of the pre-tokenized sentences of one document, in order: each sentence is read with the ones
     * around it (a name spelled in full in one sentence helps read it alone in another).
     */
    public List<List<String>> tagDocument(List<List<String>> sentences) {
        List<NerWord[]> words = new ArrayList<>(sentences.size());
        for (List<String> s : sentences) words.add(NerWords.of(s));
        List<int[]> labels = model.tag(words);
        List<List<String>> out = new ArrayList<>(labels.size());
        for (int[] ls : labels) {
            List<String> names = new ArrayList<>(ls.length);
            for (int y : ls) names.add(model.labels().name(y));
            out.add(names);
        }
        return out;
    }

    /**
     * The names in an analyzed text, each with exact offsets into {@code text.text()}. A mention never starts with
     * the conjunction or preposition clitics و ف ب ل ك glued to its first word (وموسكو → موسكو); the article ال stays
     * part of the name.
     */
    public List<Mention> mentions(AnalyzedText text) {
        List<Mention> out = new ArrayList<>();
        List<NerWord[]> document = NerWords.of(text);
        List<int[]> tagged = model.tag(document);
        NerLabels l = model.labels();
        for (int si = 0; si < document.size(); si++) {
            List<Token> tokens = text.tokens(text.sentences().get(si));
            NerWord[] words = document.get(si);
            int[] labels = tagged.get(si);
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == 0) continue;
                int type = l.type(labels[i]);
                int j = i + 1;
                while (j < labels.length && labels[j] != 0 && !l.begins(labels[j])
                        && l.type(labels[j]) == type) {
                    j++;
                }
                int start = tokens.get(i).start() + words[i].cliticChars();
                int end = tokens.get(j - 1).end();
                if (start < end) {
                    out.add(new Mention(text.text().substring(start, end), start, end, NerLabels.entityType(type)));
                }
                i = j - 1;
            }
        }
        return out;
    }

    /** The model's byte form (what the jar ships). */
    public byte[] modelBytes() {
        return ModelFile.write(model);
    }

    /** How many weighted features the model keeps (both passes). */
    public int featureCount() {
        return model.first().keys.length + model.second().keys.length;
    }

    private static final class Shipped {
        static final NerTagger TAGGER = load();

        private static NerTagger load() {
            try (InputStream in = NerTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) throw new IllegalStateException("the NER model is missing from the jar: " + MODEL_RESOURCE);
                return new NerTagger(ModelFile.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
