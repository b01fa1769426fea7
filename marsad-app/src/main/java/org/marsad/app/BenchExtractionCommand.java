package org.marsad.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.eval.AebBenchmark;
import org.marsad.eval.SharedData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench extraction}: pages/s over the benchmark's 181 pages, ours and the peers of
 * ../shared/tools/peers, each run once as its own process (start-up included), in one run on the same pages.
 * Each output is scored with the benchmark metric, so speed and quality sit side by side.
 */
@Command(
        name = "extraction",
        description = {"Time our extraction (java -jar <this jar> analyze --extract-only --jsonl) and the peer extractors of "
                + "<shared>/tools/peers over the AEB pages, one process each with start-up included, and score every "
                + "output with the AEB metric. Speeds are ratios measured in one run; absolute times vary by machine."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:measured", "2:usage error, or no benchmark data"})
final class BenchExtractionCommand implements Callable<Integer> {
    /** The peers run by default, each {@code run-<name>.sh} in the peers folder. */
    static final List<String> DEFAULT_PEERS = List.of("readability-py", "readability-js", "boilerpipe");

    @CommandLine.Mixin
    DataOption data = new DataOption();

    @Option(names = "--peers", paramLabel = "LIST", split = ",",
            description = "Peers to run, comma-separated, or none (default: readability-py,readability-js,boilerpipe).")
    List<String> peers = new ArrayList<>(DEFAULT_PEERS);

    @Option(names = "--peers-dir", paramLabel = "DIR",
            description = "Where the run-<peer>.sh scripts live (default: tools/peers beside the data folder).")
    Path peersDir;

    @Option(names = "--prefix", paramLabel = "DIR",
            description = "The peers' install prefix, passed as PEERS_PREFIX "
                    + "(default: $PEERS_PREFIX, else /tmp/peers).")
    Path prefix;

    @Option(names = "--install", description = "Run install-peers.sh first when a chosen peer is not installed.")
    boolean install;

    @Option(names = "--jar", paramLabel = "JAR", description = "The marsad jar to time (default: the running jar).")
    Path jar;

    @Option(names = "--out", paramLabel = "DIR", description = "Where outputs go (default: a new temporary folder).")
    Path out;

    @Option(names = "--gunzip",
            description = "Give every system decompressed copies of the pages (<out>/pages/*.html) instead of the "
                    + "benchmark's *.html.gz.")
    boolean gunzip;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Longest run of one system (default: 900).")
    long timeoutSeconds = 900;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> chosen = chosenPeers();
        Path dataDir = data.dir();
        Path aebDir = dataDir.resolve(AebBenchmark.FOLDER);
        if (!AebBenchmark.present(aebDir)) {
            err.println("marsad: no AEB benchmark at " + aebDir + ". Pass --data DIR, or set -D" + SharedData.PROPERTY
                    + "=SHARED or " + SharedData.ENV + "=SHARED, SHARED being the folder that holds data/.");
            return 2;
        }
        AebBenchmark aeb = AebBenchmark.load(aebDir);
        Path scripts = peersDir != null ? peersDir : SharedData.peersDir(dataDir);
        for (String p : chosen) {
            if (!Files.isRegularFile(scripts.resolve(script(p)))) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--peers: no " + script(p) + " in " + scripts + " (try --peers-dir DIR)");
            }
        }
        Path outDir = out != null ? Files.createDirectories(out) : Files.createTempDirectory("marsad-bench-");
        Path input = gunzip ? BenchRunner.gunzipped(aeb, outDir) : aeb.htmlDir();
        BenchRunner runner = new BenchRunner(aeb, input, outDir, installPrefix(), timeoutSeconds, err);
        int pages = aeb.cases().size();
        stdout.println("AEB extraction bench: " + pages + " pages of " + input);
        stdout.println("each system runs once as its own process over the folder, start-up included; "
                + "ours/peer = our pages/s / the peer's (above 1: we are faster); P R F1 = its output, AEB metric");
        stdout.flush();
        List<BenchRow> rows = new ArrayList<>();
        rows.add(runner.ours(jar != null ? jar : runningJar(), version()));
        for (String p : chosen) {
            BenchRow row = runner.peer(p, scripts.resolve(script(p)));
            if (row.status().startsWith("missing") && install) {
                runner.install(scripts.resolve("install-peers.sh"));
                row = runner.peer(p, scripts.resolve(script(p)));
            }
            rows.add(row);
        }
        BenchTable.format(pages, rows).forEach(stdout::println);
        stdout.println("outputs: " + outDir + " (rescore a peer: python3 " + scripts.resolve("score_aeb.py") + " "
                + aebDir.resolve("ground-truth.json") + " " + outDir + "/<peer>)");
        stdout.flush();
        return 0;
    }

    /** The chosen peer names; {@code none} (alone) chooses none. */
    List<String> chosenPeers() {
        List<String> out = new ArrayList<>();
        for (String p : peers) {
            String name = p.strip();
            if (name.isEmpty() || name.equals("none")) continue;
            if (!name.matches("[a-z0-9][a-z0-9-]*")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--peers: not a peer name: " + name);
            }
            if (!out.contains(name)) out.add(name);
        }
        return out;
    }

    static String script(String peer) {
        return "run-" + peer + ".sh";
    }

    private Path installPrefix() {
        if (prefix != null) return prefix;
        String env = System.getenv("PEERS_PREFIX");
        return Path.of(env == null || env.isBlank() ? "/tmp/peers" : env);
    }

    private String version() {
        String[] v = spec.root().version();
        return v.length == 0 ? "?" : v[0].replace("marsad ", "");
    }

    /** The jar this command runs from, or null when it runs from class folders (tests, an IDE). */
    static Path runningJar() {
        try {
            Path p = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jar") ? p : null;
        } catch (Exception e) {
            return null;
        }
    }
}
