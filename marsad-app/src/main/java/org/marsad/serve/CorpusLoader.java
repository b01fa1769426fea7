package org.marsad.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.marsad.extract.ArticleExtractor;
import org.marsad.extract.InputRejected;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Rejection;
import org.marsad.source.InputFiles;

/** Loads page files and folders into a store before serving, one line on stderr for each page that fails. */
public final class CorpusLoader {
    /**
     * What a load did.
     *
     * @param loaded pages stored as articles
     * @param failed pages that gave no article or could not be read
     */
    public record Report(int loaded, int failed) {}

    private CorpusLoader() {}

    /** Ingests every page under {@code paths} (files or folders) into {@code store}. */
    public static Report load(List<String> paths, NewsStore store, PrintWriter err) {
        Ingester ingester = new Ingester(store);
        List<String> files;
        try {
            files = InputFiles.expand(paths);
        } catch (UncheckedIOException e) {
            err.println("marsad: " + e.getMessage() + ": " + e.getCause().getMessage());
            return new Report(0, 1);
        }
        int loaded = 0;
        int failed = 0;
        for (String file : files) {
            try {
                Analysis a = ingester.ingest(InputFiles.read(file, null, ArticleExtractor.DEFAULT_MAX_BYTES), null,
                        null, null);
                if (a instanceof Article) {
                    loaded++;
                } else {
                    failed++;
                    err.println("marsad: " + file + ": " + (Rejection) a);
                }
            } catch (InputRejected e) {
                failed++;
                err.println("marsad: " + file + ": " + e.rejection());
            } catch (IOException e) {
                failed++;
                err.println("marsad: " + file + ": cannot read: " + e.getMessage());
            }
        }
        return new Report(loaded, failed);
    }
}
