package maxwell.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import maxwell.core.store.LatentSnapshot;
import maxwell.core.store.LatentSnapshot.PartitionCodes;
import maxwell.core.store.RunFolder;
import maxwell.core.store.RunStore;
import maxwell.core.store.RunStore.RunSummary;
import maxwell.core.store.StoreFormatException;
import maxwell.model.Experiment;
import maxwell.model.RunRecord;
import maxwell.model.RunStatus;
import maxwell.model.templates.ExperimentTemplates;

class RunStoreTest {

    @TempDir
    Path workspace;

    @Test
    void aNewRunHoldsItsOwnCopyOfTheExperimentAndACreatedRecord() throws Exception {
        RunStore store = new RunStore(workspace.resolve("runs"));
        Experiment experiment = ExperimentTemplates.syntheticMapTiles();
        experiment.setSeed(1234);

        RunFolder run = store.create(experiment, "sha256:abc");

        assertTrue(run.runId().startsWith("synthetic-map-tiles-"), run.runId());
        assertTrue(EcoreUtil.equals(experiment, run.experiment()), "the run's copy is the experiment as it was");
        RunRecord record = run.record();
        assertEquals(RunStatus.CREATED, record.getStatus());
        assertEquals(1234, record.getSeed());
        assertEquals("sha256:abc", record.getDatasetFingerprint());
        assertEquals(ProcessHandle.current().pid(), record.getProcessId());
        assertEquals(-1, record.getLastCheckpointStep());
        assertTrue(Files.isDirectory(run.folder().resolve("snapshots")));
        assertTrue(Files.isDirectory(run.checkpoints()));

        experiment.setName("changed afterwards");
        assertEquals("synthetic-map-tiles", run.experiment().getName());
    }

    @Test
    void runsStartedTogetherGetDistinctFolders() throws Exception {
        RunStore store = new RunStore(workspace.resolve("runs"));
        Experiment experiment = ExperimentTemplates.syntheticMapTiles();

        List<String> ids = List.of(store.create(experiment, "f").runId(), store.create(experiment, "f").runId(),
                store.create(experiment, "f").runId());

        assertEquals(3, ids.stream().distinct().count(), ids.toString());
        assertEquals(3, store.list().size());
    }

    @Test
    void aRunningRecordOfADeadProcessReadsAsInterrupted() throws Exception {
        RunStore store = new RunStore(workspace.resolve("runs"));
        RunFolder live = store.create(ExperimentTemplates.syntheticMapTiles(), "f");
        RunFolder killed = store.create(ExperimentTemplates.fashionMnist(), "f");
        markRunning(live, ProcessHandle.current().pid());
        markRunning(killed, deadProcessId());

        List<RunSummary> runs = store.list();

        assertEquals(RunStatus.RUNNING, status(runs, live));
        assertEquals(RunStatus.INTERRUPTED, status(runs, killed));
        assertEquals(RunStatus.RUNNING, killed.record().getStatus(), "listing reads, it never rewrites a record");
    }

    @Test
    void anUnreadableRecordIsListedWithTheReason() throws Exception {
        RunStore store = new RunStore(workspace.resolve("runs"));
        RunFolder run = store.create(ExperimentTemplates.syntheticMapTiles(), "f");
        Files.writeString(run.folder().resolve("run.record"), "<?xml version=\"1.0\"?><broken");

        RunSummary summary = store.list().get(0);

        assertNull(summary.status());
        assertTrue(summary.problem().contains("run.record"), summary.problem());
    }

    @Test
    void deleteRemovesAFinishedRunButRefusesALiveOne() throws Exception {
        RunStore store = new RunStore(workspace.resolve("runs"));
        RunFolder finished = store.create(ExperimentTemplates.syntheticMapTiles(), "f");
        RunFolder training = store.create(ExperimentTemplates.fashionMnist(), "f");
        markRunning(training, ProcessHandle.current().pid());

        store.delete(finished.runId());
        IOException refused = assertThrows(IOException.class, () -> store.delete(training.runId()));

        assertTrue(Files.notExists(finished.folder()));
        assertTrue(Files.exists(training.folder()));
        assertTrue(refused.getMessage().contains("cancel it first"), refused.getMessage());
    }

    @Test
    void openRefusesUnknownRunsAndPathsOutsideTheStore() throws Exception {
        RunStore store = new RunStore(workspace.resolve("runs"));
        store.create(ExperimentTemplates.syntheticMapTiles(), "f");

        assertThrows(StoreFormatException.class, () -> store.open("no-such-run"));
        assertThrows(StoreFormatException.class, () -> store.open("../../etc"));
    }

    @Test
    void snapshotsAreListedInStepOrder() throws Exception {
        RunFolder run = new RunStore(workspace.resolve("runs")).create(ExperimentTemplates.syntheticMapTiles(), "f");
        for (long step : new long[] { 1000, 20, 300 }) {
            run.writeSnapshot(snapshot(step));
        }

        List<Path> files = run.snapshots();

        assertEquals(3, files.size());
        assertTrue(files.get(0).getFileName().toString().contains("000000000020"), files.toString());
        assertEquals(1000, run.latestSnapshot().step());
    }

    @Test
    void theRecordKeepsEveryField() throws Exception {
        RunFolder run = new RunStore(workspace.resolve("runs")).create(ExperimentTemplates.syntheticMapTiles(), "f");
        RunRecord record = run.record();
        record.setStatus(RunStatus.FAILED);
        record.setStarted(new Date(1_700_000_000_000L));
        record.setEnded(new Date(1_700_000_360_000L));
        record.setStepsDone(4321);
        record.setEpochsDone(2.5);
        record.setLastCheckpointStep(4000);
        record.setFailure("training diverged at step 4321");
        record.setDl4jVersion("1.0.0-M2.1");

        run.saveRecord(record);

        assertTrue(EcoreUtil.equals(record, run.record()));
        assertNotEquals(RunStatus.CREATED, run.record().getStatus());
    }

    private static RunStatus status(List<RunSummary> runs, RunFolder run) {
        return runs.stream().filter(s -> s.run().runId().equals(run.runId())).findFirst().orElseThrow().status();
    }

    private static void markRunning(RunFolder run, long processId) throws IOException {
        RunRecord record = run.record();
        record.setStatus(RunStatus.RUNNING);
        record.setProcessId(processId);
        run.saveRecord(record);
    }

    private static long deadProcessId() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }

    private static LatentSnapshot snapshot(long step) {
        return new LatentSnapshot(step, step / 100.0, new int[] { 0, 1 }, new int[] { 2, 3 },
                List.of(new PartitionCodes("content", 1, new float[] { 0.5f, -0.5f }, null, null)));
    }
}
