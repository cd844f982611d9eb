package maxwell.core.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

import maxwell.core.store.LatentSnapshot.PartitionCodes;
import maxwell.model.io.AtomicFiles;

/**
 * Latent snapshots on disk: a compact binary form (float32 codes, int32 labels) with a version and
 * a CRC-32 trailer, so a file cut short by a killed process is recognised, never half-read.
 *
 * <pre>
 * "MXSNAP" version:u8  step:i64 epoch:f64 samples:i32 partitions:i32
 * domain:i32[samples] content:i32[samples]
 * per partition: name:UTF dimension:i32 flags:u8 (1 means, 2 log-variances)
 *                codes:f32[samples·dimension] [means] [log-variances]
 * crc32:i64 of everything before it
 * </pre>
 */
public final class SnapshotFiles {

    private static final byte[] MAGIC = { 'M', 'X', 'S', 'N', 'A', 'P' };
    private static final int VERSION = 1;
    private static final int HAS_MEANS = 1;
    private static final int HAS_LOG_VARIANCES = 2;
    /** Far above any probe set; a larger count means the header is garbage. */
    private static final int MAX_SAMPLES = 50_000_000;
    private static final int MAX_DIMENSION = 1 << 16;

    private SnapshotFiles() {
    }

    public static void write(LatentSnapshot snapshot, Path file) throws IOException {
        AtomicFiles.replace(file, out -> {
            CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(out, 1 << 16), new CRC32());
            DataOutputStream data = new DataOutputStream(checked);
            writeBody(snapshot, data);
            data.flush();
            new DataOutputStream(checked).writeLong(checked.getChecksum().getValue());
            checked.flush();
        });
    }

    public static LatentSnapshot read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            CheckedInputStream checked = new CheckedInputStream(in, new CRC32());
            DataInputStream data = new DataInputStream(checked);
            LatentSnapshot snapshot = readBody(file, data);
            long computed = checked.getChecksum().getValue();
            long stored = new DataInputStream(in).readLong();
            if (stored != computed) {
                throw new StoreFormatException(file, "the snapshot is corrupt (checksum mismatch)");
            }
            if (in.read() != -1) {
                throw new StoreFormatException(file, "unexpected data after the end of the snapshot");
            }
            return snapshot;
        } catch (NoSuchFileException e) {
            throw new StoreFormatException(file, "no such snapshot file");
        } catch (EOFException e) {
            throw new StoreFormatException(file, "the snapshot is truncated (the process writing it was probably killed)");
        }
    }

    private static void writeBody(LatentSnapshot snapshot, DataOutputStream out) throws IOException {
        out.write(MAGIC);
        out.writeByte(VERSION);
        out.writeLong(snapshot.step());
        out.writeDouble(snapshot.epoch());
        out.writeInt(snapshot.samples());
        out.writeInt(snapshot.partitions().size());
        writeInts(out, snapshot.domainLabels());
        writeInts(out, snapshot.contentLabels());
        for (PartitionCodes partition : snapshot.partitions()) {
            out.writeUTF(partition.name());
            out.writeInt(partition.dimension());
            out.writeByte((partition.means() != null ? HAS_MEANS : 0) | (partition.logVariances() != null ? HAS_LOG_VARIANCES : 0));
            writeFloats(out, partition.codes());
            if (partition.means() != null) {
                writeFloats(out, partition.means());
            }
            if (partition.logVariances() != null) {
                writeFloats(out, partition.logVariances());
            }
        }
    }

    private static LatentSnapshot readBody(Path file, DataInputStream in) throws IOException {
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new StoreFormatException(file, "not a Maxwell latent snapshot");
        }
        int version = in.readUnsignedByte();
        if (version != VERSION) {
            throw new StoreFormatException(file, "snapshot format version " + version
                    + " is not supported (this Maxwell reads version " + VERSION + ")");
        }
        long step = in.readLong();
        double epoch = in.readDouble();
        int samples = in.readInt();
        int partitionCount = in.readInt();
        if (samples < 0 || samples > MAX_SAMPLES || partitionCount < 0 || partitionCount > 64) {
            throw new StoreFormatException(file, "the snapshot header is corrupt (" + samples + " samples, "
                    + partitionCount + " partitions)");
        }
        int[] domain = readInts(in, samples);
        int[] content = readInts(in, samples);
        List<PartitionCodes> partitions = new ArrayList<>();
        for (int p = 0; p < partitionCount; p++) {
            String name = in.readUTF();
            int dimension = in.readInt();
            if (dimension < 1 || dimension > MAX_DIMENSION) {
                throw new StoreFormatException(file, "partition '" + name + "' has an impossible dimension " + dimension);
            }
            int flags = in.readUnsignedByte();
            int values = Math.multiplyExact(samples, dimension);
            float[] codes = readFloats(in, values);
            float[] means = (flags & HAS_MEANS) != 0 ? readFloats(in, values) : null;
            float[] logVariances = (flags & HAS_LOG_VARIANCES) != 0 ? readFloats(in, values) : null;
            partitions.add(new PartitionCodes(name, dimension, codes, means, logVariances));
        }
        return new LatentSnapshot(step, epoch, domain, content, partitions);
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        for (int value : values) {
            out.writeInt(value);
        }
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        for (float value : values) {
            out.writeFloat(value);
        }
    }

    private static int[] readInts(DataInputStream in, int count) throws IOException {
        int[] values = new int[count];
        for (int i = 0; i < count; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    private static float[] readFloats(DataInputStream in, int count) throws IOException {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = in.readFloat();
        }
        return values;
    }
}
