package org.marsad.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.input.PortableDataStream;
import org.marsad.source.warc.WarcPages;

/**
 * The job inputs of one archive, read lazily in one task (a gzip WARC cannot be split): its pages, then the counts
 * of the records it skipped. A broken archive ends early and counts as one {@code corrupt-archive}; the job goes on.
 */
final class ArchiveInputs implements Iterator<JobInput> {
    static final String CORRUPT = "corrupt-archive";

    private final String name;
    private final PortableDataStream data;
    private WarcPages pages;
    private final Deque<JobInput> tail = new ArrayDeque<>();
    private boolean finished;

    ArchiveInputs(String name, PortableDataStream data) {
        this.name = name;
        this.data = data;
    }

    @Override
    public boolean hasNext() {
        if (!finished) {
            try {
                if (pages == null) pages = open();
                if (pages.hasNext()) return true;
            } catch (IOException | UncheckedIOException e) {
                tail.add(JobInput.skipped(CORRUPT, 1));
            }
            finish();
        }
        return !tail.isEmpty();
    }

    @Override
    public JobInput next() {
        if (!hasNext()) throw new NoSuchElementException();
        return finished ? tail.poll() : JobInput.page(pages.next());
    }

    private WarcPages open() throws IOException {
        InputStream in = data.open();
        try {
            return WarcPages.open(in, name);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private void finish() {
        finished = true;
        if (pages == null) return;
        pages.skipped().forEach((reason, n) -> tail.add(JobInput.skipped(reason, n)));
        try {
            pages.close();
        } catch (IOException e) {
            // everything was read: a failing close loses nothing
        }
    }
}
