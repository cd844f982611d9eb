/**
 */
package maxwell.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * An adversarially partitioned latent-space experiment: the data, the partitioned model, the adversary (the demon), how to train and what to measure.
 * <!-- end-model-doc -->
 * @see maxwell.model.ModelFactory
 * @model kind="package"
 * @generated
 */
public interface ModelPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://maxwell.dev/experiment/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "maxwell";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModelPackage eINSTANCE = maxwell.model.impl.ModelPackageImpl.init();

	/**
	 * The meta object id for the '{@link maxwell.model.impl.ExperimentImpl <em>Experiment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see maxwell.model.impl.ExperimentImpl
	 * @see maxwell.model.impl.ModelPackageImpl#getExperiment()
	 * @generated
	 */
	int EXPERIMENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__SEED = 2;

	/**
	 * The feature id for the '<em><b>Data</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__DATA = 3;

	/**
	 * The feature id for the '<em><b>Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__MODEL = 4;

	/**
	 * The feature id for the '<em><b>Adversary</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__ADVERSARY = 5;

	/**
	 * The feature id for the '<em><b>Training</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__TRAINING = 6;

	/**
	 * The feature id for the '<em><b>Analysis</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__ANALYSIS = 7;

	/**
	 * The number of structural features of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_FEATURE_COUNT = 8;

	/**
	 * The meta object id for the '{@link maxwell.model.impl.DatasetSpecImpl <em>Dataset Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see maxwell.model.impl.DatasetSpecImpl
	 * @see maxwell.model.impl.ModelPackageImpl#getDatasetSpec()
	 * @generated
	 */
	int DATASET_SPEC = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SPEC__KIND = 0;

	/**
	 * The feature id for the '<em><b>Image Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SPEC__IMAGE_SIZE = 1;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SPEC__CHANNELS = 2;

	/**
	 * The feature id for the '<em><b>Domains</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SPEC__DOMAINS = 3;

	/**
	 * The feature id for the '<em><b>Train Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SPEC__TRAIN_SIZE = 4;

	/**
	 * The feature id for the '<em><b>Probe Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SPEC__PROBE_SIZE = 5;

	/**
	 * The feature id for the '<em><b>Data Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SPEC__DATA_LOCATION = 6;

	/**
	 * The feature id for the '<em><b>Content Labels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SPEC__CONTENT_LABELS = 7;

	/**
	 * The number of structural features of the '<em>Dataset Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SPEC_FEATURE_COUNT = 8;

	/**
	 * The meta object id for the '{@link maxwell.model.impl.DomainImpl <em>Domain</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see maxwell.model.impl.DomainImpl
	 * @see maxwell.model.impl.ModelPackageImpl#getDomain()
	 * @generated
	 */
	int DOMAIN = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__NAME = 0;

	/**
	 * The feature id for the '<em><b>Rendering</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__RENDERING = 1;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__LOCATION = 2;

	/**
	 * The number of structural features of the '<em>Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link maxwell.model.impl.ModelSpecImpl <em>Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see maxwell.model.impl.ModelSpecImpl
	 * @see maxwell.model.impl.ModelPackageImpl#getModelSpec()
	 * @generated
	 */
	int MODEL_SPEC = 3;

	/**
	 * The feature id for the '<em><b>Encoder Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__ENCODER_KIND = 0;

	/**
	 * The feature id for the '<em><b>Encoder Hidden Sizes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__ENCODER_HIDDEN_SIZES = 1;

	/**
	 * The feature id for the '<em><b>Decoder Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__DECODER_KIND = 2;

	/**
	 * The feature id for the '<em><b>Decoder Hidden Sizes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__DECODER_HIDDEN_SIZES = 3;

	/**
	 * The feature id for the '<em><b>Latent Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__LATENT_TYPE = 4;

	/**
	 * The feature id for the '<em><b>Beta</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__BETA = 5;

	/**
	 * The feature id for the '<em><b>Partitions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__PARTITIONS = 6;

	/**
	 * The feature id for the '<em><b>Pairing Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__PAIRING_WEIGHT = 7;

	/**
	 * The feature id for the '<em><b>Domain Mmd Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__DOMAIN_MMD_WEIGHT = 8;

	/**
	 * The feature id for the '<em><b>Cross Reconstruction Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__CROSS_RECONSTRUCTION_WEIGHT = 9;

	/**
	 * The number of structural features of the '<em>Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC_FEATURE_COUNT = 10;

	/**
	 * The meta object id for the '{@link maxwell.model.impl.PartitionImpl <em>Partition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see maxwell.model.impl.PartitionImpl
	 * @see maxwell.model.impl.ModelPackageImpl#getPartition()
	 * @generated
	 */
	int PARTITION = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Dimension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__DIMENSION = 1;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__ROLE = 2;

	/**
	 * The number of structural features of the '<em>Partition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link maxwell.model.impl.AdversarySpecImpl <em>Adversary Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see maxwell.model.impl.AdversarySpecImpl
	 * @see maxwell.model.impl.ModelPackageImpl#getAdversarySpec()
	 * @generated
	 */
	int ADVERSARY_SPEC = 5;

	/**
	 * The feature id for the '<em><b>Watches</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSARY_SPEC__WATCHES = 0;

	/**
	 * The feature id for the '<em><b>Predicts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSARY_SPEC__PREDICTS = 1;

	/**
	 * The feature id for the '<em><b>Hidden Sizes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSARY_SPEC__HIDDEN_SIZES = 2;

	/**
	 * The feature id for the '<em><b>Lambda</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSARY_SPEC__LAMBDA = 3;

	/**
	 * The feature id for the '<em><b>Schedule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSARY_SPEC__SCHEDULE = 4;

	/**
	 * The feature id for the '<em><b>Ramp Epochs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSARY_SPEC__RAMP_EPOCHS = 5;

	/**
	 * The feature id for the '<em><b>Formulation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSARY_SPEC__FORMULATION = 6;

	/**
	 * The feature id for the '<em><b>Adversary Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSARY_SPEC__ADVERSARY_STEPS = 7;

	/**
	 * The feature id for the '<em><b>Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSARY_SPEC__LEARNING_RATE = 8;

	/**
	 * The feature id for the '<em><b>Demons</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSARY_SPEC__DEMONS = 9;

	/**
	 * The number of structural features of the '<em>Adversary Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERSARY_SPEC_FEATURE_COUNT = 10;

	/**
	 * The meta object id for the '{@link maxwell.model.impl.TrainingSpecImpl <em>Training Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see maxwell.model.impl.TrainingSpecImpl
	 * @see maxwell.model.impl.ModelPackageImpl#getTrainingSpec()
	 * @generated
	 */
	int TRAINING_SPEC = 6;

	/**
	 * The feature id for the '<em><b>Epochs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__EPOCHS = 0;

	/**
	 * The feature id for the '<em><b>Batch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__BATCH_SIZE = 1;

	/**
	 * The feature id for the '<em><b>Optimizer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__OPTIMIZER = 2;

	/**
	 * The feature id for the '<em><b>Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__LEARNING_RATE = 3;

	/**
	 * The feature id for the '<em><b>Evaluation Interval</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__EVALUATION_INTERVAL = 4;

	/**
	 * The feature id for the '<em><b>Evaluation Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__EVALUATION_UNIT = 5;

	/**
	 * The feature id for the '<em><b>Checkpoint Interval</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__CHECKPOINT_INTERVAL = 6;

	/**
	 * The feature id for the '<em><b>Checkpoint Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__CHECKPOINT_UNIT = 7;

	/**
	 * The feature id for the '<em><b>Learning Rate Decay Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__LEARNING_RATE_DECAY_START = 8;

	/**
	 * The feature id for the '<em><b>Final Learning Rate Factor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__FINAL_LEARNING_RATE_FACTOR = 9;

	/**
	 * The number of structural features of the '<em>Training Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC_FEATURE_COUNT = 10;

	/**
	 * The meta object id for the '{@link maxwell.model.impl.AnalysisSpecImpl <em>Analysis Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see maxwell.model.impl.AnalysisSpecImpl
	 * @see maxwell.model.impl.ModelPackageImpl#getAnalysisSpec()
	 * @generated
	 */
	int ANALYSIS_SPEC = 7;

	/**
	 * The feature id for the '<em><b>Probe Samples</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SPEC__PROBE_SAMPLES = 0;

	/**
	 * The feature id for the '<em><b>Surrogates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SPEC__SURROGATES = 1;

	/**
	 * The feature id for the '<em><b>Bootstrap Resamples</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SPEC__BOOTSTRAP_RESAMPLES = 2;

	/**
	 * The feature id for the '<em><b>Estimators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SPEC__ESTIMATORS = 3;

	/**
	 * The number of structural features of the '<em>Analysis Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSIS_SPEC_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link maxwell.model.impl.EstimatorSpecImpl <em>Estimator Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see maxwell.model.impl.EstimatorSpecImpl
	 * @see maxwell.model.impl.ModelPackageImpl#getEstimatorSpec()
	 * @generated
	 */
	int ESTIMATOR_SPEC = 8;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTIMATOR_SPEC__KIND = 0;

	/**
	 * The feature id for the '<em><b>K</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTIMATOR_SPEC__K = 1;

	/**
	 * The feature id for the '<em><b>Bins</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTIMATOR_SPEC__BINS = 2;

	/**
	 * The feature id for the '<em><b>Noise Variance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTIMATOR_SPEC__NOISE_VARIANCE = 3;

	/**
	 * The number of structural features of the '<em>Estimator Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESTIMATOR_SPEC_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link maxwell.model.impl.RunRecordImpl <em>Run Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see maxwell.model.impl.RunRecordImpl
	 * @see maxwell.model.impl.ModelPackageImpl#getRunRecord()
	 * @generated
	 */
	int RUN_RECORD = 9;

	/**
	 * The feature id for the '<em><b>Run Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD__RUN_ID = 0;

	/**
	 * The feature id for the '<em><b>Experiment Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD__EXPERIMENT_NAME = 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD__STATUS = 2;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD__CREATED = 3;

	/**
	 * The feature id for the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD__STARTED = 4;

	/**
	 * The feature id for the '<em><b>Ended</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD__ENDED = 5;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD__SEED = 6;

	/**
	 * The feature id for the '<em><b>Dataset Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD__DATASET_FINGERPRINT = 7;

	/**
	 * The feature id for the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD__HOST = 8;

	/**
	 * The feature id for the '<em><b>Process Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD__PROCESS_ID = 9;

	/**
	 * The feature id for the '<em><b>Maxwell Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD__MAXWELL_VERSION = 10;

	/**
	 * The feature id for the '<em><b>Dl4j Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD__DL4J_VERSION = 11;

	/**
	 * The feature id for the '<em><b>Java Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD__JAVA_VERSION = 12;

	/**
	 * The feature id for the '<em><b>Steps Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD__STEPS_DONE = 13;

	/**
	 * The feature id for the '<em><b>Epochs Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD__EPOCHS_DONE = 14;

	/**
	 * The feature id for the '<em><b>Last Checkpoint Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD__LAST_CHECKPOINT_STEP = 15;

	/**
	 * The feature id for the '<em><b>Failure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD__FAILURE = 16;

	/**
	 * The number of structural features of the '<em>Run Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD_FEATURE_COUNT = 17;

	/**
	 * The meta object id for the '{@link maxwell.model.RunStatus <em>Run Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see maxwell.model.RunStatus
	 * @see maxwell.model.impl.ModelPackageImpl#getRunStatus()
	 * @generated
	 */
	int RUN_STATUS = 10;

	/**
	 * The meta object id for the '{@link maxwell.model.DatasetKind <em>Dataset Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see maxwell.model.DatasetKind
	 * @see maxwell.model.impl.ModelPackageImpl#getDatasetKind()
	 * @generated
	 */
	int DATASET_KIND = 11;

	/**
	 * The meta object id for the '{@link maxwell.model.NetworkKind <em>Network Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see maxwell.model.NetworkKind
	 * @see maxwell.model.impl.ModelPackageImpl#getNetworkKind()
	 * @generated
	 */
	int NETWORK_KIND = 12;

	/**
	 * The meta object id for the '{@link maxwell.model.LatentType <em>Latent Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see maxwell.model.LatentType
	 * @see maxwell.model.impl.ModelPackageImpl#getLatentType()
	 * @generated
	 */
	int LATENT_TYPE = 13;

	/**
	 * The meta object id for the '{@link maxwell.model.PartitionRole <em>Partition Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see maxwell.model.PartitionRole
	 * @see maxwell.model.impl.ModelPackageImpl#getPartitionRole()
	 * @generated
	 */
	int PARTITION_ROLE = 14;

	/**
	 * The meta object id for the '{@link maxwell.model.AdversaryTarget <em>Adversary Target</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see maxwell.model.AdversaryTarget
	 * @see maxwell.model.impl.ModelPackageImpl#getAdversaryTarget()
	 * @generated
	 */
	int ADVERSARY_TARGET = 15;

	/**
	 * The meta object id for the '{@link maxwell.model.LambdaSchedule <em>Lambda Schedule</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see maxwell.model.LambdaSchedule
	 * @see maxwell.model.impl.ModelPackageImpl#getLambdaSchedule()
	 * @generated
	 */
	int LAMBDA_SCHEDULE = 16;

	/**
	 * The meta object id for the '{@link maxwell.model.AdversaryFormulation <em>Adversary Formulation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see maxwell.model.AdversaryFormulation
	 * @see maxwell.model.impl.ModelPackageImpl#getAdversaryFormulation()
	 * @generated
	 */
	int ADVERSARY_FORMULATION = 17;

	/**
	 * The meta object id for the '{@link maxwell.model.OptimizerKind <em>Optimizer Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see maxwell.model.OptimizerKind
	 * @see maxwell.model.impl.ModelPackageImpl#getOptimizerKind()
	 * @generated
	 */
	int OPTIMIZER_KIND = 18;

	/**
	 * The meta object id for the '{@link maxwell.model.IntervalUnit <em>Interval Unit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see maxwell.model.IntervalUnit
	 * @see maxwell.model.impl.ModelPackageImpl#getIntervalUnit()
	 * @generated
	 */
	int INTERVAL_UNIT = 19;

	/**
	 * The meta object id for the '{@link maxwell.model.EstimatorKind <em>Estimator Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see maxwell.model.EstimatorKind
	 * @see maxwell.model.impl.ModelPackageImpl#getEstimatorKind()
	 * @generated
	 */
	int ESTIMATOR_KIND = 20;


	/**
	 * Returns the meta object for class '{@link maxwell.model.Experiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Experiment</em>'.
	 * @see maxwell.model.Experiment
	 * @generated
	 */
	EClass getExperiment();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.Experiment#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see maxwell.model.Experiment#getName()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Name();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.Experiment#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see maxwell.model.Experiment#getDescription()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Description();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.Experiment#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see maxwell.model.Experiment#getSeed()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Seed();

	/**
	 * Returns the meta object for the containment reference '{@link maxwell.model.Experiment#getData <em>Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Data</em>'.
	 * @see maxwell.model.Experiment#getData()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Data();

	/**
	 * Returns the meta object for the containment reference '{@link maxwell.model.Experiment#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Model</em>'.
	 * @see maxwell.model.Experiment#getModel()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Model();

	/**
	 * Returns the meta object for the containment reference '{@link maxwell.model.Experiment#getAdversary <em>Adversary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Adversary</em>'.
	 * @see maxwell.model.Experiment#getAdversary()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Adversary();

	/**
	 * Returns the meta object for the containment reference '{@link maxwell.model.Experiment#getTraining <em>Training</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Training</em>'.
	 * @see maxwell.model.Experiment#getTraining()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Training();

	/**
	 * Returns the meta object for the containment reference '{@link maxwell.model.Experiment#getAnalysis <em>Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Analysis</em>'.
	 * @see maxwell.model.Experiment#getAnalysis()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Analysis();

	/**
	 * Returns the meta object for class '{@link maxwell.model.DatasetSpec <em>Dataset Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dataset Spec</em>'.
	 * @see maxwell.model.DatasetSpec
	 * @generated
	 */
	EClass getDatasetSpec();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.DatasetSpec#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see maxwell.model.DatasetSpec#getKind()
	 * @see #getDatasetSpec()
	 * @generated
	 */
	EAttribute getDatasetSpec_Kind();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.DatasetSpec#getImageSize <em>Image Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image Size</em>'.
	 * @see maxwell.model.DatasetSpec#getImageSize()
	 * @see #getDatasetSpec()
	 * @generated
	 */
	EAttribute getDatasetSpec_ImageSize();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.DatasetSpec#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channels</em>'.
	 * @see maxwell.model.DatasetSpec#getChannels()
	 * @see #getDatasetSpec()
	 * @generated
	 */
	EAttribute getDatasetSpec_Channels();

	/**
	 * Returns the meta object for the containment reference list '{@link maxwell.model.DatasetSpec#getDomains <em>Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Domains</em>'.
	 * @see maxwell.model.DatasetSpec#getDomains()
	 * @see #getDatasetSpec()
	 * @generated
	 */
	EReference getDatasetSpec_Domains();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.DatasetSpec#getTrainSize <em>Train Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Train Size</em>'.
	 * @see maxwell.model.DatasetSpec#getTrainSize()
	 * @see #getDatasetSpec()
	 * @generated
	 */
	EAttribute getDatasetSpec_TrainSize();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.DatasetSpec#getProbeSize <em>Probe Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probe Size</em>'.
	 * @see maxwell.model.DatasetSpec#getProbeSize()
	 * @see #getDatasetSpec()
	 * @generated
	 */
	EAttribute getDatasetSpec_ProbeSize();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.DatasetSpec#getDataLocation <em>Data Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Location</em>'.
	 * @see maxwell.model.DatasetSpec#getDataLocation()
	 * @see #getDatasetSpec()
	 * @generated
	 */
	EAttribute getDatasetSpec_DataLocation();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.DatasetSpec#getContentLabels <em>Content Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Labels</em>'.
	 * @see maxwell.model.DatasetSpec#getContentLabels()
	 * @see #getDatasetSpec()
	 * @generated
	 */
	EAttribute getDatasetSpec_ContentLabels();

	/**
	 * Returns the meta object for class '{@link maxwell.model.Domain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Domain</em>'.
	 * @see maxwell.model.Domain
	 * @generated
	 */
	EClass getDomain();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.Domain#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see maxwell.model.Domain#getName()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Name();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.Domain#getRendering <em>Rendering</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rendering</em>'.
	 * @see maxwell.model.Domain#getRendering()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Rendering();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.Domain#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see maxwell.model.Domain#getLocation()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Location();

	/**
	 * Returns the meta object for class '{@link maxwell.model.ModelSpec <em>Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Spec</em>'.
	 * @see maxwell.model.ModelSpec
	 * @generated
	 */
	EClass getModelSpec();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.ModelSpec#getEncoderKind <em>Encoder Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Encoder Kind</em>'.
	 * @see maxwell.model.ModelSpec#getEncoderKind()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_EncoderKind();

	/**
	 * Returns the meta object for the attribute list '{@link maxwell.model.ModelSpec#getEncoderHiddenSizes <em>Encoder Hidden Sizes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Encoder Hidden Sizes</em>'.
	 * @see maxwell.model.ModelSpec#getEncoderHiddenSizes()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_EncoderHiddenSizes();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.ModelSpec#getDecoderKind <em>Decoder Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decoder Kind</em>'.
	 * @see maxwell.model.ModelSpec#getDecoderKind()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_DecoderKind();

	/**
	 * Returns the meta object for the attribute list '{@link maxwell.model.ModelSpec#getDecoderHiddenSizes <em>Decoder Hidden Sizes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Decoder Hidden Sizes</em>'.
	 * @see maxwell.model.ModelSpec#getDecoderHiddenSizes()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_DecoderHiddenSizes();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.ModelSpec#getLatentType <em>Latent Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Latent Type</em>'.
	 * @see maxwell.model.ModelSpec#getLatentType()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_LatentType();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.ModelSpec#getBeta <em>Beta</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beta</em>'.
	 * @see maxwell.model.ModelSpec#getBeta()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_Beta();

	/**
	 * Returns the meta object for the containment reference list '{@link maxwell.model.ModelSpec#getPartitions <em>Partitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Partitions</em>'.
	 * @see maxwell.model.ModelSpec#getPartitions()
	 * @see #getModelSpec()
	 * @generated
	 */
	EReference getModelSpec_Partitions();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.ModelSpec#getPairingWeight <em>Pairing Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pairing Weight</em>'.
	 * @see maxwell.model.ModelSpec#getPairingWeight()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_PairingWeight();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.ModelSpec#getDomainMmdWeight <em>Domain Mmd Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Mmd Weight</em>'.
	 * @see maxwell.model.ModelSpec#getDomainMmdWeight()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_DomainMmdWeight();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.ModelSpec#getCrossReconstructionWeight <em>Cross Reconstruction Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cross Reconstruction Weight</em>'.
	 * @see maxwell.model.ModelSpec#getCrossReconstructionWeight()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_CrossReconstructionWeight();

	/**
	 * Returns the meta object for class '{@link maxwell.model.Partition <em>Partition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Partition</em>'.
	 * @see maxwell.model.Partition
	 * @generated
	 */
	EClass getPartition();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.Partition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see maxwell.model.Partition#getName()
	 * @see #getPartition()
	 * @generated
	 */
	EAttribute getPartition_Name();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.Partition#getDimension <em>Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dimension</em>'.
	 * @see maxwell.model.Partition#getDimension()
	 * @see #getPartition()
	 * @generated
	 */
	EAttribute getPartition_Dimension();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.Partition#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see maxwell.model.Partition#getRole()
	 * @see #getPartition()
	 * @generated
	 */
	EAttribute getPartition_Role();

	/**
	 * Returns the meta object for class '{@link maxwell.model.AdversarySpec <em>Adversary Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Adversary Spec</em>'.
	 * @see maxwell.model.AdversarySpec
	 * @generated
	 */
	EClass getAdversarySpec();

	/**
	 * Returns the meta object for the reference '{@link maxwell.model.AdversarySpec#getWatches <em>Watches</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Watches</em>'.
	 * @see maxwell.model.AdversarySpec#getWatches()
	 * @see #getAdversarySpec()
	 * @generated
	 */
	EReference getAdversarySpec_Watches();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.AdversarySpec#getPredicts <em>Predicts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Predicts</em>'.
	 * @see maxwell.model.AdversarySpec#getPredicts()
	 * @see #getAdversarySpec()
	 * @generated
	 */
	EAttribute getAdversarySpec_Predicts();

	/**
	 * Returns the meta object for the attribute list '{@link maxwell.model.AdversarySpec#getHiddenSizes <em>Hidden Sizes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Hidden Sizes</em>'.
	 * @see maxwell.model.AdversarySpec#getHiddenSizes()
	 * @see #getAdversarySpec()
	 * @generated
	 */
	EAttribute getAdversarySpec_HiddenSizes();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.AdversarySpec#getLambda <em>Lambda</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lambda</em>'.
	 * @see maxwell.model.AdversarySpec#getLambda()
	 * @see #getAdversarySpec()
	 * @generated
	 */
	EAttribute getAdversarySpec_Lambda();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.AdversarySpec#getSchedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Schedule</em>'.
	 * @see maxwell.model.AdversarySpec#getSchedule()
	 * @see #getAdversarySpec()
	 * @generated
	 */
	EAttribute getAdversarySpec_Schedule();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.AdversarySpec#getRampEpochs <em>Ramp Epochs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ramp Epochs</em>'.
	 * @see maxwell.model.AdversarySpec#getRampEpochs()
	 * @see #getAdversarySpec()
	 * @generated
	 */
	EAttribute getAdversarySpec_RampEpochs();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.AdversarySpec#getFormulation <em>Formulation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Formulation</em>'.
	 * @see maxwell.model.AdversarySpec#getFormulation()
	 * @see #getAdversarySpec()
	 * @generated
	 */
	EAttribute getAdversarySpec_Formulation();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.AdversarySpec#getAdversarySteps <em>Adversary Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adversary Steps</em>'.
	 * @see maxwell.model.AdversarySpec#getAdversarySteps()
	 * @see #getAdversarySpec()
	 * @generated
	 */
	EAttribute getAdversarySpec_AdversarySteps();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.AdversarySpec#getLearningRate <em>Learning Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Learning Rate</em>'.
	 * @see maxwell.model.AdversarySpec#getLearningRate()
	 * @see #getAdversarySpec()
	 * @generated
	 */
	EAttribute getAdversarySpec_LearningRate();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.AdversarySpec#getDemons <em>Demons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Demons</em>'.
	 * @see maxwell.model.AdversarySpec#getDemons()
	 * @see #getAdversarySpec()
	 * @generated
	 */
	EAttribute getAdversarySpec_Demons();

	/**
	 * Returns the meta object for class '{@link maxwell.model.TrainingSpec <em>Training Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Training Spec</em>'.
	 * @see maxwell.model.TrainingSpec
	 * @generated
	 */
	EClass getTrainingSpec();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.TrainingSpec#getEpochs <em>Epochs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epochs</em>'.
	 * @see maxwell.model.TrainingSpec#getEpochs()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_Epochs();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.TrainingSpec#getBatchSize <em>Batch Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Batch Size</em>'.
	 * @see maxwell.model.TrainingSpec#getBatchSize()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_BatchSize();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.TrainingSpec#getOptimizer <em>Optimizer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Optimizer</em>'.
	 * @see maxwell.model.TrainingSpec#getOptimizer()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_Optimizer();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.TrainingSpec#getLearningRate <em>Learning Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Learning Rate</em>'.
	 * @see maxwell.model.TrainingSpec#getLearningRate()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_LearningRate();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.TrainingSpec#getEvaluationInterval <em>Evaluation Interval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evaluation Interval</em>'.
	 * @see maxwell.model.TrainingSpec#getEvaluationInterval()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_EvaluationInterval();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.TrainingSpec#getEvaluationUnit <em>Evaluation Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evaluation Unit</em>'.
	 * @see maxwell.model.TrainingSpec#getEvaluationUnit()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_EvaluationUnit();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.TrainingSpec#getCheckpointInterval <em>Checkpoint Interval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checkpoint Interval</em>'.
	 * @see maxwell.model.TrainingSpec#getCheckpointInterval()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_CheckpointInterval();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.TrainingSpec#getCheckpointUnit <em>Checkpoint Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checkpoint Unit</em>'.
	 * @see maxwell.model.TrainingSpec#getCheckpointUnit()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_CheckpointUnit();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.TrainingSpec#getLearningRateDecayStart <em>Learning Rate Decay Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Learning Rate Decay Start</em>'.
	 * @see maxwell.model.TrainingSpec#getLearningRateDecayStart()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_LearningRateDecayStart();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.TrainingSpec#getFinalLearningRateFactor <em>Final Learning Rate Factor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Final Learning Rate Factor</em>'.
	 * @see maxwell.model.TrainingSpec#getFinalLearningRateFactor()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_FinalLearningRateFactor();

	/**
	 * Returns the meta object for class '{@link maxwell.model.AnalysisSpec <em>Analysis Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Analysis Spec</em>'.
	 * @see maxwell.model.AnalysisSpec
	 * @generated
	 */
	EClass getAnalysisSpec();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.AnalysisSpec#getProbeSamples <em>Probe Samples</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probe Samples</em>'.
	 * @see maxwell.model.AnalysisSpec#getProbeSamples()
	 * @see #getAnalysisSpec()
	 * @generated
	 */
	EAttribute getAnalysisSpec_ProbeSamples();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.AnalysisSpec#getSurrogates <em>Surrogates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Surrogates</em>'.
	 * @see maxwell.model.AnalysisSpec#getSurrogates()
	 * @see #getAnalysisSpec()
	 * @generated
	 */
	EAttribute getAnalysisSpec_Surrogates();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.AnalysisSpec#getBootstrapResamples <em>Bootstrap Resamples</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bootstrap Resamples</em>'.
	 * @see maxwell.model.AnalysisSpec#getBootstrapResamples()
	 * @see #getAnalysisSpec()
	 * @generated
	 */
	EAttribute getAnalysisSpec_BootstrapResamples();

	/**
	 * Returns the meta object for the containment reference list '{@link maxwell.model.AnalysisSpec#getEstimators <em>Estimators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Estimators</em>'.
	 * @see maxwell.model.AnalysisSpec#getEstimators()
	 * @see #getAnalysisSpec()
	 * @generated
	 */
	EReference getAnalysisSpec_Estimators();

	/**
	 * Returns the meta object for class '{@link maxwell.model.EstimatorSpec <em>Estimator Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Estimator Spec</em>'.
	 * @see maxwell.model.EstimatorSpec
	 * @generated
	 */
	EClass getEstimatorSpec();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.EstimatorSpec#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see maxwell.model.EstimatorSpec#getKind()
	 * @see #getEstimatorSpec()
	 * @generated
	 */
	EAttribute getEstimatorSpec_Kind();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.EstimatorSpec#getK <em>K</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>K</em>'.
	 * @see maxwell.model.EstimatorSpec#getK()
	 * @see #getEstimatorSpec()
	 * @generated
	 */
	EAttribute getEstimatorSpec_K();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.EstimatorSpec#getBins <em>Bins</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bins</em>'.
	 * @see maxwell.model.EstimatorSpec#getBins()
	 * @see #getEstimatorSpec()
	 * @generated
	 */
	EAttribute getEstimatorSpec_Bins();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.EstimatorSpec#getNoiseVariance <em>Noise Variance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Noise Variance</em>'.
	 * @see maxwell.model.EstimatorSpec#getNoiseVariance()
	 * @see #getEstimatorSpec()
	 * @generated
	 */
	EAttribute getEstimatorSpec_NoiseVariance();

	/**
	 * Returns the meta object for class '{@link maxwell.model.RunRecord <em>Run Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Run Record</em>'.
	 * @see maxwell.model.RunRecord
	 * @generated
	 */
	EClass getRunRecord();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.RunRecord#getRunId <em>Run Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Run Id</em>'.
	 * @see maxwell.model.RunRecord#getRunId()
	 * @see #getRunRecord()
	 * @generated
	 */
	EAttribute getRunRecord_RunId();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.RunRecord#getExperimentName <em>Experiment Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Experiment Name</em>'.
	 * @see maxwell.model.RunRecord#getExperimentName()
	 * @see #getRunRecord()
	 * @generated
	 */
	EAttribute getRunRecord_ExperimentName();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.RunRecord#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see maxwell.model.RunRecord#getStatus()
	 * @see #getRunRecord()
	 * @generated
	 */
	EAttribute getRunRecord_Status();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.RunRecord#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see maxwell.model.RunRecord#getCreated()
	 * @see #getRunRecord()
	 * @generated
	 */
	EAttribute getRunRecord_Created();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.RunRecord#getStarted <em>Started</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started</em>'.
	 * @see maxwell.model.RunRecord#getStarted()
	 * @see #getRunRecord()
	 * @generated
	 */
	EAttribute getRunRecord_Started();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.RunRecord#getEnded <em>Ended</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ended</em>'.
	 * @see maxwell.model.RunRecord#getEnded()
	 * @see #getRunRecord()
	 * @generated
	 */
	EAttribute getRunRecord_Ended();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.RunRecord#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see maxwell.model.RunRecord#getSeed()
	 * @see #getRunRecord()
	 * @generated
	 */
	EAttribute getRunRecord_Seed();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.RunRecord#getDatasetFingerprint <em>Dataset Fingerprint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dataset Fingerprint</em>'.
	 * @see maxwell.model.RunRecord#getDatasetFingerprint()
	 * @see #getRunRecord()
	 * @generated
	 */
	EAttribute getRunRecord_DatasetFingerprint();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.RunRecord#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host</em>'.
	 * @see maxwell.model.RunRecord#getHost()
	 * @see #getRunRecord()
	 * @generated
	 */
	EAttribute getRunRecord_Host();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.RunRecord#getProcessId <em>Process Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Process Id</em>'.
	 * @see maxwell.model.RunRecord#getProcessId()
	 * @see #getRunRecord()
	 * @generated
	 */
	EAttribute getRunRecord_ProcessId();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.RunRecord#getMaxwellVersion <em>Maxwell Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maxwell Version</em>'.
	 * @see maxwell.model.RunRecord#getMaxwellVersion()
	 * @see #getRunRecord()
	 * @generated
	 */
	EAttribute getRunRecord_MaxwellVersion();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.RunRecord#getDl4jVersion <em>Dl4j Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dl4j Version</em>'.
	 * @see maxwell.model.RunRecord#getDl4jVersion()
	 * @see #getRunRecord()
	 * @generated
	 */
	EAttribute getRunRecord_Dl4jVersion();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.RunRecord#getJavaVersion <em>Java Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Java Version</em>'.
	 * @see maxwell.model.RunRecord#getJavaVersion()
	 * @see #getRunRecord()
	 * @generated
	 */
	EAttribute getRunRecord_JavaVersion();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.RunRecord#getStepsDone <em>Steps Done</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Steps Done</em>'.
	 * @see maxwell.model.RunRecord#getStepsDone()
	 * @see #getRunRecord()
	 * @generated
	 */
	EAttribute getRunRecord_StepsDone();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.RunRecord#getEpochsDone <em>Epochs Done</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epochs Done</em>'.
	 * @see maxwell.model.RunRecord#getEpochsDone()
	 * @see #getRunRecord()
	 * @generated
	 */
	EAttribute getRunRecord_EpochsDone();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.RunRecord#getLastCheckpointStep <em>Last Checkpoint Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Checkpoint Step</em>'.
	 * @see maxwell.model.RunRecord#getLastCheckpointStep()
	 * @see #getRunRecord()
	 * @generated
	 */
	EAttribute getRunRecord_LastCheckpointStep();

	/**
	 * Returns the meta object for the attribute '{@link maxwell.model.RunRecord#getFailure <em>Failure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failure</em>'.
	 * @see maxwell.model.RunRecord#getFailure()
	 * @see #getRunRecord()
	 * @generated
	 */
	EAttribute getRunRecord_Failure();

	/**
	 * Returns the meta object for enum '{@link maxwell.model.RunStatus <em>Run Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Run Status</em>'.
	 * @see maxwell.model.RunStatus
	 * @generated
	 */
	EEnum getRunStatus();

	/**
	 * Returns the meta object for enum '{@link maxwell.model.DatasetKind <em>Dataset Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dataset Kind</em>'.
	 * @see maxwell.model.DatasetKind
	 * @generated
	 */
	EEnum getDatasetKind();

	/**
	 * Returns the meta object for enum '{@link maxwell.model.NetworkKind <em>Network Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Network Kind</em>'.
	 * @see maxwell.model.NetworkKind
	 * @generated
	 */
	EEnum getNetworkKind();

	/**
	 * Returns the meta object for enum '{@link maxwell.model.LatentType <em>Latent Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Latent Type</em>'.
	 * @see maxwell.model.LatentType
	 * @generated
	 */
	EEnum getLatentType();

	/**
	 * Returns the meta object for enum '{@link maxwell.model.PartitionRole <em>Partition Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Partition Role</em>'.
	 * @see maxwell.model.PartitionRole
	 * @generated
	 */
	EEnum getPartitionRole();

	/**
	 * Returns the meta object for enum '{@link maxwell.model.AdversaryTarget <em>Adversary Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Adversary Target</em>'.
	 * @see maxwell.model.AdversaryTarget
	 * @generated
	 */
	EEnum getAdversaryTarget();

	/**
	 * Returns the meta object for enum '{@link maxwell.model.LambdaSchedule <em>Lambda Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Lambda Schedule</em>'.
	 * @see maxwell.model.LambdaSchedule
	 * @generated
	 */
	EEnum getLambdaSchedule();

	/**
	 * Returns the meta object for enum '{@link maxwell.model.AdversaryFormulation <em>Adversary Formulation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Adversary Formulation</em>'.
	 * @see maxwell.model.AdversaryFormulation
	 * @generated
	 */
	EEnum getAdversaryFormulation();

	/**
	 * Returns the meta object for enum '{@link maxwell.model.OptimizerKind <em>Optimizer Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Optimizer Kind</em>'.
	 * @see maxwell.model.OptimizerKind
	 * @generated
	 */
	EEnum getOptimizerKind();

	/**
	 * Returns the meta object for enum '{@link maxwell.model.IntervalUnit <em>Interval Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interval Unit</em>'.
	 * @see maxwell.model.IntervalUnit
	 * @generated
	 */
	EEnum getIntervalUnit();

	/**
	 * Returns the meta object for enum '{@link maxwell.model.EstimatorKind <em>Estimator Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Estimator Kind</em>'.
	 * @see maxwell.model.EstimatorKind
	 * @generated
	 */
	EEnum getEstimatorKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ModelFactory getModelFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link maxwell.model.impl.ExperimentImpl <em>Experiment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see maxwell.model.impl.ExperimentImpl
		 * @see maxwell.model.impl.ModelPackageImpl#getExperiment()
		 * @generated
		 */
		EClass EXPERIMENT = eINSTANCE.getExperiment();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__NAME = eINSTANCE.getExperiment_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__DESCRIPTION = eINSTANCE.getExperiment_Description();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__SEED = eINSTANCE.getExperiment_Seed();

		/**
		 * The meta object literal for the '<em><b>Data</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__DATA = eINSTANCE.getExperiment_Data();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__MODEL = eINSTANCE.getExperiment_Model();

		/**
		 * The meta object literal for the '<em><b>Adversary</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__ADVERSARY = eINSTANCE.getExperiment_Adversary();

		/**
		 * The meta object literal for the '<em><b>Training</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__TRAINING = eINSTANCE.getExperiment_Training();

		/**
		 * The meta object literal for the '<em><b>Analysis</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__ANALYSIS = eINSTANCE.getExperiment_Analysis();

		/**
		 * The meta object literal for the '{@link maxwell.model.impl.DatasetSpecImpl <em>Dataset Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see maxwell.model.impl.DatasetSpecImpl
		 * @see maxwell.model.impl.ModelPackageImpl#getDatasetSpec()
		 * @generated
		 */
		EClass DATASET_SPEC = eINSTANCE.getDatasetSpec();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_SPEC__KIND = eINSTANCE.getDatasetSpec_Kind();

		/**
		 * The meta object literal for the '<em><b>Image Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_SPEC__IMAGE_SIZE = eINSTANCE.getDatasetSpec_ImageSize();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_SPEC__CHANNELS = eINSTANCE.getDatasetSpec_Channels();

		/**
		 * The meta object literal for the '<em><b>Domains</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET_SPEC__DOMAINS = eINSTANCE.getDatasetSpec_Domains();

		/**
		 * The meta object literal for the '<em><b>Train Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_SPEC__TRAIN_SIZE = eINSTANCE.getDatasetSpec_TrainSize();

		/**
		 * The meta object literal for the '<em><b>Probe Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_SPEC__PROBE_SIZE = eINSTANCE.getDatasetSpec_ProbeSize();

		/**
		 * The meta object literal for the '<em><b>Data Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_SPEC__DATA_LOCATION = eINSTANCE.getDatasetSpec_DataLocation();

		/**
		 * The meta object literal for the '<em><b>Content Labels</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_SPEC__CONTENT_LABELS = eINSTANCE.getDatasetSpec_ContentLabels();

		/**
		 * The meta object literal for the '{@link maxwell.model.impl.DomainImpl <em>Domain</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see maxwell.model.impl.DomainImpl
		 * @see maxwell.model.impl.ModelPackageImpl#getDomain()
		 * @generated
		 */
		EClass DOMAIN = eINSTANCE.getDomain();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__NAME = eINSTANCE.getDomain_Name();

		/**
		 * The meta object literal for the '<em><b>Rendering</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__RENDERING = eINSTANCE.getDomain_Rendering();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__LOCATION = eINSTANCE.getDomain_Location();

		/**
		 * The meta object literal for the '{@link maxwell.model.impl.ModelSpecImpl <em>Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see maxwell.model.impl.ModelSpecImpl
		 * @see maxwell.model.impl.ModelPackageImpl#getModelSpec()
		 * @generated
		 */
		EClass MODEL_SPEC = eINSTANCE.getModelSpec();

		/**
		 * The meta object literal for the '<em><b>Encoder Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__ENCODER_KIND = eINSTANCE.getModelSpec_EncoderKind();

		/**
		 * The meta object literal for the '<em><b>Encoder Hidden Sizes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__ENCODER_HIDDEN_SIZES = eINSTANCE.getModelSpec_EncoderHiddenSizes();

		/**
		 * The meta object literal for the '<em><b>Decoder Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__DECODER_KIND = eINSTANCE.getModelSpec_DecoderKind();

		/**
		 * The meta object literal for the '<em><b>Decoder Hidden Sizes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__DECODER_HIDDEN_SIZES = eINSTANCE.getModelSpec_DecoderHiddenSizes();

		/**
		 * The meta object literal for the '<em><b>Latent Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__LATENT_TYPE = eINSTANCE.getModelSpec_LatentType();

		/**
		 * The meta object literal for the '<em><b>Beta</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__BETA = eINSTANCE.getModelSpec_Beta();

		/**
		 * The meta object literal for the '<em><b>Partitions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODEL_SPEC__PARTITIONS = eINSTANCE.getModelSpec_Partitions();

		/**
		 * The meta object literal for the '<em><b>Pairing Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__PAIRING_WEIGHT = eINSTANCE.getModelSpec_PairingWeight();

		/**
		 * The meta object literal for the '<em><b>Domain Mmd Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__DOMAIN_MMD_WEIGHT = eINSTANCE.getModelSpec_DomainMmdWeight();

		/**
		 * The meta object literal for the '<em><b>Cross Reconstruction Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__CROSS_RECONSTRUCTION_WEIGHT = eINSTANCE.getModelSpec_CrossReconstructionWeight();

		/**
		 * The meta object literal for the '{@link maxwell.model.impl.PartitionImpl <em>Partition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see maxwell.model.impl.PartitionImpl
		 * @see maxwell.model.impl.ModelPackageImpl#getPartition()
		 * @generated
		 */
		EClass PARTITION = eINSTANCE.getPartition();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTITION__NAME = eINSTANCE.getPartition_Name();

		/**
		 * The meta object literal for the '<em><b>Dimension</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTITION__DIMENSION = eINSTANCE.getPartition_Dimension();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTITION__ROLE = eINSTANCE.getPartition_Role();

		/**
		 * The meta object literal for the '{@link maxwell.model.impl.AdversarySpecImpl <em>Adversary Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see maxwell.model.impl.AdversarySpecImpl
		 * @see maxwell.model.impl.ModelPackageImpl#getAdversarySpec()
		 * @generated
		 */
		EClass ADVERSARY_SPEC = eINSTANCE.getAdversarySpec();

		/**
		 * The meta object literal for the '<em><b>Watches</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADVERSARY_SPEC__WATCHES = eINSTANCE.getAdversarySpec_Watches();

		/**
		 * The meta object literal for the '<em><b>Predicts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSARY_SPEC__PREDICTS = eINSTANCE.getAdversarySpec_Predicts();

		/**
		 * The meta object literal for the '<em><b>Hidden Sizes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSARY_SPEC__HIDDEN_SIZES = eINSTANCE.getAdversarySpec_HiddenSizes();

		/**
		 * The meta object literal for the '<em><b>Lambda</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSARY_SPEC__LAMBDA = eINSTANCE.getAdversarySpec_Lambda();

		/**
		 * The meta object literal for the '<em><b>Schedule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSARY_SPEC__SCHEDULE = eINSTANCE.getAdversarySpec_Schedule();

		/**
		 * The meta object literal for the '<em><b>Ramp Epochs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSARY_SPEC__RAMP_EPOCHS = eINSTANCE.getAdversarySpec_RampEpochs();

		/**
		 * The meta object literal for the '<em><b>Formulation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSARY_SPEC__FORMULATION = eINSTANCE.getAdversarySpec_Formulation();

		/**
		 * The meta object literal for the '<em><b>Adversary Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSARY_SPEC__ADVERSARY_STEPS = eINSTANCE.getAdversarySpec_AdversarySteps();

		/**
		 * The meta object literal for the '<em><b>Learning Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSARY_SPEC__LEARNING_RATE = eINSTANCE.getAdversarySpec_LearningRate();

		/**
		 * The meta object literal for the '<em><b>Demons</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERSARY_SPEC__DEMONS = eINSTANCE.getAdversarySpec_Demons();

		/**
		 * The meta object literal for the '{@link maxwell.model.impl.TrainingSpecImpl <em>Training Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see maxwell.model.impl.TrainingSpecImpl
		 * @see maxwell.model.impl.ModelPackageImpl#getTrainingSpec()
		 * @generated
		 */
		EClass TRAINING_SPEC = eINSTANCE.getTrainingSpec();

		/**
		 * The meta object literal for the '<em><b>Epochs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__EPOCHS = eINSTANCE.getTrainingSpec_Epochs();

		/**
		 * The meta object literal for the '<em><b>Batch Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__BATCH_SIZE = eINSTANCE.getTrainingSpec_BatchSize();

		/**
		 * The meta object literal for the '<em><b>Optimizer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__OPTIMIZER = eINSTANCE.getTrainingSpec_Optimizer();

		/**
		 * The meta object literal for the '<em><b>Learning Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__LEARNING_RATE = eINSTANCE.getTrainingSpec_LearningRate();

		/**
		 * The meta object literal for the '<em><b>Evaluation Interval</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__EVALUATION_INTERVAL = eINSTANCE.getTrainingSpec_EvaluationInterval();

		/**
		 * The meta object literal for the '<em><b>Evaluation Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__EVALUATION_UNIT = eINSTANCE.getTrainingSpec_EvaluationUnit();

		/**
		 * The meta object literal for the '<em><b>Checkpoint Interval</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__CHECKPOINT_INTERVAL = eINSTANCE.getTrainingSpec_CheckpointInterval();

		/**
		 * The meta object literal for the '<em><b>Checkpoint Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__CHECKPOINT_UNIT = eINSTANCE.getTrainingSpec_CheckpointUnit();

		/**
		 * The meta object literal for the '<em><b>Learning Rate Decay Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__LEARNING_RATE_DECAY_START = eINSTANCE.getTrainingSpec_LearningRateDecayStart();

		/**
		 * The meta object literal for the '<em><b>Final Learning Rate Factor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__FINAL_LEARNING_RATE_FACTOR = eINSTANCE.getTrainingSpec_FinalLearningRateFactor();

		/**
		 * The meta object literal for the '{@link maxwell.model.impl.AnalysisSpecImpl <em>Analysis Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see maxwell.model.impl.AnalysisSpecImpl
		 * @see maxwell.model.impl.ModelPackageImpl#getAnalysisSpec()
		 * @generated
		 */
		EClass ANALYSIS_SPEC = eINSTANCE.getAnalysisSpec();

		/**
		 * The meta object literal for the '<em><b>Probe Samples</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SPEC__PROBE_SAMPLES = eINSTANCE.getAnalysisSpec_ProbeSamples();

		/**
		 * The meta object literal for the '<em><b>Surrogates</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SPEC__SURROGATES = eINSTANCE.getAnalysisSpec_Surrogates();

		/**
		 * The meta object literal for the '<em><b>Bootstrap Resamples</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSIS_SPEC__BOOTSTRAP_RESAMPLES = eINSTANCE.getAnalysisSpec_BootstrapResamples();

		/**
		 * The meta object literal for the '<em><b>Estimators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSIS_SPEC__ESTIMATORS = eINSTANCE.getAnalysisSpec_Estimators();

		/**
		 * The meta object literal for the '{@link maxwell.model.impl.EstimatorSpecImpl <em>Estimator Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see maxwell.model.impl.EstimatorSpecImpl
		 * @see maxwell.model.impl.ModelPackageImpl#getEstimatorSpec()
		 * @generated
		 */
		EClass ESTIMATOR_SPEC = eINSTANCE.getEstimatorSpec();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESTIMATOR_SPEC__KIND = eINSTANCE.getEstimatorSpec_Kind();

		/**
		 * The meta object literal for the '<em><b>K</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESTIMATOR_SPEC__K = eINSTANCE.getEstimatorSpec_K();

		/**
		 * The meta object literal for the '<em><b>Bins</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESTIMATOR_SPEC__BINS = eINSTANCE.getEstimatorSpec_Bins();

		/**
		 * The meta object literal for the '<em><b>Noise Variance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESTIMATOR_SPEC__NOISE_VARIANCE = eINSTANCE.getEstimatorSpec_NoiseVariance();

		/**
		 * The meta object literal for the '{@link maxwell.model.impl.RunRecordImpl <em>Run Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see maxwell.model.impl.RunRecordImpl
		 * @see maxwell.model.impl.ModelPackageImpl#getRunRecord()
		 * @generated
		 */
		EClass RUN_RECORD = eINSTANCE.getRunRecord();

		/**
		 * The meta object literal for the '<em><b>Run Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RECORD__RUN_ID = eINSTANCE.getRunRecord_RunId();

		/**
		 * The meta object literal for the '<em><b>Experiment Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RECORD__EXPERIMENT_NAME = eINSTANCE.getRunRecord_ExperimentName();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RECORD__STATUS = eINSTANCE.getRunRecord_Status();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RECORD__CREATED = eINSTANCE.getRunRecord_Created();

		/**
		 * The meta object literal for the '<em><b>Started</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RECORD__STARTED = eINSTANCE.getRunRecord_Started();

		/**
		 * The meta object literal for the '<em><b>Ended</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RECORD__ENDED = eINSTANCE.getRunRecord_Ended();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RECORD__SEED = eINSTANCE.getRunRecord_Seed();

		/**
		 * The meta object literal for the '<em><b>Dataset Fingerprint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RECORD__DATASET_FINGERPRINT = eINSTANCE.getRunRecord_DatasetFingerprint();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RECORD__HOST = eINSTANCE.getRunRecord_Host();

		/**
		 * The meta object literal for the '<em><b>Process Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RECORD__PROCESS_ID = eINSTANCE.getRunRecord_ProcessId();

		/**
		 * The meta object literal for the '<em><b>Maxwell Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RECORD__MAXWELL_VERSION = eINSTANCE.getRunRecord_MaxwellVersion();

		/**
		 * The meta object literal for the '<em><b>Dl4j Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RECORD__DL4J_VERSION = eINSTANCE.getRunRecord_Dl4jVersion();

		/**
		 * The meta object literal for the '<em><b>Java Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RECORD__JAVA_VERSION = eINSTANCE.getRunRecord_JavaVersion();

		/**
		 * The meta object literal for the '<em><b>Steps Done</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RECORD__STEPS_DONE = eINSTANCE.getRunRecord_StepsDone();

		/**
		 * The meta object literal for the '<em><b>Epochs Done</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RECORD__EPOCHS_DONE = eINSTANCE.getRunRecord_EpochsDone();

		/**
		 * The meta object literal for the '<em><b>Last Checkpoint Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RECORD__LAST_CHECKPOINT_STEP = eINSTANCE.getRunRecord_LastCheckpointStep();

		/**
		 * The meta object literal for the '<em><b>Failure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RECORD__FAILURE = eINSTANCE.getRunRecord_Failure();

		/**
		 * The meta object literal for the '{@link maxwell.model.RunStatus <em>Run Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see maxwell.model.RunStatus
		 * @see maxwell.model.impl.ModelPackageImpl#getRunStatus()
		 * @generated
		 */
		EEnum RUN_STATUS = eINSTANCE.getRunStatus();

		/**
		 * The meta object literal for the '{@link maxwell.model.DatasetKind <em>Dataset Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see maxwell.model.DatasetKind
		 * @see maxwell.model.impl.ModelPackageImpl#getDatasetKind()
		 * @generated
		 */
		EEnum DATASET_KIND = eINSTANCE.getDatasetKind();

		/**
		 * The meta object literal for the '{@link maxwell.model.NetworkKind <em>Network Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see maxwell.model.NetworkKind
		 * @see maxwell.model.impl.ModelPackageImpl#getNetworkKind()
		 * @generated
		 */
		EEnum NETWORK_KIND = eINSTANCE.getNetworkKind();

		/**
		 * The meta object literal for the '{@link maxwell.model.LatentType <em>Latent Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see maxwell.model.LatentType
		 * @see maxwell.model.impl.ModelPackageImpl#getLatentType()
		 * @generated
		 */
		EEnum LATENT_TYPE = eINSTANCE.getLatentType();

		/**
		 * The meta object literal for the '{@link maxwell.model.PartitionRole <em>Partition Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see maxwell.model.PartitionRole
		 * @see maxwell.model.impl.ModelPackageImpl#getPartitionRole()
		 * @generated
		 */
		EEnum PARTITION_ROLE = eINSTANCE.getPartitionRole();

		/**
		 * The meta object literal for the '{@link maxwell.model.AdversaryTarget <em>Adversary Target</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see maxwell.model.AdversaryTarget
		 * @see maxwell.model.impl.ModelPackageImpl#getAdversaryTarget()
		 * @generated
		 */
		EEnum ADVERSARY_TARGET = eINSTANCE.getAdversaryTarget();

		/**
		 * The meta object literal for the '{@link maxwell.model.LambdaSchedule <em>Lambda Schedule</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see maxwell.model.LambdaSchedule
		 * @see maxwell.model.impl.ModelPackageImpl#getLambdaSchedule()
		 * @generated
		 */
		EEnum LAMBDA_SCHEDULE = eINSTANCE.getLambdaSchedule();

		/**
		 * The meta object literal for the '{@link maxwell.model.AdversaryFormulation <em>Adversary Formulation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see maxwell.model.AdversaryFormulation
		 * @see maxwell.model.impl.ModelPackageImpl#getAdversaryFormulation()
		 * @generated
		 */
		EEnum ADVERSARY_FORMULATION = eINSTANCE.getAdversaryFormulation();

		/**
		 * The meta object literal for the '{@link maxwell.model.OptimizerKind <em>Optimizer Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see maxwell.model.OptimizerKind
		 * @see maxwell.model.impl.ModelPackageImpl#getOptimizerKind()
		 * @generated
		 */
		EEnum OPTIMIZER_KIND = eINSTANCE.getOptimizerKind();

		/**
		 * The meta object literal for the '{@link maxwell.model.IntervalUnit <em>Interval Unit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see maxwell.model.IntervalUnit
		 * @see maxwell.model.impl.ModelPackageImpl#getIntervalUnit()
		 * @generated
		 */
		EEnum INTERVAL_UNIT = eINSTANCE.getIntervalUnit();

		/**
		 * The meta object literal for the '{@link maxwell.model.EstimatorKind <em>Estimator Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see maxwell.model.EstimatorKind
		 * @see maxwell.model.impl.ModelPackageImpl#getEstimatorKind()
		 * @generated
		 */
		EEnum ESTIMATOR_KIND = eINSTANCE.getEstimatorKind();

	}

} //ModelPackage
