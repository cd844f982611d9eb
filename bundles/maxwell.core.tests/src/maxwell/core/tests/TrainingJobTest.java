package maxwell.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import maxwell.core.run.RunSchedulingRule;
import maxwell.core.run.TrainingJob;
import maxwell.core.run.TrainingRun;
import maxwell.core.store.MetricPoint;
import maxwell.core.store.MetricsLog;
import maxwell.core.store.RunStore;
import maxwell.model.Experiment;
import maxwell.model.RunStatus;
import maxwell.model.io.ExperimentFiles;
import maxwell.model.templates.ExperimentTemplates;

class TrainingJobTest {

    @TempDir
    Path workspace;

    @Test
    void twoRunsTrainSideBySideWithoutDisturbingEachOther() throws Exception {
        RunStore store = new RunStore(workspace.resolve("runs"));
        Path file = save(tiny(3));
        TrainingJob first = new TrainingJob(TrainingRun.create(store, tiny(3), file));
        TrainingJob second = new TrainingJob(TrainingRun.create(store, tiny(3), file));
        TrainingJob alone = new TrainingJob(TrainingRun.create(store, tiny(3), file));

        first.schedule();
        second.schedule();
        Job.getJobManager().join(TrainingJob.FAMILY, new NullProgressMonitor());
        alone.schedule();
        alone.join();

        assertEquals(IStatus.OK, first.getResult().getSeverity());
        assertEquals(IStatus.OK, second.getResult().getSeverity());
        List<MetricPoint> concurrent = losses(first);
        assertEquals(concurrent, losses(second), "the same seed gives the same run, whatever runs beside it");
        assertEquals(concurrent, losses(alone));
        assertEquals(RunStatus.FINISHED, first.training().run().record().getStatus());
    }

    @Test
    void cancellingTheJobCheckpointsAndRecordsACancelledRun() throws Exception {
        RunStore store = new RunStore(workspace.resolve("runs"));
        TrainingJob job = new TrainingJob(TrainingRun.create(store, tiny(200), save(tiny(200))));

        job.schedule();
        while (job.training().run().record().getStatus() != RunStatus.RUNNING) {
            Thread.sleep(10);
        }
        Thread.sleep(300);
        job.cancel();
        job.join();

        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        assertEquals(RunStatus.CANCELLED, job.training().run().record().getStatus());
        long checkpoint = job.training().run().record().getLastCheckpointStep();
        assertTrue(checkpoint > 0 && checkpoint < 600, "checkpointed where it stopped: " + checkpoint);
    }

    @Test
    void jobsOfTheSameRunExcludeEachOther() {
        RunSchedulingRule rule = new RunSchedulingRule(workspace.resolve("runs/a"));

        assertTrue(rule.isConflicting(new RunSchedulingRule(workspace.resolve("runs/./a"))));
        assertFalse(rule.isConflicting(new RunSchedulingRule(workspace.resolve("runs/b"))));
    }

    private static List<MetricPoint> losses(TrainingJob job) throws Exception {
        return MetricsLog.read(job.training().run().metricsFile()).stream().filter(p -> p.metric().equals("loss")).toList();
    }

    private Path save(Experiment experiment) throws Exception {
        Path file = workspace.resolve(experiment.getTraining().getEpochs() + ".maxwell");
        ExperimentFiles.save(experiment, file);
        return file;
    }

    private static Experiment tiny(int epochs) {
        return ExperimentTemplates.tinyMapTiles("tiny", epochs);
    }
}
