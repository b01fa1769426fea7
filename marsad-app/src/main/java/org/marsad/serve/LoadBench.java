package org.marsad.serve;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load on a running server: N clients, each on its own keep-alive connection, sending its next search
 * as soon as the last one is answered, for a fixed time; every response must be a 200 with its whole body. The
 * clients speak HTTP/1.1 over plain sockets, as wrk does, so they cost the shared CPU little. Latencies are kept
 * whole (no sampling) for exact percentiles.
 */
public final class LoadBench {
    /**
     * What a run measured.
     *
     * @param requests answered requests counted (after the warm-up)
     * @param errors non-200 answers and failed requests
     * @param seconds the measured time
     * @param p50 median latency, ms
     * @param p90 90th percentile, ms
     * @param p99 99th percentile, ms
     * @param max the slowest, ms
     * @param cpuMs CPU time this process (server and clients) spent per request, ms
     */
    public record Result(long requests, long errors, double seconds, double p50, double p90, double p99, double max,
            double cpuMs) {
        public double perSecond() {
            return requests / seconds;
        }
    }

    private LoadBench() {}

    /**
     * Runs {@code clients} clients against {@code base} (http://host:port) for {@code warmup} then
     * {@code measure}, cycling through {@code paths} (API paths with their query).
     */
    public static Result run(String host, int port, List<String> paths, int clients, Duration warmup,
            Duration measure) throws InterruptedException {
        List<byte[]> requests = paths.stream().map(p -> ("GET " + p + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1)).toList();
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measure.toNanos();
        AtomicLong errors = new AtomicLong();
        AtomicLong cpuAtStart = new AtomicLong(-1);
        List<long[]> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            Thread t = new Thread(() -> {
                long[] took = new long[1 << 14];
                int count = 0;
                int i = first;
                Socket socket = null;
                InputStream in = null;
                while (true) {
                    long sent = System.nanoTime();
                    if (sent >= end) break;
                    if (sent >= measureFrom) cpuAtStart.compareAndSet(-1, processCpu());
                    boolean ok;
                    try {
                        if (socket == null) {
                            socket = new Socket(host, port);
                            in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
                        }
                        ok = exchange(socket.getOutputStream(), in, requests.get(i++ % requests.size()));
                    } catch (IOException e) {
                        ok = false;
                        close(socket);
                        socket = null;
                    }
                    long latency = System.nanoTime() - sent;
                    if (sent < measureFrom) continue;
                    if (!ok) errors.incrementAndGet();
                    if (count == took.length) took = Arrays.copyOf(took, took.length * 2);
                    took[count++] = latency;
                }
                close(socket);
                synchronized (perClient) {
                    perClient.add(Arrays.copyOf(took, count));
                }
            }, "load-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        long cpu = processCpu() - cpuAtStart.get();
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double seconds = measure.toNanos() / 1e9;
        if (all.length == 0) return new Result(0, errors.get(), seconds, 0, 0, 0, 0, 0);
        return new Result(all.length, errors.get(), seconds, ms(all, 0.50), ms(all, 0.90), ms(all, 0.99),
                all[all.length - 1] / 1e6, cpu / 1e6 / all.length);
    }

    /** Sends one request and reads the whole response; true for a 200. */
    private static boolean exchange(OutputStream out, InputStream in, byte[] request) throws IOException {
        out.write(request);
        out.flush();
        String status = line(in);
        long length = -1;
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            if (colon > 0 && h.substring(0, colon).equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(h.substring(colon + 1).strip());
            }
        }
        if (length < 0) throw new IOException("no Content-Length");
        in.skipNBytes(length);
        return status.startsWith("HTTP/1.1 200");
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) throw new IOException("connection closed");
            if (b != '\r') sb.append((char) b);
        }
        return sb.toString();
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void close(Socket s) {
        try {
            if (s != null) s.close();
        } catch (IOException e) {
            // closing a dead connection: nothing to do
        }
    }

    /** Searches an analyst would send: words, a phrase, filters, facets, dates, later pages, an empty query. */
    public static List<String> searches(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            String q = URLEncoder.encode(w, StandardCharsets.UTF_8);
            out.add("/api/search?q=" + q);
            out.add("/api/search?q=" + q + "&from=2025-06-10&to=2025-06-30");
            out.add("/api/search?q=" + q + "&page=2&size=5");
        }
        out.add("/api/search");
        out.add("/api/search?q=" + URLEncoder.encode("\"وقف إطلاق النار\"", StandardCharsets.UTF_8));
        out.add("/api/search?section=" + URLEncoder.encode("اقتصاد", StandardCharsets.UTF_8));
        return out;
    }

    private static double ms(long[] sorted, double q) {
        int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }
}
