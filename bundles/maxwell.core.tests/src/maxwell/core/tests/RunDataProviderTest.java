package maxwell.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import maxwell.core.provider.RunDataProvider;
import maxwell.core.store.LatentSnapshot;
import maxwell.core.store.LatentSnapshot.PartitionCodes;
import maxwell.core.store.MetricPoint;
import maxwell.core.store.MetricsLog;
import maxwell.core.store.RunFolder;
import maxwell.core.store.RunStore;
import maxwell.model.RunRecord;
import maxwell.model.RunStatus;
import maxwell.model.templates.ExperimentTemplates;

class RunDataProviderTest {

    @TempDir
    Path workspace;

    @Test
    void seesWhatTheTrainerWroteAfterARefreshAndTellsItsListeners() throws Exception {
        RunFolder run = new RunStore(workspace.resolve("runs")).create(ExperimentTemplates.syntheticMapTiles(), "f");
        RunDataProvider provider = new RunDataProvider(run);
        AtomicInteger notifications = new AtomicInteger();
        provider.addListener(changed -> notifications.incrementAndGet());

        assertTrue(provider.refresh());
        assertEquals(RunStatus.CREATED, provider.status());
        assertEquals(List.of(), provider.metrics());
        assertNull(provider.latestSnapshot());
        assertFalse(provider.refresh(), "nothing changed, nothing to tell");
        assertEquals(1, notifications.get());

        try (MetricsLog log = MetricsLog.openForAppend(run.metricsFile())) {
            log.append(List.of(new MetricPoint(10, 0.1, "loss", 3.0), new MetricPoint(10, 0.1, "adversary_accuracy", 0.9)));
            run.writeSnapshot(snapshot(10));
            assertTrue(provider.refresh());
            log.append(List.of(new MetricPoint(20, 0.2, "loss", 2.0)));
            run.writeSnapshot(snapshot(20));
            assertTrue(provider.refresh());
        }

        assertEquals(3, provider.metrics().size());
        assertEquals(List.of(3.0, 2.0), provider.metric("loss").stream().map(MetricPoint::value).toList());
        assertEquals(20, provider.latestSnapshot().step());
        assertEquals(2, provider.snapshotFiles().size());
        assertEquals(3, notifications.get());
    }

    @Test
    void aHalfWrittenLineAppearsOnlyOnceItIsComplete() throws Exception {
        RunFolder run = new RunStore(workspace.resolve("runs")).create(ExperimentTemplates.syntheticMapTiles(), "f");
        try (MetricsLog log = MetricsLog.openForAppend(run.metricsFile())) {
            log.append(List.of(new MetricPoint(1, 0.0, "loss", 5.0)));
        }
        RunDataProvider provider = new RunDataProvider(run);
        Files.writeString(run.metricsFile(), "2,0.1,lo", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        provider.refresh();
        assertEquals(1, provider.metrics().size());

        Files.writeString(run.metricsFile(), "ss,4.0\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        provider.refresh();
        assertEquals(new MetricPoint(2, 0.1, "loss", 4.0), provider.metrics().get(1));
    }

    @Test
    void statusChangesAreNoticed() throws Exception {
        RunFolder run = new RunStore(workspace.resolve("runs")).create(ExperimentTemplates.syntheticMapTiles(), "f");
        RunDataProvider provider = new RunDataProvider(run);
        provider.refresh();
        RunRecord record = run.record();
        record.setStatus(RunStatus.FINISHED);
        record.setStepsDone(99);
        run.saveRecord(record);

        assertTrue(provider.refresh());

        assertEquals(RunStatus.FINISHED, provider.status());
        assertEquals(99, provider.record().getStepsDone());
    }

    @Test
    void followingARunWhileItWritesNeverLosesOrDuplicatesAPoint() throws Exception {
        RunFolder run = new RunStore(workspace.resolve("runs")).create(ExperimentTemplates.syntheticMapTiles(), "f");
        RunDataProvider provider = new RunDataProvider(run);
        int steps = 2000;
        List<Throwable> failures = new ArrayList<>();
        Thread trainer = new Thread(() -> {
            try (MetricsLog log = MetricsLog.openForAppend(run.metricsFile())) {
                for (int step = 0; step < steps; step++) {
                    log.append(List.of(new MetricPoint(step, step / 100.0, "loss", 1.0 / (step + 1))));
                }
            } catch (Throwable e) {
                failures.add(e);
            }
        });
        trainer.start();
        while (trainer.isAlive()) {
            provider.refresh();
        }
        trainer.join();
        provider.refresh();

        assertEquals(List.of(), failures);
        List<MetricPoint> points = provider.metrics();
        assertEquals(steps, points.size());
        for (int step = 0; step < steps; step++) {
            assertEquals(step, points.get(step).step());
        }
    }

    private static LatentSnapshot snapshot(long step) {
        return new LatentSnapshot(step, step / 100.0, new int[] { 0, 1 }, new int[] { 1, 0 },
                List.of(new PartitionCodes("content", 1, new float[] { 1f, 2f }, null, null)));
    }
}
