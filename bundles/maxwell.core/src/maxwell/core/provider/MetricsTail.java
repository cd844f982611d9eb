package maxwell.core.provider;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import maxwell.core.store.MetricPoint;
import maxwell.core.store.StoreFormatException;

/**
 * Follows an append-only metrics log: each read parses only the complete lines added since the
 * last one, so following a long run costs what it appends, not what it has.
 */
final class MetricsTail {

    private final Path file;
    private long offset;
    private boolean headerSeen;

    MetricsTail(Path file) {
        this.file = file;
    }

    /** The points completed since the previous call (an empty list if none, or no file yet). */
    List<MetricPoint> readNew() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        byte[] added;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < offset) {
                throw new StoreFormatException(file, "the metrics log shrank while being followed");
            }
            ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(size - offset));
            while (buffer.hasRemaining() && channel.read(buffer, offset + buffer.position()) > 0) {
                // read until the size seen above
            }
            added = buffer.array();
        }
        int complete = lastNewline(added) + 1;
        if (complete == 0) {
            return List.of();
        }
        String text = new String(added, 0, complete, StandardCharsets.UTF_8);
        List<MetricPoint> points = new ArrayList<>();
        int lineNumber = 0;
        for (String line : text.split("\n")) {
            lineNumber++;
            if (!headerSeen) {
                if (!line.equals("step,epoch,metric,value")) {
                    throw new StoreFormatException(file, "not a Maxwell metrics log");
                }
                headerSeen = true;
                continue;
            }
            points.add(parse(line, lineNumber));
        }
        offset += complete;
        return points;
    }

    private MetricPoint parse(String line, int lineNumber) throws StoreFormatException {
        String[] fields = line.split(",", -1);
        try {
            return new MetricPoint(Long.parseLong(fields[0]), Double.parseDouble(fields[1]), fields[2],
                    Double.parseDouble(fields[3]));
        } catch (RuntimeException e) {
            throw new StoreFormatException(file, "a line read at offset " + offset + " (+" + lineNumber
                    + " lines) is not a metric: " + line);
        }
    }

    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
