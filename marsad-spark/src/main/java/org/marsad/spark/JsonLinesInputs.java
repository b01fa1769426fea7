package org.marsad.spark;

import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * JSON Lines inputs, split as Hadoop splits text: each line's source is {@code file#offset}, the byte offset of the
 * line in its file, which does not depend on how the files were split.
 */
final class JsonLinesInputs {
    private JsonLinesInputs() {}

    @SuppressWarnings("unchecked")
    static JavaRDD<JobInput> read(JavaSparkContext jsc, List<String> paths) {
        var lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(String.join(",", paths),
                TextInputFormat.class, LongWritable.class, Text.class, new Configuration(jsc.hadoopConfiguration()));
        return lines.mapPartitionsWithInputSplit((split, records) -> inputs(((FileSplit) split).getPath().toString(),
                records), true);
    }

    private static Iterator<JobInput> inputs(String file, Iterator<Tuple2<LongWritable, Text>> records) {
        // Lazily, a line at a time; Hadoop reuses the Text object, so each becomes a String before the next is read.
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED), false)
                .filter(r -> r._2().getLength() > 0)
                .map(r -> JobInput.line(file + "#" + r._1().get(), r._2().toString()))
                .filter(in -> !in.jsonLine().isBlank())
                .iterator();
    }
}
