package org.marsad.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP server: the JDK's own (no dependency; Javalin would add 36 jars for the same few routes) on a
 * bounded pool. When the pool and its queue are full the accepting thread runs the request itself, which stops
 * it accepting more: back-pressure instead of unbounded memory.
 */
public final class MarsadServer implements AutoCloseable {
    /** Requests waiting for a worker before back-pressure starts. */
    private static final int QUEUE = 256;

    private final HttpServer server;
    private final ThreadPoolExecutor pool;

    private MarsadServer(HttpServer server, ThreadPoolExecutor pool) {
        this.server = server;
        this.pool = pool;
    }

    /** Starts serving {@code store} on {@code address} (port 0 picks a free port). */
    public static MarsadServer start(InetSocketAddress address, NewsStore store) throws IOException {
        int workers = Math.max(4, 4 * Runtime.getRuntime().availableProcessors());
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), r -> {
                    Thread t = new Thread(r, "marsad-http-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        HttpServer server = HttpServer.create(address, 512);
        server.createContext("/api/", new ApiRoutes(store, StaticAssets.read("openapi.json")));
        server.createContext("/", new StaticAssets());
        server.setExecutor(pool);
        server.start();
        return new MarsadServer(server, pool);
    }

    /** The port actually bound. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The address to open in a browser. */
    public String url() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "localhost" : a.getHostString();
        if (host.contains(":")) host = "[" + host + "]";
        return "http://" + host + ":" + a.getPort() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
