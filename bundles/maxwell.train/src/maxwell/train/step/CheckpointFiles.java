package maxwell.train.step;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

import maxwell.model.io.AtomicFiles;

/**
 * Trainer checkpoints on disk, written atomically with a CRC-32 trailer: a checkpoint is either
 * whole or recognised as damaged, so a kill during a save never costs more than that save.
 */
public final class CheckpointFiles {

    private static final byte[] MAGIC = { 'M', 'X', 'C', 'K', 'P', 'T' };
    private static final int VERSION = 1;

    private CheckpointFiles() {
    }

    public static void write(TrainerState state, Path file) throws IOException {
        AtomicFiles.replace(file, out -> {
            CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(out, 1 << 16), new CRC32());
            DataOutputStream data = new DataOutputStream(checked);
            data.write(MAGIC);
            data.writeByte(VERSION);
            data.writeLong(state.step());
            data.writeInt(state.weights().size());
            for (Map.Entry<String, float[]> weight : state.weights().entrySet()) {
                data.writeUTF(weight.getKey());
                long[] shape = state.shapes().get(weight.getKey());
                data.writeInt(shape.length);
                for (long size : shape) {
                    data.writeLong(size);
                }
                writeFloats(data, weight.getValue());
            }
            data.writeInt(state.optimiser().size());
            for (Map.Entry<String, float[]> moments : state.optimiser().entrySet()) {
                data.writeUTF(moments.getKey());
                writeFloats(data, moments.getValue());
            }
            data.flush();
            new DataOutputStream(checked).writeLong(checked.getChecksum().getValue());
            checked.flush();
        });
    }

    public static TrainerState read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            CheckedInputStream checked = new CheckedInputStream(in, new CRC32());
            DataInputStream data = new DataInputStream(checked);
            if (!Arrays.equals(data.readNBytes(MAGIC.length), MAGIC)) {
                throw new IOException(file + ": not a Maxwell checkpoint");
            }
            int version = data.readUnsignedByte();
            if (version != VERSION) {
                throw new IOException(file + ": checkpoint version " + version + " is not supported");
            }
            long step = data.readLong();
            int count = data.readInt();
            Map<String, float[]> weights = new LinkedHashMap<>();
            Map<String, long[]> shapes = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String name = data.readUTF();
                long[] shape = new long[data.readInt()];
                for (int d = 0; d < shape.length; d++) {
                    shape[d] = data.readLong();
                }
                shapes.put(name, shape);
                weights.put(name, readFloats(data));
            }
            int optimiserCount = data.readInt();
            Map<String, float[]> optimiser = new LinkedHashMap<>();
            for (int i = 0; i < optimiserCount; i++) {
                optimiser.put(data.readUTF(), readFloats(data));
            }
            long computed = checked.getChecksum().getValue();
            if (new DataInputStream(in).readLong() != computed) {
                throw new IOException(file + ": the checkpoint is corrupt (checksum mismatch)");
            }
            return new TrainerState(step, weights, shapes, optimiser);
        } catch (EOFException e) {
            throw new IOException(file + ": the checkpoint is truncated", e);
        }
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        out.writeInt(values.length);
        for (float value : values) {
            out.writeFloat(value);
        }
    }

    private static float[] readFloats(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 28) {
            throw new IOException("impossible array length " + length);
        }
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = in.readFloat();
        }
        return values;
    }
}
