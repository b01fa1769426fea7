package org.marsad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.marsad.index.ArticleIndex;

/**
 * One Lucene index of the job's articles, built in two steps: each partition indexes its articles into a shard on
 * the executor's disk and copies it to {@code <out>/index-shards/part-N} (any Hadoop file system); the driver then
 * merges the shards into one {@link ArticleIndex} in a local folder, the one {@code marsad serve} and
 * {@code marsad search} open. A partition computed again overwrites its own shard, so retries do not duplicate.
 */
final class IndexShards {
    private IndexShards() {}

    static String shardsDir(JobOptions o) {
        return o.out() + "/index-shards";
    }

    /** The outcomes of partition {@code partition}, its articles indexed on the way; the shard is stored at the end. */
    static Iterator<Outcome> indexing(int partition, Iterator<JobInput> inputs, boolean extractOnly, String shards) {
        Path local = temp("marsad-shard-");
        ArticleIndex shard = ArticleIndex.open(local);
        return new Iterator<>() {
            private boolean stored;

            @Override
            public boolean hasNext() {
                if (inputs.hasNext()) return true;
                if (!stored) {
                    stored = true;
                    store(shard, local, shards + "/part-" + String.format("%05d", partition));
                }
                return false;
            }

            @Override
            public Outcome next() {
                return inputs.next().analyze(extractOnly, shard::add);
            }
        };
    }

    private static void store(ArticleIndex shard, Path local, String target) {
        shard.close();
        try {
            org.apache.hadoop.fs.Path to = new org.apache.hadoop.fs.Path(target);
            FileSystem fs = to.getFileSystem(new Configuration());
            fs.delete(to, true);
            fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(local.toUri()), to);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store index shard " + target, e);
        } finally {
            delete(local);
        }
    }

    /** Merges every shard under {@code shards} into the index at {@code index}; returns how many articles it added. */
    static int merge(String shards, Path index, Configuration conf) {
        Path local = temp("marsad-shards-");
        try {
            org.apache.hadoop.fs.Path from = new org.apache.hadoop.fs.Path(shards);
            FileSystem fs = from.getFileSystem(conf);
            List<Path> copies = new ArrayList<>();
            FileStatus[] parts = fs.listStatus(from);
            java.util.Arrays.sort(parts, Comparator.comparing(f -> f.getPath().getName()));
            for (FileStatus part : parts) {
                if (!part.isDirectory()) continue;
                Path copy = local.resolve(part.getPath().getName());
                fs.copyToLocalFile(false, part.getPath(), new org.apache.hadoop.fs.Path(copy.toUri()), true);
                copies.add(copy);
            }
            try (ArticleIndex merged = ArticleIndex.open(index)) {
                return merged.merge(copies);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge index shards from " + shards, e);
        } finally {
            delete(local);
        }
    }

    private static Path temp(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary folder for an index shard", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover temporary folder is not worth failing the job for
        }
    }
}
