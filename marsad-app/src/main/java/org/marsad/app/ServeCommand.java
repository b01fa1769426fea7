package org.marsad.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.serve.CorpusLoader;
import org.marsad.serve.MarsadServer;
import org.marsad.serve.MemoryStore;
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

    @Option(names = "--ingest", paramLabel = "PATH", arity = "1..*",
            description = "Pages or folders of pages to analyze and store before serving.")
    List<String> ingest = List.of();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return serve(spec.commandLine(), host, port, ingest);
    }

    /** Loads {@code pages}, starts the server, prints its URL and serves until the process is stopped. */
    static int serve(CommandLine cl, String host, int port, List<String> pages) {
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        if (port < 0 || port > 65535) throw new CommandLine.ParameterException(cl, "--port must be 0 to 65535");
        NewsStore store = new MemoryStore();
        if (!pages.isEmpty()) {
            CorpusLoader.Report r = CorpusLoader.load(pages, store, err);
            out.println("marsad: " + r.loaded() + " articles loaded" + (r.failed() > 0 ? ", " + r.failed() + " failed" : ""));
            if (r.loaded() == 0 && r.failed() > 0) return 1;
        }
        MarsadServer server;
        try {
            server = MarsadServer.start(new InetSocketAddress(host, port), store);
        } catch (BindException e) {
            err.println("marsad: cannot listen on " + host + ":" + port + ": " + e.getMessage() + " (try --port 0)");
            return 1;
        } catch (IOException e) {
            err.println("marsad: cannot start the server: " + e.getMessage());
            return 1;
        }
        out.println("marsad: serving on " + server.url() + "  (Ctrl-C stops)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
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
