package org.marsad.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * The job's command line: {@code [--jsonl] [--partitions N] [--extract-only] [--index DIR] --out DIR INPUT...}.
 *
 * @param inputs paths, directories or globs as Spark reads them (local, hdfs://, s3a://)
 * @param out the output directory (overwritten)
 * @param jsonLines true when the inputs are JSON Lines, false for WARC archives
 * @param partitions how many partitions to analyse in (records are spread evenly), or 0 for one task per file
 * @param extractOnly only the clean articles: no entities, quotes or events
 * @param index a local folder for one Lucene index of every article (built from per-partition shards), or null
 */
record JobOptions(List<String> inputs, String out, boolean jsonLines, int partitions, boolean extractOnly, String index) {
    static final String USAGE =
            "usage: AnalyzeJob [--jsonl] [--partitions N] [--extract-only] [--index DIR] --out DIR INPUT...  (WARC,"
                    + " or JSON Lines with --jsonl)";

    JobOptions {
        inputs = List.copyOf(inputs);
    }

    /** @throws IllegalArgumentException with a one-line message on a usage error */
    static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        String index = null;
        boolean jsonl = false;
        boolean extractOnly = false;
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jsonl" -> jsonl = true;
                case "--extract-only" -> extractOnly = true;
                case "--out" -> out = value(args, ++i, "--out");
                case "--index" -> index = value(args, ++i, "--index");
                case "--partitions" -> partitions = count(value(args, ++i, "--partitions"));
                default -> {
                    if (args[i].startsWith("--")) throw new IllegalArgumentException("unknown option " + args[i]);
                    inputs.add(args[i]);
                }
            }
        }
        if (out == null) throw new IllegalArgumentException("--out DIR is required");
        if (inputs.isEmpty()) throw new IllegalArgumentException("no INPUT given");
        return new JobOptions(inputs, out, jsonl, partitions, extractOnly, index);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }

    private static int count(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) return n;
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new IllegalArgumentException("--partitions: not a count: " + value);
    }
}
