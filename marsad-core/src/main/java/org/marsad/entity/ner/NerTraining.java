package org.marsad.entity.ner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicText;
import org.marsad.text.Segment;
import org.marsad.text.SegmentKind;
import org.marsad.text.Token;
import org.marsad.text.TokenKind;

/**
 * Builds the tagger from data: word classes induced from unlabelled text, then the perceptron on ANERcorp's train
 * split, and cross-validation on that split alone (the test split is only ever scored, never tuned on).
 */
public final class NerTraining {
    /** ANERcorp's folder under the data folder. */
    public static final String ANERCORP = "anercorp-camel";
    /** The only file the tagger trains on. */
    public static final String TRAIN_FILE = "ANERCorp_CamelLab_train.txt";
    /** The file it is scored on. */
    public static final String TEST_FILE = "ANERCorp_CamelLab_test.txt";

    private NerTraining() {}

    /** The train split's sentences. */
    public static List<ConllSentence> trainSplit(Path dataDir) {
        return ConllReader.read(dataDir.resolve(ANERCORP).resolve(TRAIN_FILE));
    }

    /** Word classes of unlabelled articles plus the train split's tokens (not its labels). */
    public static WordClusters clusters(List<String> articles, List<ConllSentence> train, long seed) {
        ClusterInducer inducer = new ClusterInducer();
        for (String article : articles) {
            AnalyzedText a = ArabicText.analyze(article);
            a.sentences().forEach(s -> {
                List<Token> tokens = a.tokens(s);
                String[] forms = new String[tokens.size()];
                for (int i = 0; i < forms.length; i++) {
                    Token t = tokens.get(i);
                    forms[i] = t.normalized();
                    if (t.kind() == TokenKind.ARABIC_WORD) inducer.addStem(NerWords.of(a.text(), t).stem(), article(t));
                }
                inducer.add(forms);
            });
        }
        for (ConllSentence s : train) {
            NerWord[] words = NerWords.of(s.tokens());
            String[] forms = new String[words.length];
            for (int i = 0; i < forms.length; i++) forms[i] = words[i].normalized();
            inducer.add(forms);
        }
        return inducer.induce(seed);
    }

    /**
     * The tagger trained on labelled sentences (one document, in order), with weights as the model file keeps them.
     * The second pass learns from first-pass labels of sentences the first pass did not train on (k-fold), so it
     * learns how far the first pass can be trusted.
     */
    public static NerTagger train(List<ConllSentence> sentences, WordClusters clusters, NerHyperParameters c) {
        List<NerWord[]> words = new ArrayList<>(sentences.size());
        List<int[]> labels = new ArrayList<>(sentences.size());
        for (ConllSentence s : sentences) {
            words.add(NerWords.of(s.tokens()));
            int[] y = new int[s.labels().size()];
            for (int i = 0; i < y.length; i++) y[i] = NerLabels.ANERCORP.index(s.labels().get(i));
            labels.add(y);
        }
        PerceptronTrainer trainer = new PerceptronTrainer(c);
        List<int[]> firstPass = new ArrayList<>(words.size());
        for (int f = 0; f < c.stackFolds(); f++) {
            int from = f * words.size() / c.stackFolds();
            int to = (f + 1) * words.size() / c.stackFolds();
            NerModel held = trainer.train(without(words, from, to), without(labels, from, to), null, clusters);
            for (NerWord[] s : words.subList(from, to)) firstPass.add(held.tag(s, null));
        }
        NerModel first = trainer.train(words, labels, null, clusters);
        List<int[]> history = List.of(DocumentHistory.of(words, firstPass, NerLabels.ANERCORP));
        NerModel second = trainer.train(words, labels, history, clusters);
        return new NerTagger(ModelFile.roundTrip(new TwoStageModel(first, second)));
    }

    private static boolean article(Token t) {
        for (Segment s : t.segments()) if (s.kind() == SegmentKind.ARTICLE) return true;
        return false;
    }

    private static <T> List<T> without(List<T> all, int from, int to) {
        List<T> out = new ArrayList<>(all.subList(0, from));
        out.addAll(all.subList(to, all.size()));
        return out;
    }

    /** The tagger's score on labelled documents, each tagged on its own (AQMAR's articles). */
    public static NerScore scoreDocuments(NerTagger tagger, java.util.Collection<List<ConllSentence>> documents) {
        List<List<String>> gold = new ArrayList<>();
        List<List<String>> predicted = new ArrayList<>();
        for (List<ConllSentence> document : documents) {
            List<List<String>> tokens = new ArrayList<>();
            for (ConllSentence s : document) {
                gold.add(s.labels());
                tokens.add(s.tokens());
            }
            predicted.addAll(tagger.tagDocument(tokens));
        }
        return NerScore.of(gold, predicted);
    }

    /** The tagger's score on labelled sentences read as one document (as `marsad tag --conll` reads a file). */
    public static NerScore score(NerTagger tagger, List<ConllSentence> sentences) {
        List<List<String>> gold = new ArrayList<>();
        List<List<String>> tokens = new ArrayList<>();
        for (ConllSentence s : sentences) {
            gold.add(s.labels());
            tokens.add(s.tokens());
        }
        return NerScore.of(gold, tagger.tagDocument(tokens));
    }

    /** Pooled score of {@code folds}-fold cross-validation over contiguous blocks of the sentences. */
    public static NerScore crossValidate(List<ConllSentence> sentences, WordClusters clusters,
            NerHyperParameters c, int folds) {
        List<List<String>> gold = new ArrayList<>();
        List<List<String>> predicted = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            int from = f * sentences.size() / folds;
            int to = (f + 1) * sentences.size() / folds;
            List<ConllSentence> train = new ArrayList<>(sentences.subList(0, from));
            train.addAll(sentences.subList(to, sentences.size()));
            NerTagger tagger = train(train, clusters, c);
            List<List<String>> tokens = new ArrayList<>();
            for (ConllSentence s : sentences.subList(from, to)) {
                gold.add(s.labels());
                tokens.add(s.tokens());
            }
            predicted.addAll(tagger.tagDocument(tokens));
        }
        return NerScore.of(gold, predicted);
    }
}
