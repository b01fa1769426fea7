package org.marsad.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** One local Spark session for every test class of the module (starting one costs seconds); never stopped early. */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {}

    static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("marsad-test")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
        }
        return session;
    }

    /** The JSON lines the job wrote, in file order. */
    static List<String> jsonLines(Path out) throws IOException {
        return SparkBench.jsonLines(out);
    }

    /** A table's rows in stored order, each as its string form (Scala collections compare by content there). */
    static List<String> table(Path out, String name) {
        return get().read().parquet(out.resolve(name).toString()).collectAsList().stream().map(Row::toString).toList();
    }
}
