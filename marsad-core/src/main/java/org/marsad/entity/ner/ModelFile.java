package org.marsad.entity.ner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The model's file: gzip of a small binary format holding the labels, the word classes, the training lexicon, the
 * transition weights and, sorted by key, every kept feature with its non-zero label weights quantized to 16 bits.
 * Writing is deterministic (sorted entries, gzip without a timestamp), so one model gives one byte sequence.
 */
final class ModelFile {
    /** Averaged weights below this (on every label) are pruned. */
    static final float MIN_WEIGHT = 0.05f;
    private static final String MAGIC = "marsad-ner";
    private static final int VERSION = 1;

    private ModelFile() {}

    /** The model's bytes. */
    static byte[] write(TwoStageModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            NerModel m = model.first();
            out.writeUTF(MAGIC);
            out.writeInt(VERSION);
            int l = m.labels.size();
            out.writeInt(l);
            for (int y = 0; y < l; y++) out.writeUTF(m.labels.name(y));
            writeMap(out, m.clusters.entries());
            writeMap(out, m.lexicon.entries());
            writeWeights(out, model.first());
            writeWeights(out, model.second());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One stage: its transitions, then its features sorted by key with their quantized non-zero weights. */
    private static void writeWeights(DataOutputStream out, NerModel m) throws IOException {
        int l = m.labels.size();
        for (float t : m.transitions) out.writeFloat(t);
        float max = 0;
        for (float w : m.weights) max = Math.max(max, Math.abs(w));
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        out.writeFloat(scale);
        Integer[] order = IntStream.range(0, m.keys.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingLong(r -> m.keys[r]));
        out.writeInt(order.length);
        for (int r : order) {
            out.writeLong(m.keys[r]);
            int mask = 0;
            for (int y = 0; y < l; y++) if (quantize(m.weights[r * l + y], scale) != 0) mask |= 1 << y;
            out.writeShort(mask);
            for (int y = 0; y < l; y++) {
                if ((mask & (1 << y)) != 0) out.writeShort(quantize(m.weights[r * l + y], scale));
            }
        }
    }

    /** The model read from its bytes. */
    static TwoStageModel read(byte[] data) {
        return read(new ByteArrayInputStream(data));
    }

    /** The model read from a stream of its bytes. */
    static TwoStageModel read(InputStream stream) {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(stream, 1 << 16))) {
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != VERSION) throw new IOException("not a marsad NER model");
            int l = in.readInt();
            NerLabels labels = NerLabels.ANERCORP;
            for (int y = 0; y < l; y++) {
                if (y >= labels.size() || !labels.name(y).equals(in.readUTF())) throw new IOException("label set");
            }
            WordClusters clusters = new WordClusters(readMap(in));
            EntityLexicon lexicon = new EntityLexicon(readMap(in));
            NerModel first = readWeights(in, labels, clusters, lexicon);
            return new TwoStageModel(first, readWeights(in, labels, clusters, lexicon));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NerModel readWeights(DataInputStream in, NerLabels labels, WordClusters clusters,
            EntityLexicon lexicon) throws IOException {
        int l = labels.size();
        float[] transitions = new float[(l + 1) * l];
        for (int i = 0; i < transitions.length; i++) transitions[i] = in.readFloat();
        float scale = in.readFloat();
        int n = in.readInt();
        long[] keys = new long[n];
        float[] weights = new float[n * l];
        for (int r = 0; r < n; r++) {
            keys[r] = in.readLong();
            int mask = in.readUnsignedShort();
            for (int y = 0; y < l; y++) if ((mask & (1 << y)) != 0) weights[r * l + y] = in.readShort() * scale;
        }
        return new NerModel(labels, keys, weights, transitions, clusters, lexicon);
    }

    /** The model as it will be after writing and reading (weights quantized). */
    static TwoStageModel roundTrip(TwoStageModel m) {
        return read(write(m));
    }

    private static short quantize(float w, float scale) {
        return (short) Math.round(w / scale);
    }

    private static void writeMap(DataOutputStream out, Map<String, Integer> sorted) throws IOException {
        out.writeInt(sorted.size());
        for (Map.Entry<String, Integer> e : sorted.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
    }

    private static Map<String, Integer> readMap(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, Integer> m = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) m.put(in.readUTF(), in.readInt());
        return m;
    }
}
