/**
 */
package maxwell.model.util;

import java.util.Map;

import maxwell.model.*;

import maxwell.model.validation.rules.AdversaryRules;
import maxwell.model.validation.rules.AnalysisRules;
import maxwell.model.validation.rules.DatasetRules;
import maxwell.model.validation.rules.DomainRules;
import maxwell.model.validation.rules.EstimatorRules;
import maxwell.model.validation.rules.ExperimentRules;
import maxwell.model.validation.rules.ModelSpecRules;
import maxwell.model.validation.rules.PartitionRules;
import maxwell.model.validation.rules.TrainingRules;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see maxwell.model.ModelPackage
 * @generated
 */
public class ModelValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final ModelValidator INSTANCE = new ModelValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "maxwell.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return ModelPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case ModelPackage.EXPERIMENT:
				return validateExperiment((Experiment)value, diagnostics, context);
			case ModelPackage.DATASET_SPEC:
				return validateDatasetSpec((DatasetSpec)value, diagnostics, context);
			case ModelPackage.DOMAIN:
				return validateDomain((Domain)value, diagnostics, context);
			case ModelPackage.MODEL_SPEC:
				return validateModelSpec((ModelSpec)value, diagnostics, context);
			case ModelPackage.PARTITION:
				return validatePartition((Partition)value, diagnostics, context);
			case ModelPackage.ADVERSARY_SPEC:
				return validateAdversarySpec((AdversarySpec)value, diagnostics, context);
			case ModelPackage.TRAINING_SPEC:
				return validateTrainingSpec((TrainingSpec)value, diagnostics, context);
			case ModelPackage.ANALYSIS_SPEC:
				return validateAnalysisSpec((AnalysisSpec)value, diagnostics, context);
			case ModelPackage.ESTIMATOR_SPEC:
				return validateEstimatorSpec((EstimatorSpec)value, diagnostics, context);
			case ModelPackage.RUN_RECORD:
				return validateRunRecord((RunRecord)value, diagnostics, context);
			case ModelPackage.RUN_STATUS:
				return validateRunStatus((RunStatus)value, diagnostics, context);
			case ModelPackage.DATASET_KIND:
				return validateDatasetKind((DatasetKind)value, diagnostics, context);
			case ModelPackage.NETWORK_KIND:
				return validateNetworkKind((NetworkKind)value, diagnostics, context);
			case ModelPackage.LATENT_TYPE:
				return validateLatentType((LatentType)value, diagnostics, context);
			case ModelPackage.PARTITION_ROLE:
				return validatePartitionRole((PartitionRole)value, diagnostics, context);
			case ModelPackage.ADVERSARY_TARGET:
				return validateAdversaryTarget((AdversaryTarget)value, diagnostics, context);
			case ModelPackage.LAMBDA_SCHEDULE:
				return validateLambdaSchedule((LambdaSchedule)value, diagnostics, context);
			case ModelPackage.ADVERSARY_FORMULATION:
				return validateAdversaryFormulation((AdversaryFormulation)value, diagnostics, context);
			case ModelPackage.OPTIMIZER_KIND:
				return validateOptimizerKind((OptimizerKind)value, diagnostics, context);
			case ModelPackage.INTERVAL_UNIT:
				return validateIntervalUnit((IntervalUnit)value, diagnostics, context);
			case ModelPackage.ESTIMATOR_KIND:
				return validateEstimatorKind((EstimatorKind)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateExperiment(Experiment experiment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(experiment, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(experiment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(experiment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(experiment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(experiment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(experiment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(experiment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(experiment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(experiment, diagnostics, context);
		if (result || diagnostics != null) result &= validateExperiment_hasName(experiment, diagnostics, context);
		if (result || diagnostics != null) result &= validateExperiment_hasAllSections(experiment, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasName constraint of '<em>Experiment</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link ExperimentRules#hasName}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateExperiment_hasName(Experiment experiment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ExperimentRules.hasName(experiment, diagnostics);
	}

	/**
	 * Validates the hasAllSections constraint of '<em>Experiment</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link ExperimentRules#hasAllSections}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateExperiment_hasAllSections(Experiment experiment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ExperimentRules.hasAllSections(experiment, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDatasetSpec(DatasetSpec datasetSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(datasetSpec, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(datasetSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(datasetSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(datasetSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(datasetSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(datasetSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(datasetSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(datasetSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(datasetSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateDatasetSpec_imageSizeInRange(datasetSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateDatasetSpec_channelsSupported(datasetSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateDatasetSpec_enoughDomains(datasetSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateDatasetSpec_domainNamesUnique(datasetSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateDatasetSpec_setSizesPositive(datasetSpec, diagnostics, context);
		return result;
	}

	/**
	 * Validates the imageSizeInRange constraint of '<em>Dataset Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link DatasetRules#imageSizeInRange}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateDatasetSpec_imageSizeInRange(DatasetSpec datasetSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return DatasetRules.imageSizeInRange(datasetSpec, diagnostics);
	}

	/**
	 * Validates the channelsSupported constraint of '<em>Dataset Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link DatasetRules#channelsSupported}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateDatasetSpec_channelsSupported(DatasetSpec datasetSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return DatasetRules.channelsSupported(datasetSpec, diagnostics);
	}

	/**
	 * Validates the enoughDomains constraint of '<em>Dataset Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link DatasetRules#enoughDomains}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateDatasetSpec_enoughDomains(DatasetSpec datasetSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return DatasetRules.enoughDomains(datasetSpec, diagnostics);
	}

	/**
	 * Validates the domainNamesUnique constraint of '<em>Dataset Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link DatasetRules#domainNamesUnique}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateDatasetSpec_domainNamesUnique(DatasetSpec datasetSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return DatasetRules.domainNamesUnique(datasetSpec, diagnostics);
	}

	/**
	 * Validates the setSizesPositive constraint of '<em>Dataset Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link DatasetRules#setSizesPositive}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateDatasetSpec_setSizesPositive(DatasetSpec datasetSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return DatasetRules.setSizesPositive(datasetSpec, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDomain(Domain domain, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(domain, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(domain, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(domain, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(domain, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(domain, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(domain, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(domain, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(domain, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(domain, diagnostics, context);
		if (result || diagnostics != null) result &= validateDomain_hasName(domain, diagnostics, context);
		if (result || diagnostics != null) result &= validateDomain_hasRendering(domain, diagnostics, context);
		if (result || diagnostics != null) result &= validateDomain_tileSourceHasLocation(domain, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasName constraint of '<em>Domain</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link DomainRules#hasName}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateDomain_hasName(Domain domain, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return DomainRules.hasName(domain, diagnostics);
	}

	/**
	 * Validates the hasRendering constraint of '<em>Domain</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link DomainRules#hasRendering}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateDomain_hasRendering(Domain domain, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return DomainRules.hasRendering(domain, diagnostics);
	}

	/**
	 * Validates the tileSourceHasLocation constraint of '<em>Domain</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link DomainRules#tileSourceHasLocation}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateDomain_tileSourceHasLocation(Domain domain, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return DomainRules.tileSourceHasLocation(domain, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateModelSpec(ModelSpec modelSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(modelSpec, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(modelSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(modelSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(modelSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(modelSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(modelSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(modelSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(modelSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(modelSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelSpec_hiddenSizesPositive(modelSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelSpec_betaUsable(modelSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelSpec_enoughPartitions(modelSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelSpec_partitionNamesUnique(modelSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelSpec_hasContentPartition(modelSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelSpec_pairingWeightNotNegative(modelSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelSpec_domainMmdWeightNotNegative(modelSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelSpec_crossReconstructionWeightNotNegative(modelSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateModelSpec_crossReconstructionHasAStylePartition(modelSpec, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hiddenSizesPositive constraint of '<em>Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link ModelSpecRules#hiddenSizesPositive}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateModelSpec_hiddenSizesPositive(ModelSpec modelSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelSpecRules.hiddenSizesPositive(modelSpec, diagnostics);
	}

	/**
	 * Validates the betaUsable constraint of '<em>Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link ModelSpecRules#betaUsable}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateModelSpec_betaUsable(ModelSpec modelSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelSpecRules.betaUsable(modelSpec, diagnostics);
	}

	/**
	 * Validates the enoughPartitions constraint of '<em>Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link ModelSpecRules#enoughPartitions}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateModelSpec_enoughPartitions(ModelSpec modelSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelSpecRules.enoughPartitions(modelSpec, diagnostics);
	}

	/**
	 * Validates the partitionNamesUnique constraint of '<em>Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link ModelSpecRules#partitionNamesUnique}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateModelSpec_partitionNamesUnique(ModelSpec modelSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelSpecRules.partitionNamesUnique(modelSpec, diagnostics);
	}

	/**
	 * Validates the hasContentPartition constraint of '<em>Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link ModelSpecRules#hasContentPartition}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateModelSpec_hasContentPartition(ModelSpec modelSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelSpecRules.hasContentPartition(modelSpec, diagnostics);
	}

	/**
	 * Validates the pairingWeightNotNegative constraint of '<em>Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link ModelSpecRules#pairingWeightNotNegative}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateModelSpec_pairingWeightNotNegative(ModelSpec modelSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelSpecRules.pairingWeightNotNegative(modelSpec, diagnostics);
	}

	/**
	 * Validates the domainMmdWeightNotNegative constraint of '<em>Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link ModelSpecRules#domainMmdWeightNotNegative}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateModelSpec_domainMmdWeightNotNegative(ModelSpec modelSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelSpecRules.domainMmdWeightNotNegative(modelSpec, diagnostics);
	}

	/**
	 * Validates the crossReconstructionWeightNotNegative constraint of '<em>Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link ModelSpecRules#crossReconstructionWeightNotNegative}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateModelSpec_crossReconstructionWeightNotNegative(ModelSpec modelSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelSpecRules.crossReconstructionWeightNotNegative(modelSpec, diagnostics);
	}

	/**
	 * Validates the crossReconstructionHasAStylePartition constraint of '<em>Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link ModelSpecRules#crossReconstructionHasAStylePartition}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateModelSpec_crossReconstructionHasAStylePartition(ModelSpec modelSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return ModelSpecRules.crossReconstructionHasAStylePartition(modelSpec, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePartition(Partition partition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(partition, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(partition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(partition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(partition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(partition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(partition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(partition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(partition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(partition, diagnostics, context);
		if (result || diagnostics != null) result &= validatePartition_hasName(partition, diagnostics, context);
		if (result || diagnostics != null) result &= validatePartition_dimensionPositive(partition, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasName constraint of '<em>Partition</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link PartitionRules#hasName}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validatePartition_hasName(Partition partition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return PartitionRules.hasName(partition, diagnostics);
	}

	/**
	 * Validates the dimensionPositive constraint of '<em>Partition</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link PartitionRules#dimensionPositive}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validatePartition_dimensionPositive(Partition partition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return PartitionRules.dimensionPositive(partition, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAdversarySpec(AdversarySpec adversarySpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(adversarySpec, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(adversarySpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(adversarySpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(adversarySpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(adversarySpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(adversarySpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(adversarySpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(adversarySpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(adversarySpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateAdversarySpec_watchesExistingPartition(adversarySpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateAdversarySpec_lambdaNotNegative(adversarySpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateAdversarySpec_rampPositive(adversarySpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateAdversarySpec_stepsPositive(adversarySpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateAdversarySpec_learningRatePositive(adversarySpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateAdversarySpec_hiddenSizesPositive(adversarySpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateAdversarySpec_demonsInRange(adversarySpec, diagnostics, context);
		return result;
	}

	/**
	 * Validates the watchesExistingPartition constraint of '<em>Adversary Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link AdversaryRules#watchesExistingPartition}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAdversarySpec_watchesExistingPartition(AdversarySpec adversarySpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return AdversaryRules.watchesExistingPartition(adversarySpec, diagnostics);
	}

	/**
	 * Validates the lambdaNotNegative constraint of '<em>Adversary Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link AdversaryRules#lambdaNotNegative}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAdversarySpec_lambdaNotNegative(AdversarySpec adversarySpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return AdversaryRules.lambdaNotNegative(adversarySpec, diagnostics);
	}

	/**
	 * Validates the rampPositive constraint of '<em>Adversary Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link AdversaryRules#rampPositive}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAdversarySpec_rampPositive(AdversarySpec adversarySpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return AdversaryRules.rampPositive(adversarySpec, diagnostics);
	}

	/**
	 * Validates the stepsPositive constraint of '<em>Adversary Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link AdversaryRules#stepsPositive}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAdversarySpec_stepsPositive(AdversarySpec adversarySpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return AdversaryRules.stepsPositive(adversarySpec, diagnostics);
	}

	/**
	 * Validates the learningRatePositive constraint of '<em>Adversary Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link AdversaryRules#learningRatePositive}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAdversarySpec_learningRatePositive(AdversarySpec adversarySpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return AdversaryRules.learningRatePositive(adversarySpec, diagnostics);
	}

	/**
	 * Validates the hiddenSizesPositive constraint of '<em>Adversary Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link AdversaryRules#hiddenSizesPositive}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAdversarySpec_hiddenSizesPositive(AdversarySpec adversarySpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return AdversaryRules.hiddenSizesPositive(adversarySpec, diagnostics);
	}

	/**
	 * Validates the demonsInRange constraint of '<em>Adversary Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link AdversaryRules#demonsInRange}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAdversarySpec_demonsInRange(AdversarySpec adversarySpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return AdversaryRules.demonsInRange(adversarySpec, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTrainingSpec(TrainingSpec trainingSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(trainingSpec, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(trainingSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(trainingSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(trainingSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(trainingSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(trainingSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(trainingSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(trainingSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(trainingSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateTrainingSpec_epochsPositive(trainingSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateTrainingSpec_batchSizeFits(trainingSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateTrainingSpec_learningRatePositive(trainingSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateTrainingSpec_intervalsPositive(trainingSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateTrainingSpec_learningRateDecayInRange(trainingSpec, diagnostics, context);
		return result;
	}

	/**
	 * Validates the epochsPositive constraint of '<em>Training Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link TrainingRules#epochsPositive}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTrainingSpec_epochsPositive(TrainingSpec trainingSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return TrainingRules.epochsPositive(trainingSpec, diagnostics);
	}

	/**
	 * Validates the batchSizeFits constraint of '<em>Training Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link TrainingRules#batchSizeFits}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTrainingSpec_batchSizeFits(TrainingSpec trainingSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return TrainingRules.batchSizeFits(trainingSpec, diagnostics);
	}

	/**
	 * Validates the learningRatePositive constraint of '<em>Training Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link TrainingRules#learningRatePositive}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTrainingSpec_learningRatePositive(TrainingSpec trainingSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return TrainingRules.learningRatePositive(trainingSpec, diagnostics);
	}

	/**
	 * Validates the intervalsPositive constraint of '<em>Training Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link TrainingRules#intervalsPositive}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTrainingSpec_intervalsPositive(TrainingSpec trainingSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return TrainingRules.intervalsPositive(trainingSpec, diagnostics);
	}

	/**
	 * Validates the learningRateDecayInRange constraint of '<em>Training Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link TrainingRules#learningRateDecayInRange}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTrainingSpec_learningRateDecayInRange(TrainingSpec trainingSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return TrainingRules.learningRateDecayInRange(trainingSpec, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAnalysisSpec(AnalysisSpec analysisSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(analysisSpec, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(analysisSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(analysisSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(analysisSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(analysisSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(analysisSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(analysisSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(analysisSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(analysisSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateAnalysisSpec_probeSamplesFit(analysisSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateAnalysisSpec_countsNotNegative(analysisSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateAnalysisSpec_hasEstimators(analysisSpec, diagnostics, context);
		return result;
	}

	/**
	 * Validates the probeSamplesFit constraint of '<em>Analysis Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link AnalysisRules#probeSamplesFit}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAnalysisSpec_probeSamplesFit(AnalysisSpec analysisSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return AnalysisRules.probeSamplesFit(analysisSpec, diagnostics);
	}

	/**
	 * Validates the countsNotNegative constraint of '<em>Analysis Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link AnalysisRules#countsNotNegative}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAnalysisSpec_countsNotNegative(AnalysisSpec analysisSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return AnalysisRules.countsNotNegative(analysisSpec, diagnostics);
	}

	/**
	 * Validates the hasEstimators constraint of '<em>Analysis Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link AnalysisRules#hasEstimators}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAnalysisSpec_hasEstimators(AnalysisSpec analysisSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return AnalysisRules.hasEstimators(analysisSpec, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEstimatorSpec(EstimatorSpec estimatorSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(estimatorSpec, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(estimatorSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(estimatorSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(estimatorSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(estimatorSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(estimatorSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(estimatorSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(estimatorSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(estimatorSpec, diagnostics, context);
		if (result || diagnostics != null) result &= validateEstimatorSpec_parametersInRange(estimatorSpec, diagnostics, context);
		return result;
	}

	/**
	 * Validates the parametersInRange constraint of '<em>Estimator Spec</em>'.
	 * <!-- begin-user-doc -->
	 * Delegates to the hand-written rule {@link EstimatorRules#parametersInRange}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateEstimatorSpec_parametersInRange(EstimatorSpec estimatorSpec, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return EstimatorRules.parametersInRange(estimatorSpec, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRunRecord(RunRecord runRecord, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(runRecord, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRunStatus(RunStatus runStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDatasetKind(DatasetKind datasetKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNetworkKind(NetworkKind networkKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLatentType(LatentType latentType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePartitionRole(PartitionRole partitionRole, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAdversaryTarget(AdversaryTarget adversaryTarget, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLambdaSchedule(LambdaSchedule lambdaSchedule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAdversaryFormulation(AdversaryFormulation adversaryFormulation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOptimizerKind(OptimizerKind optimizerKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIntervalUnit(IntervalUnit intervalUnit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEstimatorKind(EstimatorKind estimatorKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Hand-written: an adversary watching a missing partition is reported once, in plain words, by
	 * {@link AdversaryRules#watchesExistingPartition}, not a second time as an unresolved proxy.
	 */
	@Override
	public boolean validate_EveryProxyResolves(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return AdversaryRules.reportsItsOwnBrokenReferences(eObject)
				|| super.validate_EveryProxyResolves(eObject, diagnostics, context);
	}

	/**
	 * Hand-written: as above, for a partition that was removed from its model (a dangling reference).
	 */
	@Override
	public boolean validate_EveryReferenceIsContained(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return AdversaryRules.reportsItsOwnBrokenReferences(eObject)
				|| super.validate_EveryReferenceIsContained(eObject, diagnostics, context);
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //ModelValidator
