package org.marsad.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.entity.ner.ConllReader;
import org.marsad.entity.ner.ConllSentence;
import org.marsad.entity.ner.NerHyperParameters;
import org.marsad.entity.ner.NerProvenance;
import org.marsad.entity.ner.NerScore;
import org.marsad.entity.ner.NerTagger;
import org.marsad.entity.ner.NerTraining;
import org.marsad.entity.ner.WordClusters;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad train ner}: word classes from the SaudiNewsNet sample, then the tagger on ANERcorp's train split
 * only; writes the model and its provenance. The same data and seed give the same model bytes.
 */
@Command(name = "ner",
        description = {"Train the NER tagger on ANERcorp's CAMeL train split (never the test split) with word classes "
                + "induced from the SaudiNewsNet sample; write the model (gzip) and FILE's .provenance.txt beside it."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:trained", "2:usage error, or no training data"})
final class TrainNerCommand implements Callable<Integer> {
    @CommandLine.Mixin
    DataOption data = new DataOption();

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write the model (default: anercorp-ner.model.gz).")
    Path out = Path.of("anercorp-ner.model.gz");

    @Option(names = "--seed", paramLabel = "N", description = "Seed of word-class induction and shuffling (default: 1).")
    long seed = NerHyperParameters.DEFAULT.seed();

    @Option(names = "--sentences", paramLabel = "N", description = "Train on the first N train sentences only.")
    int sentences;

    @Option(names = "--articles", paramLabel = "N", description = "Induce classes from the first N articles only.")
    int articles;

    @Option(names = "--cv", description = "Also score cross-validation on the train split (slow).")
    boolean cv;

    @Option(names = "--cv-only", description = "Score cross-validation on the train split, then stop (no model).")
    boolean cvOnly;

    @Option(names = "--folds", paramLabel = "N", description = "Cross-validation folds (default: 5).")
    int folds = 5;

    @Option(names = "--epochs", paramLabel = "N", description = "Perceptron epochs (default: the shipped setting).")
    int epochs = NerHyperParameters.DEFAULT.epochs();

    @Option(names = "--min-count", paramLabel = "N",
            description = "Occurrences a feature needs to get weights (default: the shipped setting).")
    int minCount = NerHyperParameters.DEFAULT.minCount();

    @Option(names = "--lexicon-folds", paramLabel = "N",
            description = "Blocks of the jackknifed training lexicon (default: the shipped setting).")
    int lexiconFolds = NerHyperParameters.DEFAULT.lexiconFolds();

    @Option(names = "--no-test", description = "Do not score the test split.")
    boolean noTest;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = data.dir();
        Path trainFile = dir.resolve(NerTraining.ANERCORP).resolve(NerTraining.TRAIN_FILE);
        if (!Files.isRegularFile(trainFile)) {
            err.println("marsad: no ANERcorp train split at " + trainFile + ". Pass --data DIR.");
            return 2;
        }
        if (sentences < 0 || articles < 0 || folds < 2 || epochs < 1 || minCount < 1
                || lexiconFolds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--sentences and --articles must be >= 0, --folds >= 2, the other numbers >= 1");
        }
        NerHyperParameters d = NerHyperParameters.DEFAULT;
        NerHyperParameters p = new NerHyperParameters(epochs, minCount, lexiconFolds, d.stackFolds(), seed);
        List<ConllSentence> train = NerTraining.trainSplit(dir);
        if (sentences > 0) train = train.subList(0, Math.min(sentences, train.size()));
        List<String> texts = BenchTextCorpus.load(dir.resolve(BenchTextCorpus.FOLDER));
        if (articles > 0) texts = texts.subList(0, Math.min(articles, texts.size()));
        long t0 = System.nanoTime();
        WordClusters clusters = NerTraining.clusters(texts, train, seed);
        o.printf("word classes: %d words from %d articles + %d train sentences (%.1f s)%n", clusters.size(),
                texts.size(), train.size(), (System.nanoTime() - t0) / 1e9);
        o.flush();
        NerScore cvScore = null;
        if (cv || cvOnly) {
            t0 = System.nanoTime();
            cvScore = NerTraining.crossValidate(train, clusters, p, folds);
            o.printf("%d-fold CV on train (%s): %s (%.1f s)%n", folds, p, cvScore.summary(),
                    (System.nanoTime() - t0) / 1e9);
            if (cvOnly) return 0;
        }
        t0 = System.nanoTime();
        NerTagger tagger = NerTraining.train(train, clusters, p);
        byte[] model = tagger.modelBytes();
        o.printf("trained on %d sentences (%.1f s): %d features, %d bytes%n", train.size(),
                (System.nanoTime() - t0) / 1e9, tagger.featureCount(), model.length);
        NerScore test = null;
        Path testFile = dir.resolve(NerTraining.ANERCORP).resolve(NerTraining.TEST_FILE);
        if (!noTest && Files.isRegularFile(testFile)) {
            test = NerTraining.score(tagger, ConllReader.read(testFile));
            o.println("ANERcorp test: " + test.summary());
        }
        Path target = out.toAbsolutePath();
        if (target.getParent() != null) Files.createDirectories(target.getParent());
        Files.write(target, model);
        Path provenance = provenancePath(target);
        Files.writeString(provenance, NerProvenance.text(p, train.size(), clusters.size(), texts.size(), model.length,
                tagger.featureCount(), folds, cvScore, test), StandardCharsets.UTF_8);
        o.println("wrote " + target + " and " + provenance);
        return 0;
    }

    /** FILE.model.gz → FILE.provenance.txt. */
    static Path provenancePath(Path model) {
        String name = model.getFileName().toString().replaceFirst("(\\.model)?(\\.gz)?$", "");
        return model.resolveSibling(name + ".provenance.txt");
    }
}
