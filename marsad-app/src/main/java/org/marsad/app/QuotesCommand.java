package org.marsad.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.Marsad;
import org.marsad.extract.ArticleExtractor;
import org.marsad.extract.InputRejected;
import org.marsad.extract.Page;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Quote;
import org.marsad.model.Rejection;
import org.marsad.quote.QuoteFinder;
import org.marsad.source.InputFiles;
import org.marsad.text.ArabicText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad quotes PATH...}: who said what in each article, one readable block per statement. */
@Command(
        name = "quotes",
        description = "Print who said what in each input: speaker, role, cue, direct or indirect, outlet, the "
                + "content with its offsets in the body, and the rule that chose the speaker.",
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every input gave an article", "1:some inputs failed", "2:usage error"})
final class QuotesCommand implements Callable<Integer> {
    private static final QuoteFinder FINDER = new QuoteFinder();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "HTML or text-dump files (.gz too), directories, or - for stdin.")
    List<String> paths;

    @Option(names = "--plain", description = "Take inputs as clean article text: no boilerplate removal, no title line.")
    boolean plain;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> inputs;
        try {
            inputs = InputFiles.expand(paths);
        } catch (UncheckedIOException e) {
            err.println("marsad: " + e.getMessage() + ": " + e.getCause().getMessage());
            return 1;
        }
        int failed = 0;
        for (String input : inputs) {
            Analysis result = analyze(input, err);
            if (result instanceof Article a) {
                print(input, a, out);
            } else {
                failed++;
                if (result instanceof Rejection r) err.println("marsad: " + input + ": " + r);
            }
            out.flush();
        }
        return failed == 0 ? 0 : 1;
    }

    /** The article's quotes: the pipeline's when it ran a quote stage, else the finder's on its entities. */
    static List<Quote> quotes(Article a) {
        if (!a.annotations().quotes().isEmpty()) return a.annotations().quotes();
        return FINDER.quotes(a, ArabicText.analyze(a.body()), a.annotations().entities());
    }

    private static void print(String input, Article a, PrintWriter out) {
        List<Quote> quotes = quotes(a);
        out.println("== " + input + (a.title() == null ? "" : " — " + a.title()) + " (" + quotes.size() + " quotes)");
        int n = 0;
        for (Quote q : quotes) {
            var s = q.speaker();
            out.printf("%d. %s%s [%s]%n", ++n, s.name() == null ? "(unknown speaker)" : s.name(),
                    s.role() == null ? "" : " — " + s.role(), s.kind());
            out.printf("   %s · %s%s · rule %s%n", q.cue(), q.direct() ? "direct" : "indirect",
                    q.outlet() == null ? "" : " · to " + q.outlet(), q.rule());
            out.printf("   «%s» (%d–%d)%n", q.text().replace('\n', ' '), q.start(), q.end());
        }
    }

    private Analysis analyze(String input, PrintWriter err) {
        try {
            byte[] bytes = InputFiles.read(input, System.in, ArticleExtractor.DEFAULT_MAX_BYTES);
            return Marsad.analyze(new Page(bytes, null, null, plain ? Page.Format.PLAIN : Page.Format.AUTO,
                    java.time.ZonedDateTime.now()));
        } catch (InputRejected e) {
            return e.rejection();
        } catch (NoSuchFileException e) {
            err.println("marsad: " + input + ": no such file");
        } catch (IOException e) {
            err.println("marsad: " + input + ": cannot read: " + e.getMessage());
        } catch (RuntimeException e) {
            err.println("marsad: " + input + ": internal error (please report): " + e);
        }
        return null;
    }
}
