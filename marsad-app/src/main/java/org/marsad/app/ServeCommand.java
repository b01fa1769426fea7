package org.marsad.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.index.ArticleIndex;
import org.marsad.index.IndexLockedException;
import org.marsad.index.ingest.IngestReport;
import org.marsad.serve.MarsadServer;
import org.marsad.serve.NewsStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad serve}: the HTTP API and the web UI, on localhost unless told otherwise. */
@Command(
        name = "serve",
        description = "Serve the JSON API and the Arabic web UI (http://localhost:PORT/).",
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:stopped", "1:could not start (port in use, unreadable corpus)", "2:usage error"})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", description = "The TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--host", description = "The address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host = "127.0.0.1";

    @Option(names = {"--data-dir", "--data"}, paramLabel = "DIR",
            description = "The index folder, created when absent (default: ${DEFAULT-VALUE}).")
    Path dataDir = ArticleIndex.DEFAULT_DIR;

    @Option(names = "--ingest", paramLabel = "PATH", arity = "1..*",
            description = "Pages, record files or folders to analyze and add to the index before serving.")
    List<String> ingest = List.of();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return serve(spec.commandLine(), host, port, dataDir, ingest, () -> {});
    }

    /**
     * Opens the index, adds {@code pages}, starts the server, prints its URL and serves until stopped; then closes
     * the index and runs {@code afterStop}.
     */
    static int serve(CommandLine cl, String host, int port, Path dataDir, List<String> pages, Runnable afterStop) {
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        if (port < 0 || port > 65535) throw new CommandLine.ParameterException(cl, "--port must be 0 to 65535");
        ArticleIndex index;
        try {
            index = ArticleIndex.open(dataDir);
        } catch (IndexLockedException | UncheckedIOException e) {
            err.println("marsad: " + e.getMessage());
            return 1;
        }
        NewsStore store = new NewsStore(index);
        if (!pages.isEmpty()) {
            IngestReport r = store.ingest(pages);
            out.printf(Locale.ROOT, "marsad: %d articles added to %s (%d already there, %d rejected)%n", r.indexed(),
                    dataDir, r.duplicates(), r.rejectedTotal());
        }
        MarsadServer server;
        try {
            server = MarsadServer.start(new InetSocketAddress(host, port), store);
        } catch (BindException e) {
            err.println("marsad: cannot listen on " + host + ":" + port + ": " + e.getMessage() + " (try --port 0)");
            index.close();
            afterStop.run();
            return 1;
        } catch (IOException e) {
            err.println("marsad: cannot start the server: " + e.getMessage());
            index.close();
            afterStop.run();
            return 1;
        }
        out.println("marsad: serving on " + server.url() + "  (Ctrl-C stops)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            index.close();
            afterStop.run();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
