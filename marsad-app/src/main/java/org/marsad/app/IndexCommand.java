package org.marsad.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.index.ArticleIndex;
import org.marsad.index.DuplicateGroup;
import org.marsad.index.IndexLockedException;
import org.marsad.index.ingest.Ingest;
import org.marsad.index.ingest.IngestOptions;
import org.marsad.index.ingest.IngestProgress;
import org.marsad.index.ingest.IngestReport;
import org.marsad.index.ingest.RecordFields;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad index PATH...}: pages, JSON records and archives through the full pipeline into the archive. */
@Command(
        name = "index",
        description = "Analyze pages, JSON/JSON Lines records, web archives (WARC) and ZIP archives of them, and add "
                + "them to the index.",
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every input was indexed (or already was)", "1:some inputs failed", "2:usage error"})
final class IndexCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Pages (.html .htm .txt, .gz too), JSON or JSON Lines files (.json .jsonl .ndjson), web "
                    + "archives (.warc .warc.gz), ZIP archives of those, directories.")
    List<String> paths;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "The index folder (default: ${DEFAULT-VALUE}).")
    Path dataDir = ArticleIndex.DEFAULT_DIR;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: every core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--field", paramLabel = "ROLE=NAME",
            description = "Read a record field under another name, e.g. body=article_text (roles: title, body, url, "
                    + "date, source, section, author). Repeatable.")
    List<String> fieldMappings = List.of();

    @Option(names = "--commit-every", paramLabel = "N", description = "Commit after N new articles (default: 1000).")
    int commitEvery = 1000;

    @Option(names = "--groups", paramLabel = "N", description = "Near-duplicate groups to list (default: 5).")
    int groupsShown = 5;

    @Option(names = "--quiet", description = "No progress line.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be >= 1");
        if (commitEvery < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--commit-every must be >= 1");
        RecordFields fields = RecordFields.DEFAULT;
        try {
            for (String m : fieldMappings) fields = fields.with(m);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--field: " + e.getMessage());
        }
        boolean terminal = System.console() != null && !quiet;
        IngestOptions options = IngestOptions.defaults().withThreads(threads).withFields(fields)
                .withCommitEvery(commitEvery).withProgress(terminal ? p -> progressLine(err, p) : null);
        try (ArticleIndex index = ArticleIndex.open(dataDir)) {
            IngestReport r = Ingest.run(index, paths, options);
            if (terminal) err.print("\r\033[K");
            err.flush();
            summary(out, r, index);
            return r.rejectedTotal() == 0 ? 0 : 1;
        } catch (IndexLockedException e) {
            err.println("marsad: " + e.getMessage());
            return 1;
        } catch (java.io.UncheckedIOException e) {
            err.println("marsad: " + e.getMessage());
            return 1;
        }
    }

    private static void progressLine(PrintWriter err, IngestProgress p) {
        err.printf(Locale.ROOT, "\r\033[K%,d articles indexed · %,d duplicates · %,d rejected · %.0f docs/s",
                p.indexed(), p.duplicates(), p.rejected(), p.perSecond());
        err.flush();
    }

    private void summary(PrintWriter out, IngestReport r, ArticleIndex index) {
        out.printf(Locale.ROOT, "indexed %,d new articles in %.1f s (%.0f docs/s with %d thread%s); "
                        + "duplicates (already indexed) %,d; rejected %,d%n",
                r.indexed(), r.seconds(), r.perSecond(), threads, threads == 1 ? "" : "s", r.duplicates(),
                r.rejectedTotal());
        r.rejected().forEach((reason, n) -> out.printf(Locale.ROOT, "  rejected %s: %,d%n", reason, n));
        for (String example : r.examples().subList(0, Math.min(5, r.examples().size()))) out.println("    " + example);
        if (r.skippedTotal() > 0) {
            StringBuilder reasons = new StringBuilder();
            new java.util.TreeMap<>(r.skipped()).forEach((reason, n) ->
                    reasons.append(reasons.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s %,d", reason, n)));
            out.printf(Locale.ROOT, "skipped archive records (no article in them) %,d: %s%n", r.skippedTotal(), reasons);
        }
        out.printf(Locale.ROOT, "near-duplicates: %,d articles joined %,d groups (%,d of them across publishers)%n",
                r.nearDuplicates(), r.groups(), r.crossPublisherGroups());
        for (DuplicateGroup g : index.duplicateGroups(2, groupsShown)) {
            out.printf(Locale.ROOT, "  group %s: %d articles from %s%n", g.id(), g.size(), String.join(", ", g.publishers()));
            for (DuplicateGroup.Member m : g.members()) {
                out.printf("    %s · %s%n", m.publisher() == null ? "?" : m.publisher(), m.title() == null ? m.id() : m.title());
            }
        }
        index.refresh();
        out.printf(Locale.ROOT, "index %s: %,d articles%n", dataDir, index.count());
    }
}
