package maxwell.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import maxwell.core.store.LatentSnapshot;
import maxwell.core.store.LatentSnapshot.PartitionCodes;
import maxwell.core.store.SnapshotFiles;
import maxwell.core.store.StoreFormatException;

class SnapshotFilesTest {

    @TempDir
    Path folder;

    @Test
    void roundTripKeepsEveryValue() throws IOException {
        LatentSnapshot snapshot = snapshot(500, true);
        Path file = folder.resolve("step-100.snapshot");

        SnapshotFiles.write(snapshot, file);
        LatentSnapshot read = SnapshotFiles.read(file);

        assertEquals(snapshot.step(), read.step());
        assertEquals(snapshot.epoch(), read.epoch());
        assertArrayEquals(snapshot.domainLabels(), read.domainLabels());
        assertArrayEquals(snapshot.contentLabels(), read.contentLabels());
        assertEquals(2, read.partitions().size());
        for (int p = 0; p < 2; p++) {
            PartitionCodes expected = snapshot.partitions().get(p);
            PartitionCodes actual = read.partitions().get(p);
            assertEquals(expected.name(), actual.name());
            assertEquals(expected.dimension(), actual.dimension());
            assertArrayEquals(expected.codes(), actual.codes());
            assertArrayEquals(expected.means(), actual.means());
            assertArrayEquals(expected.logVariances(), actual.logVariances());
        }
        assertEquals(List.of(file), listing());
    }

    @Test
    void aDeterministicEncoderHasNoMeansOrVariances() throws IOException {
        Path file = folder.resolve("s.snapshot");
        SnapshotFiles.write(snapshot(10, false), file);

        PartitionCodes content = SnapshotFiles.read(file).partition("content");

        assertNull(content.means());
        assertNull(content.logVariances());
        assertEquals(10, content.rows().length);
    }

    @Test
    void sizeIsCompact() throws IOException {
        Path file = folder.resolve("s.snapshot");
        SnapshotFiles.write(snapshot(1000, false), file);
        // 2 × 1000 labels and 2 × 1000 × 8 codes, 4 bytes each, plus a small header.
        long payload = (2L * 1000 + 2L * 1000 * 8) * 4;
        assertTrue(Files.size(file) < payload + 100, Files.size(file) + " bytes");
    }

    @Test
    void aFileCutShortAnywhereIsReportedAsTruncated() throws IOException {
        Path file = folder.resolve("s.snapshot");
        SnapshotFiles.write(snapshot(50, true), file);
        byte[] whole = Files.readAllBytes(file);
        for (int length : new int[] { 0, 3, 7, 30, whole.length / 2, whole.length - 1 }) {
            Path cut = folder.resolve("cut-" + length + ".snapshot");
            Files.write(cut, java.util.Arrays.copyOf(whole, length));

            StoreFormatException failure = assertThrows(StoreFormatException.class, () -> SnapshotFiles.read(cut));

            assertTrue(failure.getMessage().startsWith(cut.toString()), failure.getMessage());
            assertTrue(failure.getMessage().contains("truncated") || failure.getMessage().contains("not a Maxwell"),
                    length + " bytes: " + failure.getMessage());
        }
    }

    @Test
    void aFlippedBitIsCaughtByTheChecksum() throws IOException {
        Path file = folder.resolve("s.snapshot");
        SnapshotFiles.write(snapshot(50, true), file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 100] ^= 0x10;
        Files.write(file, bytes);

        StoreFormatException failure = assertThrows(StoreFormatException.class, () -> SnapshotFiles.read(file));

        assertTrue(failure.getMessage().contains("checksum"), failure.getMessage());
    }

    @Test
    void foreignFilesAndNewerVersionsAreRefused() throws IOException {
        Path foreign = folder.resolve("notes.snapshot");
        Files.writeString(foreign, "these are not codes at all, just some text");
        assertTrue(assertThrows(StoreFormatException.class, () -> SnapshotFiles.read(foreign)).getMessage()
                .contains("not a Maxwell latent snapshot"));

        Path newer = folder.resolve("newer.snapshot");
        SnapshotFiles.write(snapshot(5, false), newer);
        byte[] bytes = Files.readAllBytes(newer);
        bytes[6] = 9;
        Files.write(newer, bytes);
        assertTrue(assertThrows(StoreFormatException.class, () -> SnapshotFiles.read(newer)).getMessage()
                .contains("version 9 is not supported"));
    }

    @Test
    void trailingBytesAreRefused() throws IOException {
        Path file = folder.resolve("s.snapshot");
        SnapshotFiles.write(snapshot(5, false), file);
        Files.write(file, new byte[] { 1, 2, 3 }, java.nio.file.StandardOpenOption.APPEND);

        assertTrue(assertThrows(StoreFormatException.class, () -> SnapshotFiles.read(file)).getMessage()
                .contains("unexpected data"));
    }

    @Test
    void mismatchedSizesAreRejectedBeforeAnythingIsWritten() {
        assertThrows(IllegalArgumentException.class, () -> new LatentSnapshot(1, 0.1, new int[3], new int[3],
                List.of(new PartitionCodes("content", 2, new float[4], null, null))));
    }

    private List<Path> listing() throws IOException {
        try (var files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static LatentSnapshot snapshot(int samples, boolean gaussian) {
        Random random = new Random(samples);
        int[] domain = new int[samples];
        int[] content = new int[samples];
        for (int i = 0; i < samples; i++) {
            domain[i] = random.nextInt(4);
            content[i] = i % 7 == 0 ? -1 : random.nextInt(10);
        }
        return new LatentSnapshot(100, 1.25, domain, content,
                List.of(codes("content", samples, 8, gaussian, random), codes("style", samples, 8, gaussian, random)));
    }

    private static PartitionCodes codes(String name, int samples, int dimension, boolean gaussian, Random random) {
        return new PartitionCodes(name, dimension, floats(samples * dimension, random),
                gaussian ? floats(samples * dimension, random) : null, gaussian ? floats(samples * dimension, random) : null);
    }

    private static float[] floats(int count, Random random) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }
}
