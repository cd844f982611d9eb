package maxwell.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import maxwell.core.run.DemonMetrics;
import maxwell.core.run.TrainingProgress;
import maxwell.core.run.TrainingRun;
import maxwell.core.store.LatentSnapshot;
import maxwell.core.store.MetricPoint;
import maxwell.core.store.MetricsLog;
import maxwell.core.store.RunFolder;
import maxwell.core.store.RunStore;
import maxwell.core.store.SnapshotFiles;
import maxwell.dl4j.NativeBinary;
import maxwell.model.Experiment;
import maxwell.model.IntervalUnit;
import maxwell.model.LatentType;
import maxwell.model.RunRecord;
import maxwell.model.RunStatus;
import maxwell.model.io.ExperimentFiles;
import maxwell.model.templates.ExperimentTemplates;
import maxwell.train.step.CheckpointFiles;
import maxwell.train.step.TrainerState;

/** A whole run on tiny map tiles: files written as it goes, and resume after cancel or kill. */
class TrainingRunTest {

    @TempDir
    Path workspace;

    @Test
    void aRunWritesMetricsSnapshotsCheckpointsAndItsRecord() throws Exception {
        RunStore store = new RunStore(workspace.resolve("runs"));
        TrainingRun training = TrainingRun.create(store, tiny(), experimentFile(tiny()));

        RunStatus status = training.execute(TrainingProgress.SILENT);

        assertEquals(RunStatus.FINISHED, status);
        RunFolder run = training.run();
        RunRecord record = run.record();
        assertEquals(RunStatus.FINISHED, record.getStatus());
        assertEquals(6, record.getStepsDone());
        assertEquals(6, record.getLastCheckpointStep());
        assertEquals(2.0, record.getEpochsDone());
        assertNotNull(record.getStarted());
        assertNotNull(record.getEnded());
        // the native build is recorded with the version: the last digits of the losses depend on it
        assertEquals("1.0.0-M2.1 (" + NativeBinary.inEffect() + " build)", record.getDl4jVersion());
        assertEquals(64, record.getDatasetFingerprint().length());

        List<Path> snapshots = run.snapshots();
        assertEquals(2, snapshots.size(), "one snapshot per epoch");
        LatentSnapshot last = SnapshotFiles.read(snapshots.get(1));
        assertEquals(6, last.step());
        assertEquals(6 * 4, last.samples(), "the probe set: 6 places in 4 sources");
        assertEquals(List.of("content", "style"), last.partitions().stream().map(p -> p.name()).toList());
        assertNotNull(last.partition("content").means(), "a Gaussian encoder records its means");
        for (int domain : last.domainLabels()) {
            assertTrue(domain >= 0 && domain < 4);
        }

        List<MetricPoint> metrics = MetricsLog.read(run.metricsFile());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), steps(metrics, "loss"));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), steps(metrics, "kl_loss"));
        assertEquals(2, steps(metrics, "probe_adversary_accuracy").size());
        assertEquals(List.of(), steps(metrics, DemonMetrics.probeAccuracyOf(0)), "one demon: no per-demon series");
        for (String partition : List.of("content", "style")) {
            assertEquals(2, steps(metrics, "fresh_probe_domain_accuracy_" + partition).size(), partition);
            assertEquals(2, steps(metrics, "linear_probe_domain_accuracy_" + partition).size(), partition);
        }
        assertTrue(Files.list(run.checkpoints()).count() <= 2);
    }

    /** Deterministic codes have no KL term and no posterior: no KL series, no means in the snapshots. */
    @Test
    void aDeterministicRunLogsNoKlAndStoresItsCodesOnly() throws Exception {
        Experiment experiment = tiny();
        experiment.getModel().setLatentType(LatentType.DETERMINISTIC);
        RunStore store = new RunStore(workspace.resolve("runs"));
        TrainingRun training = TrainingRun.create(store, experiment, experimentFile(experiment));

        assertEquals(RunStatus.FINISHED, training.execute(TrainingProgress.SILENT));

        List<MetricPoint> metrics = MetricsLog.read(training.run().metricsFile());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), steps(metrics, "reconstruction_loss"));
        assertEquals(List.of(), steps(metrics, "kl_loss"));
        LatentSnapshot last = SnapshotFiles.read(training.run().snapshots().get(1));
        assertNull(last.partition("content").means());
        assertEquals(last.samples() * 3, last.partition("content").codes().length, "6 places × 4 sources, codes of 3");
    }

    /** An ensemble's vote is recorded, and each demon's own accuracy beside it (24 probe images: multiples of 1/24). */
    @Test
    void anEnsembleRecordsEachDemonsAccuracyOnTheProbeSet() throws Exception {
        Experiment experiment = tiny();
        experiment.getModel().setLatentType(LatentType.DETERMINISTIC);
        experiment.getAdversary().setDemons(3);
        RunStore store = new RunStore(workspace.resolve("runs"));
        TrainingRun training = TrainingRun.create(store, experiment, experimentFile(experiment));

        assertEquals(RunStatus.FINISHED, training.execute(TrainingProgress.SILENT));

        List<MetricPoint> metrics = MetricsLog.read(training.run().metricsFile());
        for (int demon = 0; demon < 3; demon++) {
            String name = DemonMetrics.probeAccuracyOf(demon);
            List<MetricPoint> each = metrics.stream().filter(p -> p.metric().equals(name)).toList();
            assertEquals(List.of(3L, 6L), each.stream().map(MetricPoint::step).toList(), "demon " + demon);
            for (MetricPoint point : each) {
                double correct = point.value() * 24;
                assertEquals(Math.rint(correct), correct, 1e-9, "a count of probe images, demon " + demon);
                assertTrue(point.value() >= 0 && point.value() <= 1);
            }
        }
        assertEquals(List.of(), steps(metrics, DemonMetrics.probeAccuracyOf(3)));
    }

    /** With a pairing weight the batches hold whole items (every domain), and resuming stays exact. */
    @Test
    void aPairedRunTrainsAndResumesExactly() throws Exception {
        Experiment paired = tiny();
        paired.getModel().setPairingWeight(5.0);
        trainCancelResumeAndCompare(paired);
    }

    /**
     * Cross reconstruction also needs whole items in a batch (without a pairing weight), logs its
     * error every step, and resumes exactly.
     */
    @Test
    void aCrossReconstructingRunLogsItsTermAndResumesExactly() throws Exception {
        Experiment crossed = tiny();
        crossed.getModel().setCrossReconstructionWeight(1.0);
        RunFolder uninterrupted = trainCancelResumeAndCompare(crossed);
        List<MetricPoint> metrics = MetricsLog.read(uninterrupted.metricsFile());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), steps(metrics, "cross_reconstruction_loss"));
        assertTrue(metrics.stream().filter(p -> p.metric().equals("cross_reconstruction_loss"))
                .allMatch(p -> p.value() > 0 && Double.isFinite(p.value())));
        TrainingRun plain = TrainingRun.create(new RunStore(workspace.resolve("runs")), tiny(), experimentFile(tiny()));
        plain.execute(TrainingProgress.SILENT);
        assertEquals(List.of(), steps(MetricsLog.read(plain.run().metricsFile()), "cross_reconstruction_loss"),
                "no series when the term is off");
    }

    /** Trains the experiment through, and again cancelled after 4 steps and resumed: both must end alike. */
    private RunFolder trainCancelResumeAndCompare(Experiment experiment) throws Exception {
        RunStore store = new RunStore(workspace.resolve("runs"));
        Path file = experimentFile(experiment);
        TrainingRun uninterrupted = TrainingRun.create(store, experiment, file);
        assertEquals(RunStatus.FINISHED, uninterrupted.execute(TrainingProgress.SILENT));
        TrainingRun first = TrainingRun.create(store, experiment, file);
        assertEquals(RunStatus.CANCELLED, first.execute(cancelAfter(4)));
        assertEquals(RunStatus.FINISHED, TrainingRun.reopen(first.run()).execute(TrainingProgress.SILENT));
        assertSameEnd(uninterrupted.run(), first.run());
        return uninterrupted.run();
    }

    @Test
    void aCancelledRunResumesToExactlyTheUninterruptedResult() throws Exception {
        RunStore store = new RunStore(workspace.resolve("runs"));
        Path file = experimentFile(tiny());
        TrainingRun uninterrupted = TrainingRun.create(store, tiny(), file);
        uninterrupted.execute(TrainingProgress.SILENT);

        TrainingRun first = TrainingRun.create(store, tiny(), file);
        assertEquals(RunStatus.CANCELLED, first.execute(cancelAfter(4)));
        assertEquals(4, first.run().record().getLastCheckpointStep());
        RunStatus resumed = TrainingRun.reopen(first.run()).execute(TrainingProgress.SILENT);

        assertEquals(RunStatus.FINISHED, resumed);
        assertSameEnd(uninterrupted.run(), first.run());
    }

    @Test
    void aKilledRunIsInterruptedAndResumesFromItsCheckpoint() throws Exception {
        RunStore store = new RunStore(workspace.resolve("runs"));
        Path file = experimentFile(tiny());
        TrainingRun uninterrupted = TrainingRun.create(store, tiny(), file);
        uninterrupted.execute(TrainingProgress.SILENT);
        TrainingRun killed = TrainingRun.create(store, tiny(), file);
        killed.execute(cancelAfter(5));
        // What kill -9 after step 5 leaves: RUNNING by a dead process, metrics past the checkpoint at 3.
        RunRecord record = killed.run().record();
        record.setStatus(RunStatus.RUNNING);
        record.setProcessId(deadProcessId());
        killed.run().saveRecord(record);
        Files.delete(killed.run().checkpoints().resolve("step-000000000005.checkpoint"));

        assertEquals(RunStatus.INTERRUPTED, store.list().stream()
                .filter(s -> s.run().runId().equals(killed.run().runId())).findFirst().orElseThrow().status());
        assertEquals(RunStatus.FINISHED, TrainingRun.reopen(killed.run()).execute(TrainingProgress.SILENT));

        assertSameEnd(uninterrupted.run(), killed.run());
        assertEquals(steps(MetricsLog.read(uninterrupted.run().metricsFile()), "loss"),
                steps(MetricsLog.read(killed.run().metricsFile()), "loss"), "no step is logged twice");
    }

    @Test
    void aDivergingRunFailsWithTheStepAndAHint() throws Exception {
        Experiment experiment = tiny();
        experiment.getTraining().setLearningRate(1e9);
        experiment.getModel().setBeta(1e9);
        TrainingRun training = TrainingRun.create(new RunStore(workspace.resolve("runs")), experiment,
                experimentFile(experiment));

        RunStatus status = training.execute(TrainingProgress.SILENT);

        assertEquals(RunStatus.FAILED, status);
        String failure = training.run().record().getFailure();
        assertTrue(failure.contains("training diverged at step"), failure);
        assertTrue(failure.contains("learning rate"), failure);
    }

    private static void assertSameEnd(RunFolder expected, RunFolder actual) throws Exception {
        TrainerState a = CheckpointFiles.read(expected.checkpoints().resolve("step-000000000006.checkpoint"));
        TrainerState b = CheckpointFiles.read(actual.checkpoints().resolve("step-000000000006.checkpoint"));
        for (String variable : a.weights().keySet()) {
            assertArrayEquals(a.weights().get(variable), b.weights().get(variable), variable);
        }
        List<MetricPoint> lossA = MetricsLog.read(expected.metricsFile()).stream().filter(p -> p.metric().equals("loss")).toList();
        List<MetricPoint> lossB = MetricsLog.read(actual.metricsFile()).stream().filter(p -> p.metric().equals("loss")).toList();
        assertEquals(lossA, lossB);
    }

    private static TrainingProgress cancelAfter(long steps) {
        AtomicLong done = new AtomicLong();
        return new TrainingProgress() {
            @Override
            public void started(long stepsDone, long totalSteps) {
                done.set(stepsDone);
            }

            @Override
            public void stepDone(maxwell.train.step.StepLosses losses, long totalSteps) {
                done.incrementAndGet();
            }

            @Override
            public void note(String message) {
            }

            @Override
            public boolean isCancelled() {
                return done.get() >= steps;
            }
        };
    }

    private static List<Long> steps(List<MetricPoint> metrics, String name) {
        return metrics.stream().filter(p -> p.metric().equals(name)).map(MetricPoint::step).toList();
    }

    private Path experimentFile(Experiment experiment) throws Exception {
        Path file = workspace.resolve("tiny.maxwell");
        ExperimentFiles.save(experiment, file);
        return file;
    }

    /** 12 places × 4 sources at 8 px, batches of 16: 3 steps per epoch, 2 epochs, checkpoint every 3 steps. */
    private static Experiment tiny() {
        Experiment experiment = ExperimentTemplates.tinyMapTiles("tiny", 2);
        experiment.getTraining().setCheckpointInterval(3);
        experiment.getTraining().setCheckpointUnit(IntervalUnit.STEP);
        return experiment;
    }

    private static long deadProcessId() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }
}
