package maxwell.core.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import maxwell.model.io.AtomicFiles;

/**
 * A run's metrics as an append-only CSV in long form ({@code step,epoch,metric,value}), so new
 * metrics need no schema change and a reader can follow the file while training appends to it.
 *
 * <p>A process killed while appending leaves at most one partial last line; {@link #read} skips
 * it (the line has no newline yet) and reports it, and never rewrites the file.
 */
public final class MetricsLog implements AutoCloseable {

    static final String HEADER = "step,epoch,metric,value";

    private final Path file;
    private final BufferedWriter writer;

    private MetricsLog(Path file, BufferedWriter writer) {
        this.file = file;
        this.writer = writer;
    }

    /** Opens the log for appending, creating it with its header if it does not exist. */
    public static MetricsLog openForAppend(Path file) throws IOException {
        boolean fresh = !Files.exists(file) || Files.size(file) == 0;
        if (!fresh) {
            dropPartialLastLine(file);
        }
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        if (fresh) {
            writer.write(HEADER);
            writer.write('\n');
            writer.flush();
        }
        return new MetricsLog(file, writer);
    }

    /** Appends and flushes, so readers and a crash see whole lines only. */
    public synchronized void append(List<MetricPoint> points) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (MetricPoint point : points) {
            lines.append(line(point));
        }
        writer.write(lines.toString());
        writer.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }

    public Path file() {
        return file;
    }

    /** Everything complete in the log; a partial last line (an interrupted append) is skipped. */
    public static List<MetricPoint> read(Path file) throws IOException {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new StoreFormatException(file, "no metrics log");
        }
        if (!content.startsWith(HEADER + "\n")) {
            throw new StoreFormatException(file, "not a Maxwell metrics log (the first line must be '" + HEADER + "')");
        }
        int complete = content.lastIndexOf('\n') + 1;
        String[] lines = content.substring(0, complete).split("\n");
        List<MetricPoint> points = new ArrayList<>(lines.length);
        for (int i = 1; i < lines.length; i++) {
            points.add(parse(file, i + 1, lines[i]));
        }
        return points;
    }

    private static MetricPoint parse(Path file, int lineNumber, String line) throws StoreFormatException {
        String[] fields = line.split(",", -1);
        if (fields.length != 4) {
            throw new StoreFormatException(file, "line " + lineNumber + " has " + fields.length + " fields, expected 4");
        }
        try {
            return new MetricPoint(Long.parseLong(fields[0]), Double.parseDouble(fields[1]), fields[2],
                    Double.parseDouble(fields[3]));
        } catch (IllegalArgumentException e) {
            throw new StoreFormatException(file, "line " + lineNumber + " is not a metric: " + line);
        }
    }

    /**
     * Drops the points after {@code step} (and any partial line), atomically: what a run resumed
     * from its checkpoint at {@code step} does before it trains those steps again.
     */
    public static void keepUpTo(Path file, long step) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        List<MetricPoint> kept = read(file).stream().filter(point -> point.step() <= step).toList();
        StringBuilder content = new StringBuilder(HEADER).append('\n');
        for (MetricPoint point : kept) {
            content.append(line(point));
        }
        byte[] bytes = content.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.replace(file, out -> out.write(bytes));
    }

    /** A partial line would glue itself to the next append; cut it off before appending. */
    private static void dropPartialLastLine(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        if (end < bytes.length) {
            try (var channel = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(end);
            }
        }
    }

    private static String line(MetricPoint point) {
        return point.step() + "," + format(point.epoch()) + "," + point.metric() + "," + format(point.value()) + "\n";
    }

    /** Double.toString is locale-free and reads back to the same double. */
    private static String format(double value) {
        return Double.toString(value);
    }
}
