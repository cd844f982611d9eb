package maxwell.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import maxwell.core.store.MetricPoint;
import maxwell.core.store.MetricsLog;
import maxwell.core.store.StoreFormatException;

class MetricsLogTest {

    @TempDir
    Path folder;

    @Test
    void appendedPointsReadBackExactly() throws IOException {
        Path file = folder.resolve("metrics.csv");
        List<MetricPoint> first = List.of(new MetricPoint(1, 0.01, "loss", 0.1 + 0.2), new MetricPoint(1, 0.01, "lambda", 0));
        List<MetricPoint> second = List.of(new MetricPoint(2, 0.02, "loss", Double.NaN),
                new MetricPoint(2, 0.02, "adversary_accuracy", 1.0 / 3));
        try (MetricsLog log = MetricsLog.openForAppend(file)) {
            log.append(first);
        }
        try (MetricsLog log = MetricsLog.openForAppend(file)) {
            log.append(second);
        }

        List<MetricPoint> read = MetricsLog.read(file);

        assertEquals(4, read.size());
        assertEquals(first, read.subList(0, 2));
        assertEquals(second.get(1), read.get(3));
        assertTrue(Double.isNaN(read.get(2).value()));
        assertEquals(1, Files.readAllLines(file).stream().filter(line -> line.startsWith("step,")).count());
    }

    @Test
    void aReaderFollowingTheLogSeesWholeLinesOnly() throws IOException {
        Path file = folder.resolve("metrics.csv");
        try (MetricsLog log = MetricsLog.openForAppend(file)) {
            log.append(List.of(new MetricPoint(1, 0.5, "loss", 2.0)));
            // What a process killed in the middle of an append leaves behind:
            Files.writeString(file, "2,1.0,lo", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

            assertEquals(List.of(new MetricPoint(1, 0.5, "loss", 2.0)), MetricsLog.read(file));
        }
    }

    @Test
    void resumingCutsThePartialLineBeforeAppending() throws IOException {
        Path file = folder.resolve("metrics.csv");
        try (MetricsLog log = MetricsLog.openForAppend(file)) {
            log.append(List.of(new MetricPoint(1, 0.5, "loss", 2.0)));
        }
        Files.writeString(file, "2,1.0,lo", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        try (MetricsLog log = MetricsLog.openForAppend(file)) {
            log.append(List.of(new MetricPoint(2, 1.0, "loss", 1.5)));
        }

        assertEquals(List.of(new MetricPoint(1, 0.5, "loss", 2.0), new MetricPoint(2, 1.0, "loss", 1.5)),
                MetricsLog.read(file));
    }

    @Test
    void foreignAndDamagedFilesAreNamedInTheError() throws IOException {
        Path foreign = folder.resolve("foreign.csv");
        Files.writeString(foreign, "a,b,c\n1,2,3\n");
        StoreFormatException notOurs = assertThrows(StoreFormatException.class, () -> MetricsLog.read(foreign));
        assertTrue(notOurs.getMessage().startsWith(foreign.toString()), notOurs.getMessage());

        Path damaged = folder.resolve("damaged.csv");
        Files.writeString(damaged, "step,epoch,metric,value\n1,0.5,loss,2.0\n2,x,loss,1.0\n");
        StoreFormatException bad = assertThrows(StoreFormatException.class, () -> MetricsLog.read(damaged));
        assertTrue(bad.getMessage().contains("line 3"), bad.getMessage());
    }

    @Test
    void metricNamesCannotBreakTheFormat() {
        assertThrows(IllegalArgumentException.class, () -> new MetricPoint(1, 1, "a,b", 1));
        assertThrows(IllegalArgumentException.class, () -> new MetricPoint(1, 1, " ", 1));
    }
}
