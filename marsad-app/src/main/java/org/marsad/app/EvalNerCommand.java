package org.marsad.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.entity.ner.AqmarCorpus;
import org.marsad.entity.ner.ConllReader;
import org.marsad.entity.ner.ConllSentence;
import org.marsad.entity.ner.NerScore;
import org.marsad.entity.ner.NerTagger;
import org.marsad.entity.ner.NerTraining;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad eval ner}: CoNLL exact-match F1 of the shipped tagger on ANERcorp's test split and on AQMAR. */
@Command(name = "ner",
        description = {"NER quality of the shipped model: CoNLL exact-match micro and per-type F1 on the ANERcorp "
                + "CAMeL test split (newswire, as trained) and on AQMAR's 20 test articles (Wikipedia: domain shift)."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:measured", "2:usage error, or no evaluation data"})
final class EvalNerCommand implements Callable<Integer> {
    @CommandLine.Mixin
    DataOption data = new DataOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = data.dir();
        Path test = dir.resolve(NerTraining.ANERCORP).resolve(NerTraining.TEST_FILE);
        Map<String, List<ConllSentence>> aqmar = AqmarCorpus.testArticles(dir);
        if (!Files.isRegularFile(test) && aqmar.isEmpty()) {
            err.println("marsad: no ANERcorp test split or AQMAR under " + dir + ". Pass --data DIR.");
            return 2;
        }
        NerTagger tagger = NerTagger.shipped();
        out.println("evaluation data: " + dir + " (CoNLL exact match: type and both edges)");
        if (Files.isRegularFile(test)) {
            NerScore s = NerTraining.score(tagger, ConllReader.read(test));
            out.println("ANERcorp CAMeL test split (floor 0.80 micro-F1; CRF 2008 0.79, CAMeLBERT-MSA 0.824): "
                    + s.summary());
        } else {
            out.println("ANERcorp: skipped, no test split at " + test);
        }
        if (!aqmar.isEmpty()) {
            out.println("AQMAR Wikipedia, " + aqmar.size() + " test articles (domain shift): "
                    + NerTraining.scoreDocuments(tagger, aqmar.values()).summary());
        } else {
            out.println("AQMAR: skipped, none under " + dir.resolve(AqmarCorpus.FOLDER));
        }
        return 0;
    }
}
