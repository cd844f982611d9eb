package maxwell.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import maxwell.cli.CliCommand;
import maxwell.cli.ExitCodes;
import maxwell.cli.Options;
import maxwell.cli.UsageException;
import maxwell.core.run.TrainingRun;
import maxwell.core.store.RunStore;
import maxwell.data.api.DataException;
import maxwell.figures.report.RunReport;
import maxwell.model.Experiment;
import maxwell.model.IntervalUnit;
import maxwell.model.LatentType;
import maxwell.model.io.ExperimentFileException;
import maxwell.model.io.ExperimentFiles;
import maxwell.model.templates.ExampleExperiments;
import maxwell.model.templates.ExperimentTemplates;

/**
 * The README's first command: trains the default synthetic map-tile experiment (sized to take a
 * few minutes on two cores), computes the demon's quantities, writes the report and says where.
 * Leaves the example experiments in the workspace for the workbench.
 */
public final class DemoCommand implements CliCommand {

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "train the default map-tile experiment for a few minutes and write its report";
    }

    @Override
    public String usage() {
        return """
                usage: ./maxwell demo [--workspace DIR] [--tiny]

                Writes the example experiments into DIR/examples (default DIR: the workspace,
                ~/maxwell-workspace) unless it has experiments already, trains the synthetic
                map-tile experiment (DIR/examples/demo-map-tiles.maxwell: the default experiment
                with fewer tiles and epochs, evaluated twice per epoch) into DIR/runs, computes the
                demon's quantities and writes the report to DIR/reports/RUN/index.html.
                --tiny trains a toy-sized model in seconds (what CI runs).""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Options options = Options.parse(args, Set.of("--workspace"), Set.of("--tiny"));
        if (!options.positional().isEmpty()) {
            throw new UsageException("demo takes no arguments besides its options");
        }
        long start = System.nanoTime();
        Path workspace = options.has("--workspace") ? Paths.get(options.get("--workspace", ""))
                : RunsFolder.of(Options.parse(List.of(), Set.of(), Set.of())).getParent();
        try {
            for (Path example : ExampleExperiments.seedIfEmpty(workspace)) {
                out.println("example experiment: " + example);
            }
            Experiment experiment = demoExperiment(options.has("--tiny"));
            Path file = workspace.resolve(ExampleExperiments.FOLDER).resolve(experiment.getName() + ".maxwell");
            Files.createDirectories(file.getParent());
            ExperimentFiles.save(experiment, file);
            out.println("demo experiment: " + file);
            TrainingRun training = TrainingRun.create(new RunStore(workspace.resolve("runs")), experiment, file);
            out.println("run " + training.run().runId() + " in " + training.run().folder().getParent());
            int trained = TrainingSession.train(training, out, err);
            if (trained != ExitCodes.OK) {
                return trained;
            }
            Path report = RunReport.write(training.run(), workspace.resolve("reports").resolve(training.run().runId()),
                    new AnalysisProgress(err, training.run().runId()));
            out.println(String.format(Locale.ROOT, "demo finished in %.0f s", (System.nanoTime() - start) / 1e9));
            out.println("report: " + report.toAbsolutePath());
            out.println("open the workbench on this workspace with: ./maxwell -data " + workspace.toAbsolutePath());
            return ExitCodes.OK;
        } catch (ExperimentFileException | DataException | IOException e) {
            err.println("maxwell demo: " + e.getMessage());
            return ExitCodes.PROBLEM;
        }
    }

    /**
     * The default map-tile experiment, sized for a few minutes on two cores: 2000 places, three
     * epochs, evaluated every half epoch on 300 places of the probe set (1200 images). Its codes are
     * Gaussian: in a run this short, with λ ramped in over 63 steps, the template's deterministic codes
     * made the reconstruction loss jump to 475 after the ramp (Gaussian: never above 150 after it) and
     * ended higher (127 against 113) with the same fresh probe (0.53 against 0.51).
     */
    static Experiment demoExperiment(boolean tiny) {
        Experiment experiment = ExperimentTemplates.syntheticMapTiles();
        experiment.getModel().setLatentType(LatentType.GAUSSIAN);
        experiment.setName(tiny ? "demo-map-tiles-tiny" : "demo-map-tiles");
        experiment.setDescription("The demo: " + experiment.getDescription());
        var data = experiment.getData();
        var training = experiment.getTraining();
        var analysis = experiment.getAnalysis();
        if (tiny) {
            data.setImageSize(16);
            data.setTrainSize(120);
            data.setProbeSize(30);
            experiment.getModel().getEncoderHiddenSizes().clear();
            experiment.getModel().getEncoderHiddenSizes().addAll(List.of(64));
            experiment.getModel().getDecoderHiddenSizes().clear();
            experiment.getModel().getDecoderHiddenSizes().addAll(List.of(64));
            training.setEpochs(2);
            training.setBatchSize(32);
            training.setEvaluationInterval(5);
            analysis.setSurrogates(5);
            analysis.setBootstrapResamples(5);
        } else {
            data.setTrainSize(2000);
            data.setProbeSize(300);
            training.setEpochs(3);
            // the template's batches of 512 would leave 15 steps per epoch: too few to watch
            training.setBatchSize(128);
            // 2000 places × 4 sources / 128 per batch = 63 steps per epoch: evaluate twice per epoch
            training.setEvaluationInterval(32);
        }
        training.setEvaluationUnit(IntervalUnit.STEP);
        return experiment;
    }
}
