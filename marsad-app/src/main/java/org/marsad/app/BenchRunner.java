package org.marsad.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.marsad.eval.AebBenchmark;
import org.marsad.eval.AebEvaluation;

/** Runs one system of the extraction bench as a process over the benchmark's page folder, times it, scores it. */
final class BenchRunner {
    private final AebBenchmark aeb;
    private final Path outDir;
    private final Path prefix;
    private final long timeoutSeconds;
    private final PrintWriter log;

    BenchRunner(AebBenchmark aeb, Path outDir, Path prefix, long timeoutSeconds, PrintWriter log) {
        this.aeb = aeb;
        this.outDir = outDir;
        this.prefix = prefix;
        this.timeoutSeconds = timeoutSeconds;
        this.log = log;
    }

    /**
     * Ours: {@code java -jar JAR analyze --jsonl DIR}, the JVM's start included. Its output goes to a file rather
     * than /dev/null so that what was timed is what gets scored (writing it costs little next to extracting it).
     */
    BenchRow ours(Path jar, String version) throws IOException, InterruptedException {
        if (jar == null) return BenchRow.notRun("marsad", "no jar: run from the jar (./marsad bench …) or pass --jar");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path jsonl = outDir.resolve("marsad.jsonl");
        Run run = run("marsad", List.of(java.toString(), "-jar", jar.toString(), "analyze", "--jsonl",
                aeb.htmlDir().toString()), jsonl);
        if (run.exit != 0 && run.exit != 1) return BenchRow.notRun("marsad", "failed (exit " + run.exit + "): " + run.lastError);
        AebEvaluation quality = aeb.score(AebBenchmark.readAnalyzeJsonl(jsonl));
        return new BenchRow("marsad", version, "ok", run.seconds, quality);
    }

    /** A peer: {@code run-<name>.sh DIR OUT} with PEERS_PREFIX set; exit 3 means "not installed". */
    BenchRow peer(String name, Path script) throws IOException, InterruptedException {
        Path dir = outDir.resolve(name);
        clear(dir);
        Run run = run(name, List.of("bash", script.toString(), aeb.htmlDir().toString(), dir.toString()), null);
        if (run.exit == 3) return BenchRow.notRun(name, "missing: " + run.lastError + " (or pass --install)");
        if (run.exit != 0) return BenchRow.notRun(name, "failed (exit " + run.exit + "): " + run.lastError);
        return new BenchRow(name, version(dir), "ok", run.seconds, aeb.score(AebBenchmark.readPeerDir(dir)));
    }

    /** Runs install-peers.sh (npm, apt-get, Maven Central) into the prefix; its output goes to a log file. */
    void install(Path script) throws IOException, InterruptedException {
        Path logFile = outDir.resolve("install-peers.log");
        log.println("marsad: installing peers with " + script + " into " + prefix + " (log: " + logFile + ")");
        log.flush();
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        pb.environment().put("PEERS_PREFIX", prefix.toString());
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            log.println("marsad: install-peers.sh timed out");
        } else if (p.exitValue() != 0) {
            log.println("marsad: install-peers.sh failed (exit " + p.exitValue() + "), see " + logFile);
        }
    }

    private record Run(int exit, double seconds, String lastError) {}

    private Run run(String name, List<String> command, Path stdout) throws IOException, InterruptedException {
        Path stderr = outDir.resolve(name + ".stderr");
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(stderr.toFile())
                .redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()));
        pb.environment().put("PEERS_PREFIX", prefix.toString());
        long start = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return new Run(-1, Double.NaN, "timed out after " + timeoutSeconds + " s");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(p.exitValue(), seconds, lastLine(stderr));
    }

    /** The version a peer wrote into its outputs ({@code version}, plus {@code jsdom} when present). */
    private static String version(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            Path first = files.filter(f -> f.toString().endsWith(".json")).sorted().findFirst().orElse(null);
            if (first == null) return "?";
            JsonNode n = new ObjectMapper().readTree(first.toFile());
            String v = n.path("version").asText("?");
            return n.has("jsdom") ? v + " jsdom " + n.get("jsdom").asText() : v;
        }
    }

    private static void clear(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) Files.delete(f);
        }
    }

    private static String lastLine(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
    }
}
