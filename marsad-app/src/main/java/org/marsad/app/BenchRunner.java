package org.marsad.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.marsad.eval.AebBenchmark;
import org.marsad.eval.AebEvaluation;

/** Runs one system of the extraction bench as a process over the benchmark's page folder, times it, scores it. */
final class BenchRunner {
    private final AebBenchmark aeb;
    private final Path pages;
    private final Path outDir;
    private final Path prefix;
    private final long timeoutSeconds;
    private final PrintWriter log;

    /** Runs systems over {@code pages} (a flat folder of the benchmark's pages), writing under {@code outDir}. */
    BenchRunner(AebBenchmark aeb, Path pages, Path outDir, Path prefix, long timeoutSeconds, PrintWriter log) {
        this.aeb = aeb;
        this.pages = pages;
        this.outDir = outDir;
        this.prefix = prefix;
        this.timeoutSeconds = timeoutSeconds;
        this.log = log;
    }

    /**
     * Ours: {@code java OPTIONS -jar JAR analyze --extract-only --jsonl DIR}, the JVM's start included, with the JVM options of
     * the process running the bench (the {@code marsad} launcher's), so the bench times what a user runs. Its output
     * goes to a file rather than /dev/null so that what was timed is what gets scored.
     */
    BenchRow ours(Path jar, String version) throws IOException, InterruptedException {
        if (jar == null) return BenchRow.notRun("marsad", "no jar: run from the jar (./marsad bench …) or pass --jar");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path jsonl = outDir.resolve("marsad.jsonl");
        List<String> command = new java.util.ArrayList<>();
        command.add(java.toString());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!option.startsWith("-agentlib") && !option.startsWith("-javaagent")) command.add(option);
        }
        command.addAll(List.of("-jar", jar.toString(), "analyze", "--extract-only", "--jsonl", pages.toString()));
        Run run = run("marsad", command, jsonl);
        if (run.exit != 0 && run.exit != 1) { // 1 = some pages rejected, which is a result, not a failure
            return BenchRow.notRun("marsad", "failed (exit " + run.exit + "): " + run.lastError);
        }
        AebEvaluation quality = aeb.score(AebBenchmark.readAnalyzeJsonl(jsonl));
        return new BenchRow("marsad", version, "ok", run.seconds, quality);
    }

    /** A peer: {@code run-<name>.sh DIR OUT} with PEERS_PREFIX set; exit 3 means "not installed". */
    BenchRow peer(String name, Path script) throws IOException, InterruptedException {
        Path dir = outDir.resolve(name);
        clear(dir);
        Run run = run(name, List.of("bash", script.toString(), pages.toString(), dir.toString()), null);
        if (run.exit == 3) return BenchRow.notRun(name, "missing: " + run.lastError + " (or pass --install)");
        if (run.exit != 0) return BenchRow.notRun(name, "failed (exit " + run.exit + "): " + run.lastError);
        return new BenchRow(name, version(dir, name), "ok", run.seconds, aeb.score(AebBenchmark.readPeerDir(dir)));
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
        ProcessBuilder.Redirect output = stdout == null
                ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile());
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(stderr.toFile()).redirectOutput(output);
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

    /**
     * The version a peer wrote into its outputs ({@code version}, plus {@code jsdom} when present); boilerpipe's
     * runner writes none, so its extractor and the version in its jar's name stand in.
     */
    private String version(Path dir, String name) throws IOException {
        Path first;
        try (Stream<Path> files = Files.list(dir)) {
            first = files.filter(f -> f.toString().endsWith(".json")).sorted().findFirst().orElse(null);
        }
        if (first == null) return "?";
        JsonNode n = new ObjectMapper().readTree(first.toFile());
        if (n.hasNonNull("version")) {
            String v = n.get("version").asText();
            return n.hasNonNull("jsdom") ? v + " jsdom " + n.get("jsdom").asText() : v;
        }
        String v = n.path("extractor").asText("?");
        Path lib = prefix.resolve(name + "-lib");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> jars = Files.list(lib)) {
                String prefixName = name + "-";
                v += jars.map(j -> j.getFileName().toString())
                        .filter(j -> j.startsWith(prefixName) && j.endsWith(".jar"))
                        .map(j -> " " + j.substring(prefixName.length(), j.length() - 4)).findFirst().orElse("");
            }
        }
        return v;
    }

    /** A flat folder of the benchmark's pages decompressed ({@code <id>.html}), for {@code --gunzip}. */
    static Path gunzipped(AebBenchmark aeb, Path outDir) throws IOException {
        Path dir = Files.createDirectories(outDir.resolve("pages"));
        for (AebBenchmark.Case c : aeb.cases()) {
            Path target = dir.resolve(c.id() + ".html");
            try (InputStream in = open(c.html())) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }

    private static InputStream open(Path page) throws IOException {
        InputStream in = Files.newInputStream(page);
        return page.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
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
