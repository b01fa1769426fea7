package org.marsad.spark;

import java.io.Serializable;
import java.util.function.Consumer;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Rejection;
import org.marsad.source.warc.WarcPage;

/**
 * One unit of the job's input: a page from an archive, a JSON line, or a count of records an archive reader skipped
 * (they travel with the data so the totals come out of the same pass, exactly once).
 *
 * @param source archive#offset or file#offset
 * @param page the archive page, or null
 * @param jsonLine the JSON line, or null
 * @param skipped the reason code of skipped records, or null
 * @param count how many records were skipped
 */
record JobInput(String source, WarcPage page, String jsonLine, String skipped, long count) implements Serializable {
    static JobInput page(WarcPage page) {
        return new JobInput(page.source(), page, null, null, 0);
    }

    static JobInput line(String source, String line) {
        return new JobInput(source, null, line, null, 0);
    }

    static JobInput skipped(String reason, long count) {
        return new JobInput(null, null, null, reason, count);
    }

    /**
     * What the pipeline makes of it: the same calls as {@code marsad analyze} (pages) and {@code marsad index} (JSON
     * lines), so the same articles. {@code also} sees every article (the index shard takes them there).
     */
    Outcome analyze(boolean extractOnly, Consumer<Article> also) {
        if (skipped != null) return Outcome.skipped(skipped, count);
        Analysis result;
        try {
            if (page != null) result = extractOnly ? page.extract() : page.analyze();
            else result = JsonLineArticles.analyze(jsonLine);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug on one page must not fail a job over millions: counted, like the CLI's one line per input.
            return Outcome.skipped("internal-error", 1);
        }
        if (!(result instanceof Article a)) return Outcome.skipped(((Rejection) result).code(), 1);
        also.accept(a);
        return new Outcome(ArticleRows.of(a, source), null, 0);
    }
}
