/**
 */
package maxwell.model.impl;

import maxwell.model.AdversaryFormulation;
import maxwell.model.AdversarySpec;
import maxwell.model.AdversaryTarget;
import maxwell.model.AnalysisSpec;
import maxwell.model.DatasetKind;
import maxwell.model.DatasetSpec;
import maxwell.model.Domain;
import maxwell.model.EstimatorKind;
import maxwell.model.EstimatorSpec;
import maxwell.model.Experiment;
import maxwell.model.IntervalUnit;
import maxwell.model.LambdaSchedule;
import maxwell.model.LatentType;
import maxwell.model.ModelFactory;
import maxwell.model.ModelPackage;
import maxwell.model.ModelSpec;
import maxwell.model.NetworkKind;
import maxwell.model.OptimizerKind;
import maxwell.model.Partition;
import maxwell.model.PartitionRole;
import maxwell.model.RunRecord;
import maxwell.model.RunStatus;
import maxwell.model.TrainingSpec;

import maxwell.model.util.ModelValidator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ModelPackageImpl extends EPackageImpl implements ModelPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass experimentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass datasetSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass domainEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass modelSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass partitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass adversarySpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainingSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass analysisSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass estimatorSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass runRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum runStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum datasetKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum networkKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum latentTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum partitionRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum adversaryTargetEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lambdaScheduleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum adversaryFormulationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum optimizerKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum intervalUnitEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum estimatorKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see maxwell.model.ModelPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ModelPackageImpl() {
		super(eNS_URI, ModelFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ModelPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ModelPackage init() {
		if (isInited) return (ModelPackage)EPackage.Registry.INSTANCE.getEPackage(ModelPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredModelPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ModelPackageImpl theModelPackage = registeredModelPackage instanceof ModelPackageImpl ? (ModelPackageImpl)registeredModelPackage : new ModelPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theModelPackage.createPackageContents();

		// Initialize created meta-data
		theModelPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theModelPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return ModelValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theModelPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ModelPackage.eNS_URI, theModelPackage);
		return theModelPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExperiment() {
		return experimentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Name() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Description() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Seed() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Data() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Model() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Adversary() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Training() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Analysis() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDatasetSpec() {
		return datasetSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetSpec_Kind() {
		return (EAttribute)datasetSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetSpec_ImageSize() {
		return (EAttribute)datasetSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetSpec_Channels() {
		return (EAttribute)datasetSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDatasetSpec_Domains() {
		return (EReference)datasetSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetSpec_TrainSize() {
		return (EAttribute)datasetSpecEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetSpec_ProbeSize() {
		return (EAttribute)datasetSpecEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetSpec_DataLocation() {
		return (EAttribute)datasetSpecEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetSpec_ContentLabels() {
		return (EAttribute)datasetSpecEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDomain() {
		return domainEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Name() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Rendering() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Location() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getModelSpec() {
		return modelSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSpec_EncoderKind() {
		return (EAttribute)modelSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSpec_EncoderHiddenSizes() {
		return (EAttribute)modelSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSpec_DecoderKind() {
		return (EAttribute)modelSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSpec_DecoderHiddenSizes() {
		return (EAttribute)modelSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSpec_LatentType() {
		return (EAttribute)modelSpecEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSpec_Beta() {
		return (EAttribute)modelSpecEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getModelSpec_Partitions() {
		return (EReference)modelSpecEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSpec_PairingWeight() {
		return (EAttribute)modelSpecEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSpec_DomainMmdWeight() {
		return (EAttribute)modelSpecEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSpec_CrossReconstructionWeight() {
		return (EAttribute)modelSpecEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPartition() {
		return partitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartition_Name() {
		return (EAttribute)partitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartition_Dimension() {
		return (EAttribute)partitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartition_Role() {
		return (EAttribute)partitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAdversarySpec() {
		return adversarySpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdversarySpec_Watches() {
		return (EReference)adversarySpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdversarySpec_Predicts() {
		return (EAttribute)adversarySpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdversarySpec_HiddenSizes() {
		return (EAttribute)adversarySpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdversarySpec_Lambda() {
		return (EAttribute)adversarySpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdversarySpec_Schedule() {
		return (EAttribute)adversarySpecEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdversarySpec_RampEpochs() {
		return (EAttribute)adversarySpecEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdversarySpec_Formulation() {
		return (EAttribute)adversarySpecEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdversarySpec_AdversarySteps() {
		return (EAttribute)adversarySpecEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdversarySpec_LearningRate() {
		return (EAttribute)adversarySpecEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdversarySpec_Demons() {
		return (EAttribute)adversarySpecEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrainingSpec() {
		return trainingSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_Epochs() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_BatchSize() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_Optimizer() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_LearningRate() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_EvaluationInterval() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_EvaluationUnit() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_CheckpointInterval() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_CheckpointUnit() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_LearningRateDecayStart() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_FinalLearningRateFactor() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnalysisSpec() {
		return analysisSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisSpec_ProbeSamples() {
		return (EAttribute)analysisSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisSpec_Surrogates() {
		return (EAttribute)analysisSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalysisSpec_BootstrapResamples() {
		return (EAttribute)analysisSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnalysisSpec_Estimators() {
		return (EReference)analysisSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEstimatorSpec() {
		return estimatorSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEstimatorSpec_Kind() {
		return (EAttribute)estimatorSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEstimatorSpec_K() {
		return (EAttribute)estimatorSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEstimatorSpec_Bins() {
		return (EAttribute)estimatorSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEstimatorSpec_NoiseVariance() {
		return (EAttribute)estimatorSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRunRecord() {
		return runRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunRecord_RunId() {
		return (EAttribute)runRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunRecord_ExperimentName() {
		return (EAttribute)runRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunRecord_Status() {
		return (EAttribute)runRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunRecord_Created() {
		return (EAttribute)runRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunRecord_Started() {
		return (EAttribute)runRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunRecord_Ended() {
		return (EAttribute)runRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunRecord_Seed() {
		return (EAttribute)runRecordEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunRecord_DatasetFingerprint() {
		return (EAttribute)runRecordEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunRecord_Host() {
		return (EAttribute)runRecordEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunRecord_ProcessId() {
		return (EAttribute)runRecordEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunRecord_MaxwellVersion() {
		return (EAttribute)runRecordEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunRecord_Dl4jVersion() {
		return (EAttribute)runRecordEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunRecord_JavaVersion() {
		return (EAttribute)runRecordEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunRecord_StepsDone() {
		return (EAttribute)runRecordEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunRecord_EpochsDone() {
		return (EAttribute)runRecordEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunRecord_LastCheckpointStep() {
		return (EAttribute)runRecordEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRunRecord_Failure() {
		return (EAttribute)runRecordEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRunStatus() {
		return runStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDatasetKind() {
		return datasetKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNetworkKind() {
		return networkKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLatentType() {
		return latentTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPartitionRole() {
		return partitionRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAdversaryTarget() {
		return adversaryTargetEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLambdaSchedule() {
		return lambdaScheduleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAdversaryFormulation() {
		return adversaryFormulationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOptimizerKind() {
		return optimizerKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIntervalUnit() {
		return intervalUnitEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEstimatorKind() {
		return estimatorKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelFactory getModelFactory() {
		return (ModelFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		experimentEClass = createEClass(EXPERIMENT);
		createEAttribute(experimentEClass, EXPERIMENT__NAME);
		createEAttribute(experimentEClass, EXPERIMENT__DESCRIPTION);
		createEAttribute(experimentEClass, EXPERIMENT__SEED);
		createEReference(experimentEClass, EXPERIMENT__DATA);
		createEReference(experimentEClass, EXPERIMENT__MODEL);
		createEReference(experimentEClass, EXPERIMENT__ADVERSARY);
		createEReference(experimentEClass, EXPERIMENT__TRAINING);
		createEReference(experimentEClass, EXPERIMENT__ANALYSIS);

		datasetSpecEClass = createEClass(DATASET_SPEC);
		createEAttribute(datasetSpecEClass, DATASET_SPEC__KIND);
		createEAttribute(datasetSpecEClass, DATASET_SPEC__IMAGE_SIZE);
		createEAttribute(datasetSpecEClass, DATASET_SPEC__CHANNELS);
		createEReference(datasetSpecEClass, DATASET_SPEC__DOMAINS);
		createEAttribute(datasetSpecEClass, DATASET_SPEC__TRAIN_SIZE);
		createEAttribute(datasetSpecEClass, DATASET_SPEC__PROBE_SIZE);
		createEAttribute(datasetSpecEClass, DATASET_SPEC__DATA_LOCATION);
		createEAttribute(datasetSpecEClass, DATASET_SPEC__CONTENT_LABELS);

		domainEClass = createEClass(DOMAIN);
		createEAttribute(domainEClass, DOMAIN__NAME);
		createEAttribute(domainEClass, DOMAIN__RENDERING);
		createEAttribute(domainEClass, DOMAIN__LOCATION);

		modelSpecEClass = createEClass(MODEL_SPEC);
		createEAttribute(modelSpecEClass, MODEL_SPEC__ENCODER_KIND);
		createEAttribute(modelSpecEClass, MODEL_SPEC__ENCODER_HIDDEN_SIZES);
		createEAttribute(modelSpecEClass, MODEL_SPEC__DECODER_KIND);
		createEAttribute(modelSpecEClass, MODEL_SPEC__DECODER_HIDDEN_SIZES);
		createEAttribute(modelSpecEClass, MODEL_SPEC__LATENT_TYPE);
		createEAttribute(modelSpecEClass, MODEL_SPEC__BETA);
		createEReference(modelSpecEClass, MODEL_SPEC__PARTITIONS);
		createEAttribute(modelSpecEClass, MODEL_SPEC__PAIRING_WEIGHT);
		createEAttribute(modelSpecEClass, MODEL_SPEC__DOMAIN_MMD_WEIGHT);
		createEAttribute(modelSpecEClass, MODEL_SPEC__CROSS_RECONSTRUCTION_WEIGHT);

		partitionEClass = createEClass(PARTITION);
		createEAttribute(partitionEClass, PARTITION__NAME);
		createEAttribute(partitionEClass, PARTITION__DIMENSION);
		createEAttribute(partitionEClass, PARTITION__ROLE);

		adversarySpecEClass = createEClass(ADVERSARY_SPEC);
		createEReference(adversarySpecEClass, ADVERSARY_SPEC__WATCHES);
		createEAttribute(adversarySpecEClass, ADVERSARY_SPEC__PREDICTS);
		createEAttribute(adversarySpecEClass, ADVERSARY_SPEC__HIDDEN_SIZES);
		createEAttribute(adversarySpecEClass, ADVERSARY_SPEC__LAMBDA);
		createEAttribute(adversarySpecEClass, ADVERSARY_SPEC__SCHEDULE);
		createEAttribute(adversarySpecEClass, ADVERSARY_SPEC__RAMP_EPOCHS);
		createEAttribute(adversarySpecEClass, ADVERSARY_SPEC__FORMULATION);
		createEAttribute(adversarySpecEClass, ADVERSARY_SPEC__ADVERSARY_STEPS);
		createEAttribute(adversarySpecEClass, ADVERSARY_SPEC__LEARNING_RATE);
		createEAttribute(adversarySpecEClass, ADVERSARY_SPEC__DEMONS);

		trainingSpecEClass = createEClass(TRAINING_SPEC);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__EPOCHS);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__BATCH_SIZE);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__OPTIMIZER);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__LEARNING_RATE);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__EVALUATION_INTERVAL);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__EVALUATION_UNIT);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__CHECKPOINT_INTERVAL);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__CHECKPOINT_UNIT);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__LEARNING_RATE_DECAY_START);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__FINAL_LEARNING_RATE_FACTOR);

		analysisSpecEClass = createEClass(ANALYSIS_SPEC);
		createEAttribute(analysisSpecEClass, ANALYSIS_SPEC__PROBE_SAMPLES);
		createEAttribute(analysisSpecEClass, ANALYSIS_SPEC__SURROGATES);
		createEAttribute(analysisSpecEClass, ANALYSIS_SPEC__BOOTSTRAP_RESAMPLES);
		createEReference(analysisSpecEClass, ANALYSIS_SPEC__ESTIMATORS);

		estimatorSpecEClass = createEClass(ESTIMATOR_SPEC);
		createEAttribute(estimatorSpecEClass, ESTIMATOR_SPEC__KIND);
		createEAttribute(estimatorSpecEClass, ESTIMATOR_SPEC__K);
		createEAttribute(estimatorSpecEClass, ESTIMATOR_SPEC__BINS);
		createEAttribute(estimatorSpecEClass, ESTIMATOR_SPEC__NOISE_VARIANCE);

		runRecordEClass = createEClass(RUN_RECORD);
		createEAttribute(runRecordEClass, RUN_RECORD__RUN_ID);
		createEAttribute(runRecordEClass, RUN_RECORD__EXPERIMENT_NAME);
		createEAttribute(runRecordEClass, RUN_RECORD__STATUS);
		createEAttribute(runRecordEClass, RUN_RECORD__CREATED);
		createEAttribute(runRecordEClass, RUN_RECORD__STARTED);
		createEAttribute(runRecordEClass, RUN_RECORD__ENDED);
		createEAttribute(runRecordEClass, RUN_RECORD__SEED);
		createEAttribute(runRecordEClass, RUN_RECORD__DATASET_FINGERPRINT);
		createEAttribute(runRecordEClass, RUN_RECORD__HOST);
		createEAttribute(runRecordEClass, RUN_RECORD__PROCESS_ID);
		createEAttribute(runRecordEClass, RUN_RECORD__MAXWELL_VERSION);
		createEAttribute(runRecordEClass, RUN_RECORD__DL4J_VERSION);
		createEAttribute(runRecordEClass, RUN_RECORD__JAVA_VERSION);
		createEAttribute(runRecordEClass, RUN_RECORD__STEPS_DONE);
		createEAttribute(runRecordEClass, RUN_RECORD__EPOCHS_DONE);
		createEAttribute(runRecordEClass, RUN_RECORD__LAST_CHECKPOINT_STEP);
		createEAttribute(runRecordEClass, RUN_RECORD__FAILURE);

		// Create enums
		runStatusEEnum = createEEnum(RUN_STATUS);
		datasetKindEEnum = createEEnum(DATASET_KIND);
		networkKindEEnum = createEEnum(NETWORK_KIND);
		latentTypeEEnum = createEEnum(LATENT_TYPE);
		partitionRoleEEnum = createEEnum(PARTITION_ROLE);
		adversaryTargetEEnum = createEEnum(ADVERSARY_TARGET);
		lambdaScheduleEEnum = createEEnum(LAMBDA_SCHEDULE);
		adversaryFormulationEEnum = createEEnum(ADVERSARY_FORMULATION);
		optimizerKindEEnum = createEEnum(OPTIMIZER_KIND);
		intervalUnitEEnum = createEEnum(INTERVAL_UNIT);
		estimatorKindEEnum = createEEnum(ESTIMATOR_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes and features; add operations and parameters
		initEClass(experimentEClass, Experiment.class, "Experiment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExperiment_Name(), ecorePackage.getEString(), "name", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_Description(), ecorePackage.getEString(), "description", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_Seed(), ecorePackage.getELong(), "seed", "42", 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Data(), this.getDatasetSpec(), null, "data", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Model(), this.getModelSpec(), null, "model", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Adversary(), this.getAdversarySpec(), null, "adversary", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Training(), this.getTrainingSpec(), null, "training", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Analysis(), this.getAnalysisSpec(), null, "analysis", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(datasetSpecEClass, DatasetSpec.class, "DatasetSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDatasetSpec_Kind(), this.getDatasetKind(), "kind", null, 0, 1, DatasetSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetSpec_ImageSize(), ecorePackage.getEInt(), "imageSize", "32", 0, 1, DatasetSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetSpec_Channels(), ecorePackage.getEInt(), "channels", "3", 0, 1, DatasetSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDatasetSpec_Domains(), this.getDomain(), null, "domains", null, 0, -1, DatasetSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetSpec_TrainSize(), ecorePackage.getEInt(), "trainSize", null, 0, 1, DatasetSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetSpec_ProbeSize(), ecorePackage.getEInt(), "probeSize", null, 0, 1, DatasetSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetSpec_DataLocation(), ecorePackage.getEString(), "dataLocation", null, 0, 1, DatasetSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetSpec_ContentLabels(), ecorePackage.getEString(), "contentLabels", null, 0, 1, DatasetSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(domainEClass, Domain.class, "Domain", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDomain_Name(), ecorePackage.getEString(), "name", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Rendering(), ecorePackage.getEString(), "rendering", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Location(), ecorePackage.getEString(), "location", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(modelSpecEClass, ModelSpec.class, "ModelSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getModelSpec_EncoderKind(), this.getNetworkKind(), "encoderKind", null, 0, 1, ModelSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelSpec_EncoderHiddenSizes(), ecorePackage.getEInt(), "encoderHiddenSizes", null, 0, -1, ModelSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelSpec_DecoderKind(), this.getNetworkKind(), "decoderKind", null, 0, 1, ModelSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelSpec_DecoderHiddenSizes(), ecorePackage.getEInt(), "decoderHiddenSizes", null, 0, -1, ModelSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelSpec_LatentType(), this.getLatentType(), "latentType", null, 0, 1, ModelSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelSpec_Beta(), ecorePackage.getEDouble(), "beta", "1.0", 0, 1, ModelSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getModelSpec_Partitions(), this.getPartition(), null, "partitions", null, 0, -1, ModelSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelSpec_PairingWeight(), ecorePackage.getEDouble(), "pairingWeight", "0.0", 0, 1, ModelSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelSpec_DomainMmdWeight(), ecorePackage.getEDouble(), "domainMmdWeight", "0.0", 0, 1, ModelSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelSpec_CrossReconstructionWeight(), ecorePackage.getEDouble(), "crossReconstructionWeight", "0.0", 0, 1, ModelSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(partitionEClass, Partition.class, "Partition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPartition_Name(), ecorePackage.getEString(), "name", null, 0, 1, Partition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartition_Dimension(), ecorePackage.getEInt(), "dimension", null, 0, 1, Partition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartition_Role(), this.getPartitionRole(), "role", null, 0, 1, Partition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(adversarySpecEClass, AdversarySpec.class, "AdversarySpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAdversarySpec_Watches(), this.getPartition(), null, "watches", null, 0, 1, AdversarySpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdversarySpec_Predicts(), this.getAdversaryTarget(), "predicts", null, 0, 1, AdversarySpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdversarySpec_HiddenSizes(), ecorePackage.getEInt(), "hiddenSizes", null, 0, -1, AdversarySpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdversarySpec_Lambda(), ecorePackage.getEDouble(), "lambda", "10.0", 0, 1, AdversarySpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdversarySpec_Schedule(), this.getLambdaSchedule(), "schedule", null, 0, 1, AdversarySpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdversarySpec_RampEpochs(), ecorePackage.getEDouble(), "rampEpochs", "1.0", 0, 1, AdversarySpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdversarySpec_Formulation(), this.getAdversaryFormulation(), "formulation", null, 0, 1, AdversarySpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdversarySpec_AdversarySteps(), ecorePackage.getEInt(), "adversarySteps", "1", 0, 1, AdversarySpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdversarySpec_LearningRate(), ecorePackage.getEDouble(), "learningRate", "0.001", 0, 1, AdversarySpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdversarySpec_Demons(), ecorePackage.getEInt(), "demons", "1", 0, 1, AdversarySpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trainingSpecEClass, TrainingSpec.class, "TrainingSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrainingSpec_Epochs(), ecorePackage.getEInt(), "epochs", null, 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_BatchSize(), ecorePackage.getEInt(), "batchSize", null, 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_Optimizer(), this.getOptimizerKind(), "optimizer", null, 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_LearningRate(), ecorePackage.getEDouble(), "learningRate", null, 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_EvaluationInterval(), ecorePackage.getEInt(), "evaluationInterval", null, 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_EvaluationUnit(), this.getIntervalUnit(), "evaluationUnit", null, 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_CheckpointInterval(), ecorePackage.getEInt(), "checkpointInterval", null, 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_CheckpointUnit(), this.getIntervalUnit(), "checkpointUnit", null, 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_LearningRateDecayStart(), ecorePackage.getEDouble(), "learningRateDecayStart", "1.0", 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_FinalLearningRateFactor(), ecorePackage.getEDouble(), "finalLearningRateFactor", "0.05", 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(analysisSpecEClass, AnalysisSpec.class, "AnalysisSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnalysisSpec_ProbeSamples(), ecorePackage.getEInt(), "probeSamples", null, 0, 1, AnalysisSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysisSpec_Surrogates(), ecorePackage.getEInt(), "surrogates", "20", 0, 1, AnalysisSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalysisSpec_BootstrapResamples(), ecorePackage.getEInt(), "bootstrapResamples", "100", 0, 1, AnalysisSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnalysisSpec_Estimators(), this.getEstimatorSpec(), null, "estimators", null, 0, -1, AnalysisSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(estimatorSpecEClass, EstimatorSpec.class, "EstimatorSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEstimatorSpec_Kind(), this.getEstimatorKind(), "kind", null, 0, 1, EstimatorSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEstimatorSpec_K(), ecorePackage.getEInt(), "k", "3", 0, 1, EstimatorSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEstimatorSpec_Bins(), ecorePackage.getEInt(), "bins", "30", 0, 1, EstimatorSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEstimatorSpec_NoiseVariance(), ecorePackage.getEDouble(), "noiseVariance", "0.1", 0, 1, EstimatorSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(runRecordEClass, RunRecord.class, "RunRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRunRecord_RunId(), ecorePackage.getEString(), "runId", null, 0, 1, RunRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunRecord_ExperimentName(), ecorePackage.getEString(), "experimentName", null, 0, 1, RunRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunRecord_Status(), this.getRunStatus(), "status", null, 0, 1, RunRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunRecord_Created(), ecorePackage.getEDate(), "created", null, 0, 1, RunRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunRecord_Started(), ecorePackage.getEDate(), "started", null, 0, 1, RunRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunRecord_Ended(), ecorePackage.getEDate(), "ended", null, 0, 1, RunRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunRecord_Seed(), ecorePackage.getELong(), "seed", null, 0, 1, RunRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunRecord_DatasetFingerprint(), ecorePackage.getEString(), "datasetFingerprint", null, 0, 1, RunRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunRecord_Host(), ecorePackage.getEString(), "host", null, 0, 1, RunRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunRecord_ProcessId(), ecorePackage.getELong(), "processId", null, 0, 1, RunRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunRecord_MaxwellVersion(), ecorePackage.getEString(), "maxwellVersion", null, 0, 1, RunRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunRecord_Dl4jVersion(), ecorePackage.getEString(), "dl4jVersion", null, 0, 1, RunRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunRecord_JavaVersion(), ecorePackage.getEString(), "javaVersion", null, 0, 1, RunRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunRecord_StepsDone(), ecorePackage.getELong(), "stepsDone", null, 0, 1, RunRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunRecord_EpochsDone(), ecorePackage.getEDouble(), "epochsDone", null, 0, 1, RunRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunRecord_LastCheckpointStep(), ecorePackage.getELong(), "lastCheckpointStep", "-1", 0, 1, RunRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRunRecord_Failure(), ecorePackage.getEString(), "failure", null, 0, 1, RunRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(runStatusEEnum, RunStatus.class, "RunStatus");
		addEEnumLiteral(runStatusEEnum, RunStatus.CREATED);
		addEEnumLiteral(runStatusEEnum, RunStatus.RUNNING);
		addEEnumLiteral(runStatusEEnum, RunStatus.FINISHED);
		addEEnumLiteral(runStatusEEnum, RunStatus.FAILED);
		addEEnumLiteral(runStatusEEnum, RunStatus.INTERRUPTED);
		addEEnumLiteral(runStatusEEnum, RunStatus.CANCELLED);

		initEEnum(datasetKindEEnum, DatasetKind.class, "DatasetKind");
		addEEnumLiteral(datasetKindEEnum, DatasetKind.SYNTHETIC_MAP_TILES);
		addEEnumLiteral(datasetKindEEnum, DatasetKind.FASHION_MNIST);
		addEEnumLiteral(datasetKindEEnum, DatasetKind.TILE_SOURCES);

		initEEnum(networkKindEEnum, NetworkKind.class, "NetworkKind");
		addEEnumLiteral(networkKindEEnum, NetworkKind.MLP);
		addEEnumLiteral(networkKindEEnum, NetworkKind.CONV);

		initEEnum(latentTypeEEnum, LatentType.class, "LatentType");
		addEEnumLiteral(latentTypeEEnum, LatentType.GAUSSIAN);
		addEEnumLiteral(latentTypeEEnum, LatentType.DETERMINISTIC);

		initEEnum(partitionRoleEEnum, PartitionRole.class, "PartitionRole");
		addEEnumLiteral(partitionRoleEEnum, PartitionRole.CONTENT);
		addEEnumLiteral(partitionRoleEEnum, PartitionRole.STYLE);
		addEEnumLiteral(partitionRoleEEnum, PartitionRole.NUISANCE);

		initEEnum(adversaryTargetEEnum, AdversaryTarget.class, "AdversaryTarget");
		addEEnumLiteral(adversaryTargetEEnum, AdversaryTarget.DOMAIN);
		addEEnumLiteral(adversaryTargetEEnum, AdversaryTarget.CONTENT);

		initEEnum(lambdaScheduleEEnum, LambdaSchedule.class, "LambdaSchedule");
		addEEnumLiteral(lambdaScheduleEEnum, LambdaSchedule.CONSTANT);
		addEEnumLiteral(lambdaScheduleEEnum, LambdaSchedule.LINEAR_WARMUP);
		addEEnumLiteral(lambdaScheduleEEnum, LambdaSchedule.SIGMOID_RAMP);

		initEEnum(adversaryFormulationEEnum, AdversaryFormulation.class, "AdversaryFormulation");
		addEEnumLiteral(adversaryFormulationEEnum, AdversaryFormulation.BIVAE_SINGLE_OBJECTIVE);
		addEEnumLiteral(adversaryFormulationEEnum, AdversaryFormulation.ALTERNATING_MIN_MAX);
		addEEnumLiteral(adversaryFormulationEEnum, AdversaryFormulation.GRADIENT_REVERSAL);

		initEEnum(optimizerKindEEnum, OptimizerKind.class, "OptimizerKind");
		addEEnumLiteral(optimizerKindEEnum, OptimizerKind.ADAM);
		addEEnumLiteral(optimizerKindEEnum, OptimizerKind.SGD);
		addEEnumLiteral(optimizerKindEEnum, OptimizerKind.RMSPROP);

		initEEnum(intervalUnitEEnum, IntervalUnit.class, "IntervalUnit");
		addEEnumLiteral(intervalUnitEEnum, IntervalUnit.EPOCH);
		addEEnumLiteral(intervalUnitEEnum, IntervalUnit.STEP);

		initEEnum(estimatorKindEEnum, EstimatorKind.class, "EstimatorKind");
		addEEnumLiteral(estimatorKindEEnum, EstimatorKind.KSG);
		addEEnumLiteral(estimatorKindEEnum, EstimatorKind.ROSS);
		addEEnumLiteral(estimatorKindEEnum, EstimatorKind.MIXTURE_BOUNDS);
		addEEnumLiteral(estimatorKindEEnum, EstimatorKind.BINNING);
		addEEnumLiteral(estimatorKindEEnum, EstimatorKind.GAUSSIAN);
		addEEnumLiteral(estimatorKindEEnum, EstimatorKind.PROBE);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/Ecore
		createEcoreAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/Ecore</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createEcoreAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/Ecore";
		addAnnotation
		  (experimentEClass,
		   source,
		   new String[] {
			   "constraints", "hasName hasAllSections"
		   });
		addAnnotation
		  (datasetSpecEClass,
		   source,
		   new String[] {
			   "constraints", "imageSizeInRange channelsSupported enoughDomains domainNamesUnique setSizesPositive"
		   });
		addAnnotation
		  (domainEClass,
		   source,
		   new String[] {
			   "constraints", "hasName hasRendering tileSourceHasLocation"
		   });
		addAnnotation
		  (modelSpecEClass,
		   source,
		   new String[] {
			   "constraints", "hiddenSizesPositive betaUsable enoughPartitions partitionNamesUnique hasContentPartition pairingWeightNotNegative domainMmdWeightNotNegative crossReconstructionWeightNotNegative crossReconstructionHasAStylePartition"
		   });
		addAnnotation
		  (partitionEClass,
		   source,
		   new String[] {
			   "constraints", "hasName dimensionPositive"
		   });
		addAnnotation
		  (adversarySpecEClass,
		   source,
		   new String[] {
			   "constraints", "watchesExistingPartition lambdaNotNegative rampPositive stepsPositive learningRatePositive hiddenSizesPositive demonsInRange"
		   });
		addAnnotation
		  (trainingSpecEClass,
		   source,
		   new String[] {
			   "constraints", "epochsPositive batchSizeFits learningRatePositive intervalsPositive learningRateDecayInRange"
		   });
		addAnnotation
		  (analysisSpecEClass,
		   source,
		   new String[] {
			   "constraints", "probeSamplesFit countsNotNegative hasEstimators"
		   });
		addAnnotation
		  (estimatorSpecEClass,
		   source,
		   new String[] {
			   "constraints", "parametersInRange"
		   });
	}

} //ModelPackageImpl
