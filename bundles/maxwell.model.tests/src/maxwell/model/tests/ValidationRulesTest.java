package maxwell.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import maxwell.model.AdversaryFormulation;
import maxwell.model.Domain;
import maxwell.model.EstimatorKind;
import maxwell.model.EstimatorSpec;
import maxwell.model.Experiment;
import maxwell.model.LambdaSchedule;
import maxwell.model.LatentType;
import maxwell.model.ModelFactory;
import maxwell.model.Partition;
import maxwell.model.PartitionRole;
import maxwell.model.templates.ExperimentTemplates;

/** One broken rule at a time, on an otherwise valid experiment: exactly the expected problems, worded as the user sees them. */
class ValidationRulesTest {

	static Stream<Arguments> brokenExperiments() {
		return Stream.of(
				// experiment
				error("no name", e -> e.setName(null), "experiment has no name"),
				error("blank name", e -> e.setName("  "), "experiment has no name"),
				error("no data", e -> e.setData(null), "experiment 'synthetic-map-tiles' has no data section"),
				error("no adversary", e -> e.setAdversary(null), "experiment 'synthetic-map-tiles' has no adversary section"),
				error("no training", e -> e.setTraining(null), "experiment 'synthetic-map-tiles' has no training section"),
				error("no analysis", e -> e.setAnalysis(null), "experiment 'synthetic-map-tiles' has no analysis section"),
				error("no model, so the watched partition is gone too", e -> e.setModel(null),
						"experiment 'synthetic-map-tiles' has no model section",
						"the adversary watches a partition that does not exist"),
				error("nameless experiment without a section", e -> { e.setName(null); e.setTraining(null); },
						"experiment has no name", "the experiment has no training section"),
				// dataset
				error("image too small", e -> e.getData().setImageSize(4), "image size 4 is outside 8..512"),
				error("image too large", e -> e.getData().setImageSize(513), "image size 513 is outside 8..512"),
				error("two channels", e -> e.getData().setChannels(2), "channels must be 1 or 3 (is 2)"),
				error("one domain", e -> e.getData().getDomains().subList(1, 4).clear(),
						"the dataset needs at least 2 domains (has 1)"),
				error("duplicate domain", e -> domain(e, 0).setName("night"), "two domains are named 'night'"),
				error("three equal domains", e -> { domain(e, 0).setName("x"); domain(e, 1).setName("x"); domain(e, 2).setName("x"); },
						"3 domains are named 'x'"),
				error("nameless domain", e -> domain(e, 1).setName(""), "domain 2 has no name"),
				error("no rendering", e -> domain(e, 1).setRendering(null), "domain 'street' needs a rendering"),
				warning("unknown rendering", e -> domain(e, 3).setRendering("nite"),
						"domain 'night' uses rendering 'nite', which SYNTHETIC_MAP_TILES does not provide (satellite, street, sketch, night)"),
				error("no training set", e -> e.getData().setTrainSize(0), "the training set size must be at least 1 (is 0)"),
				error("no probe set", e -> e.getData().setProbeSize(-1), "the probe set size must be at least 1 (is -1)"),
				// model
				error("encoder layer of size 0", e -> e.getModel().getEncoderHiddenSizes().set(1, 0),
						"encoder hidden layer 2 has size 0 (must be at least 1)"),
				error("negative decoder layer", e -> e.getModel().getDecoderHiddenSizes().set(0, -5),
						"decoder hidden layer 1 has size -5 (must be at least 1)"),
				warning("beta with a deterministic latent", e -> { e.getModel().setLatentType(LatentType.DETERMINISTIC); e.getModel().setBeta(4); },
						"beta is ignored by a DETERMINISTIC latent"),
				error("negative beta", e -> e.getModel().setBeta(-1), "beta = -1.0 must be 0 or more"),
				error("negative pairing weight", e -> e.getModel().setPairingWeight(-2),
						"the pairing weight = -2.0 must be 0 or more"),
				error("negative domain MMD weight", e -> e.getModel().setDomainMmdWeight(-3),
						"the domain MMD weight = -3.0 must be 0 or more"),
				error("negative cross reconstruction weight", e -> e.getModel().setCrossReconstructionWeight(-1),
						"the cross reconstruction weight = -1.0 must be 0 or more"),
				error("cross reconstruction without a style partition", e -> {
					e.getModel().setCrossReconstructionWeight(1);
					Experiments.style(e).setRole(PartitionRole.NUISANCE);
				}, "cross reconstruction needs a partition with role STYLE to take the domain's code from"),
				error("one partition", e -> e.getModel().getPartitions().remove(1), "the model needs at least 2 partitions (has 1)"),
				error("duplicate partition", e -> Experiments.style(e).setName("content"), "two partitions are named 'content'"),
				error("no content partition", e -> Experiments.content(e).setRole(PartitionRole.NUISANCE),
						"the model needs a CONTENT partition"),
				error("partition of dimension 0", e -> Experiments.style(e).setDimension(0), "partition 'style' has dimension 0"),
				error("nameless partition", e -> Experiments.style(e).setName(null), "partition 2 has no name"),
				// adversary
				error("watches nothing", e -> e.getAdversary().setWatches(null), "the adversary watches a partition that does not exist"),
				error("watches another experiment's partition",
						e -> e.getAdversary().setWatches(Experiments.content(ExperimentTemplates.fashionMnist())),
						"the adversary watches a partition that does not exist"),
				error("watches an unresolved proxy", e -> e.getAdversary().setWatches(proxy("file:/nowhere/missing.maxwell#//@model/@partitions.0")),
						"the adversary watches a partition that does not exist"),
				error("negative lambda", e -> e.getAdversary().setLambda(-1), "the adversary weight lambda = -1.0 must be 0 or more"),
				error("no ramp", e -> e.getAdversary().setRampEpochs(0),
						"a SIGMOID_RAMP schedule needs more than 0 ramp epochs (has 0.0)"),
				error("no adversary steps in the min-max game",
						e -> { e.getAdversary().setFormulation(AdversaryFormulation.ALTERNATING_MIN_MAX); e.getAdversary().setAdversarySteps(0); },
						"ALTERNATING_MIN_MAX needs at least 1 adversary step per encoder step (k = 0)"),
				error("adversary learning rate 0", e -> e.getAdversary().setLearningRate(0),
						"the adversary's learning rate 0.0 must be positive"),
				error("adversary layer of size 0", e -> e.getAdversary().getHiddenSizes().set(0, 0),
						"adversary hidden layer 1 has size 0 (must be at least 1)"),
				error("an ensemble of no demons", e -> e.getAdversary().setDemons(0), "the ensemble needs 1 to 16 demons (has 0)"),
				error("an ensemble of 17 demons", e -> e.getAdversary().setDemons(17), "the ensemble needs 1 to 16 demons (has 17)"),
				// training
				error("no epochs", e -> e.getTraining().setEpochs(0), "training needs at least 1 epoch (epochs = 0)"),
				error("empty batches", e -> e.getTraining().setBatchSize(0), "batch size 0 must be at least 1"),
				// 100 places in each of the template's 4 sources: 400 training images
				error("batch larger than the training set", e -> { e.getTraining().setBatchSize(512); e.getData().setTrainSize(100); },
						"batch size 512 is larger than the training set (400 images)"),
				error("learning rate 0", e -> e.getTraining().setLearningRate(0), "the learning rate 0.0 must be positive"),
				error("learning rate NaN", e -> e.getTraining().setLearningRate(Double.NaN), "the learning rate NaN must be positive"),
				error("evaluation interval 0", e -> e.getTraining().setEvaluationInterval(0), "the evaluation interval 0 must be at least 1"),
				error("checkpoint interval -1", e -> e.getTraining().setCheckpointInterval(-1), "the checkpoint interval -1 must be at least 1"),
				error("learning rate decay starting before the run", e -> e.getTraining().setLearningRateDecayStart(-0.1),
						"the learning rate decay starts at a share of the run from 0 to 1 (is -0.1)"),
				error("learning rate decay starting after the run", e -> e.getTraining().setLearningRateDecayStart(1.5),
						"the learning rate decay starts at a share of the run from 0 to 1 (is 1.5)"),
				error("learning rate decaying to 0", e -> e.getTraining().setFinalLearningRateFactor(0),
						"the final learning rate factor must be above 0 and at most 1 (is 0.0)"),
				error("learning rate decaying upwards", e -> e.getTraining().setFinalLearningRateFactor(2),
						"the final learning rate factor must be above 0 and at most 1 (is 2.0)"),
				// analysis
				error("more probe samples than probes", e -> { e.getAnalysis().setProbeSamples(900); e.getData().setProbeSize(500); },
						"probe samples 900 exceed the probe set size (500)"),
				error("negative probe samples", e -> e.getAnalysis().setProbeSamples(-1), "probe samples -1 must not be negative"),
				error("negative surrogates", e -> e.getAnalysis().setSurrogates(-1), "surrogates -1 must not be negative"),
				error("negative bootstrap", e -> e.getAnalysis().setBootstrapResamples(-3), "bootstrap resamples -3 must not be negative"),
				warning("no estimators", e -> e.getAnalysis().getEstimators().clear(), "the analysis has no estimators"),
				error("KSG with k = 0", e -> estimator(e, EstimatorKind.KSG).setK(0), "estimator KSG: k = 0 must be at least 1"),
				error("ROSS with k = -1", e -> estimator(e, EstimatorKind.ROSS).setK(-1), "estimator ROSS: k = -1 must be at least 1"),
				error("binning with one bin", e -> add(e, EstimatorKind.BINNING).setBins(1), "estimator BINNING: bins = 1 must be at least 2"),
				error("mixture bounds without noise", e -> estimator(e, EstimatorKind.MIXTURE_BOUNDS).setNoiseVariance(0),
						"estimator MIXTURE_BOUNDS: noise variance 0.0 must be positive"));
	}

	/** Settings that look wrong but are legal, because nothing uses them in that configuration. */
	static Stream<Arguments> unusedSettings() {
		return Stream.of(
				clean("k ignored outside the alternating game", e -> e.getAdversary().setAdversarySteps(0)),
				clean("ramp ignored by a constant schedule", e -> { e.getAdversary().setSchedule(LambdaSchedule.CONSTANT); e.getAdversary().setRampEpochs(0); }),
				clean("k ignored by the probe estimator", e -> estimator(e, EstimatorKind.PROBE).setK(0)),
				clean("bins ignored by KSG", e -> estimator(e, EstimatorKind.KSG).setBins(0)),
				clean("probe samples 0 means all", e -> e.getAnalysis().setProbeSamples(0)),
				clean("cross reconstruction with a style partition", e -> e.getModel().setCrossReconstructionWeight(1)),
				clean("beta 0 is a plain autoencoder", e -> e.getModel().setBeta(0)),
				clean("default beta with a deterministic latent", e -> e.getModel().setLatentType(LatentType.DETERMINISTIC)),
				clean("batch as large as the training set", e -> { e.getTraining().setBatchSize(300); e.getData().setTrainSize(300); }),
				clean("an ensemble of 16 demons", e -> e.getAdversary().setDemons(16)),
				clean("a learning rate that decays from the first step", e -> e.getTraining().setLearningRateDecayStart(0)),
				clean("a constant learning rate", e -> { e.getTraining().setLearningRateDecayStart(1); e.getTraining().setFinalLearningRateFactor(1); }),
				clean("zero surrogates", e -> e.getAnalysis().setSurrogates(0)),
				clean("grey images", e -> e.getData().setChannels(1)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenExperiments")
	void reportsExactlyTheBrokenRule(String rule, Consumer<Experiment> breakIt, List<String> expected) {
		Experiment experiment = Experiments.valid();
		breakIt.accept(experiment);
		assertEquals(expected, Experiments.problems(experiment));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("unusedSettings")
	void acceptsSettingsNothingUses(String setting, Consumer<Experiment> change, List<String> expected) {
		Experiment experiment = Experiments.valid();
		change.accept(experiment);
		assertEquals(expected, Experiments.problems(experiment));
	}

	private static Arguments error(String rule, Consumer<Experiment> breakIt, String... messages) {
		return Arguments.of(rule, breakIt, Stream.of(messages).map(m -> "error: " + m).toList());
	}

	private static Arguments warning(String rule, Consumer<Experiment> breakIt, String message) {
		return Arguments.of(rule, breakIt, List.of("warning: " + message));
	}

	private static Arguments clean(String setting, Consumer<Experiment> change) {
		return Arguments.of(setting, change, List.of());
	}

	private static Domain domain(Experiment experiment, int index) {
		return experiment.getData().getDomains().get(index);
	}

	private static EstimatorSpec estimator(Experiment experiment, EstimatorKind kind) {
		return experiment.getAnalysis().getEstimators().stream().filter(s -> s.getKind() == kind).findFirst().orElseThrow();
	}

	private static EstimatorSpec add(Experiment experiment, EstimatorKind kind) {
		EstimatorSpec estimator = ModelFactory.eINSTANCE.createEstimatorSpec();
		estimator.setKind(kind);
		experiment.getAnalysis().getEstimators().add(estimator);
		return estimator;
	}

	private static Partition proxy(String uri) {
		Partition proxy = ModelFactory.eINSTANCE.createPartition();
		((InternalEObject) proxy).eSetProxyURI(URI.createURI(uri));
		return proxy;
	}
}
