package org.marsad.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.marsad.Marsad;
import org.marsad.extract.ArticleExtractor;
import org.marsad.extract.InputRejected;
import org.marsad.extract.Page;
import org.marsad.json.ArticleJson;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Rejection;
import org.marsad.source.InputFiles;
import org.marsad.source.warc.WarcPages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad analyze PATH...}: the JSON contract for each input. */
@Command(
        name = "analyze",
        description = "Print the clean article of each input as JSON (design.md §3).",
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every input gave an article", "1:some inputs failed", "2:usage error"})
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "HTML or text-dump files (.gz too), WARC archives (.warc, .warc.gz), directories, or - for stdin.")
    List<String> paths;

    @Option(names = "--jsonl", description = "One compact JSON object per line, each with \"source\".")
    boolean jsonl;

    @Option(names = "--plain", description = "Take inputs as clean article text: no boilerplate removal, no title line.")
    boolean plain;

    @Option(names = "--format", description = "Force the input format: ${COMPLETION-CANDIDATES} (default: AUTO).")
    Page.Format format = Page.Format.AUTO;

    @Option(names = "--url", description = "The page's URL (for a single input).")
    String url;

    @Option(names = "--reference", paramLabel = "ISO-DATE-TIME",
            description = "Anchor for relative dates such as أمس (default: now), e.g. 2025-06-20T18:00+03:00.")
    String reference;

    @Option(names = "--extract-only", description = "Only the clean article: no entities, quotes or events.")
    boolean extractOnly;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ZonedDateTime ref = referenceTime();
        Page.Format fmt = plain ? Page.Format.PLAIN : format;
        List<String> inputs;
        try {
            inputs = InputFiles.expand(paths);
        } catch (UncheckedIOException e) {
            err.println("marsad: " + e.getMessage() + ": " + e.getCause().getMessage());
            return 1;
        }
        boolean single = inputs.size() == 1 && !jsonl && !WarcPages.isWarc(inputs.get(0));
        List<String> objects = new ArrayList<>();
        int failed = 0;
        // Inputs are analyzed on every core, a bounded window ahead; results come out in input order.
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), inputs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "marsad-analyze");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Analysis>> window = new ArrayDeque<>();
        int next = 0;
        for (String input : inputs) {
            while (next < inputs.size() && window.size() < threads * 2) {
                String in = inputs.get(next++);
                // An archive is read record by record when its turn comes (WarcInput), not as one input.
                window.add(WarcPages.isWarc(in) ? CompletableFuture.completedFuture(null)
                        : pool.submit(() -> analyze(in, fmt, ref, err)));
            }
            Future<Analysis> head = window.poll();
            if (WarcPages.isWarc(input)) {
                failed += new WarcInput(pool, threads * 2, extractOnly).run(input, (src, a) -> emit(a, src, objects, out), err);
                continue;
            }
            Analysis result = await(head);
            if (result instanceof Article a) {
                emit(a, single ? null : input, objects, out);
            } else {
                failed++;
                if (result instanceof Rejection r) err.println("marsad: " + input + ": " + r);
            }
            out.flush();
        }
        pool.shutdown();
        if (!jsonl && !objects.isEmpty()) out.println(single ? objects.get(0) : "[" + String.join(",\n", objects) + "]");
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private void emit(Article a, String source, List<String> objects, PrintWriter out) {
        String json = ArticleJson.write(a, source, !jsonl);
        if (jsonl) out.println(json);
        else objects.add(json);
    }

    private static Analysis await(Future<Analysis> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The analysis of one input, or null when it could not be read (the reason is already on stderr). */
    private Analysis analyze(String input, Page.Format fmt, ZonedDateTime ref, PrintWriter err) {
        try {
            byte[] bytes = InputFiles.read(input, System.in, ArticleExtractor.DEFAULT_MAX_BYTES);
            Page page = new Page(bytes, url, null, fmt, ref);
            return extractOnly ? Marsad.extract(page) : Marsad.analyze(page);
        } catch (InputRejected e) {
            return e.rejection();
        } catch (NoSuchFileException e) {
            err.println("marsad: " + input + ": no such file");
        } catch (IOException e) {
            err.println("marsad: " + input + ": cannot read: " + e.getMessage());
        } catch (StackOverflowError e) {
            err.println("marsad: " + input + ": internal error: nesting too deep for this build (please report)");
        } catch (RuntimeException e) {
            // A bug, not bad input: say so in one line and go on with the other inputs.
            err.println("marsad: " + input + ": internal error (please report): " + e);
        }
        return null;
    }

    private ZonedDateTime referenceTime() {
        if (reference == null) return ZonedDateTime.now();
        try {
            return ZonedDateTime.parse(reference);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--reference: not an ISO date-time with offset: " + reference);
        }
    }
}
