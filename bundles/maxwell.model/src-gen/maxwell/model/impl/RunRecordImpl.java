/**
 */
package maxwell.model.impl;

import java.util.Date;

import maxwell.model.ModelPackage;
import maxwell.model.RunRecord;
import maxwell.model.RunStatus;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Run Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link maxwell.model.impl.RunRecordImpl#getRunId <em>Run Id</em>}</li>
 *   <li>{@link maxwell.model.impl.RunRecordImpl#getExperimentName <em>Experiment Name</em>}</li>
 *   <li>{@link maxwell.model.impl.RunRecordImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link maxwell.model.impl.RunRecordImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link maxwell.model.impl.RunRecordImpl#getStarted <em>Started</em>}</li>
 *   <li>{@link maxwell.model.impl.RunRecordImpl#getEnded <em>Ended</em>}</li>
 *   <li>{@link maxwell.model.impl.RunRecordImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link maxwell.model.impl.RunRecordImpl#getDatasetFingerprint <em>Dataset Fingerprint</em>}</li>
 *   <li>{@link maxwell.model.impl.RunRecordImpl#getHost <em>Host</em>}</li>
 *   <li>{@link maxwell.model.impl.RunRecordImpl#getProcessId <em>Process Id</em>}</li>
 *   <li>{@link maxwell.model.impl.RunRecordImpl#getMaxwellVersion <em>Maxwell Version</em>}</li>
 *   <li>{@link maxwell.model.impl.RunRecordImpl#getDl4jVersion <em>Dl4j Version</em>}</li>
 *   <li>{@link maxwell.model.impl.RunRecordImpl#getJavaVersion <em>Java Version</em>}</li>
 *   <li>{@link maxwell.model.impl.RunRecordImpl#getStepsDone <em>Steps Done</em>}</li>
 *   <li>{@link maxwell.model.impl.RunRecordImpl#getEpochsDone <em>Epochs Done</em>}</li>
 *   <li>{@link maxwell.model.impl.RunRecordImpl#getLastCheckpointStep <em>Last Checkpoint Step</em>}</li>
 *   <li>{@link maxwell.model.impl.RunRecordImpl#getFailure <em>Failure</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RunRecordImpl extends EObjectImpl implements RunRecord {
	/**
	 * The default value of the '{@link #getRunId() <em>Run Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunId()
	 * @generated
	 * @ordered
	 */
	protected static final String RUN_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRunId() <em>Run Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunId()
	 * @generated
	 * @ordered
	 */
	protected String runId = RUN_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getExperimentName() <em>Experiment Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperimentName()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPERIMENT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExperimentName() <em>Experiment Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperimentName()
	 * @generated
	 * @ordered
	 */
	protected String experimentName = EXPERIMENT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final RunStatus STATUS_EDEFAULT = RunStatus.CREATED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected RunStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected Date created = CREATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getStarted() <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarted()
	 * @generated
	 * @ordered
	 */
	protected static final Date STARTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStarted() <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarted()
	 * @generated
	 * @ordered
	 */
	protected Date started = STARTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnded() <em>Ended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnded()
	 * @generated
	 * @ordered
	 */
	protected static final Date ENDED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnded() <em>Ended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnded()
	 * @generated
	 * @ordered
	 */
	protected Date ended = ENDED_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The default value of the '{@link #getDatasetFingerprint() <em>Dataset Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatasetFingerprint()
	 * @generated
	 * @ordered
	 */
	protected static final String DATASET_FINGERPRINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDatasetFingerprint() <em>Dataset Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatasetFingerprint()
	 * @generated
	 * @ordered
	 */
	protected String datasetFingerprint = DATASET_FINGERPRINT_EDEFAULT;

	/**
	 * The default value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected static final String HOST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected String host = HOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getProcessId() <em>Process Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessId()
	 * @generated
	 * @ordered
	 */
	protected static final long PROCESS_ID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getProcessId() <em>Process Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessId()
	 * @generated
	 * @ordered
	 */
	protected long processId = PROCESS_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxwellVersion() <em>Maxwell Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxwellVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String MAXWELL_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxwellVersion() <em>Maxwell Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxwellVersion()
	 * @generated
	 * @ordered
	 */
	protected String maxwellVersion = MAXWELL_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDl4jVersion() <em>Dl4j Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDl4jVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String DL4J_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDl4jVersion() <em>Dl4j Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDl4jVersion()
	 * @generated
	 * @ordered
	 */
	protected String dl4jVersion = DL4J_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getJavaVersion() <em>Java Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJavaVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String JAVA_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJavaVersion() <em>Java Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJavaVersion()
	 * @generated
	 * @ordered
	 */
	protected String javaVersion = JAVA_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStepsDone() <em>Steps Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepsDone()
	 * @generated
	 * @ordered
	 */
	protected static final long STEPS_DONE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStepsDone() <em>Steps Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepsDone()
	 * @generated
	 * @ordered
	 */
	protected long stepsDone = STEPS_DONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEpochsDone() <em>Epochs Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochsDone()
	 * @generated
	 * @ordered
	 */
	protected static final double EPOCHS_DONE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getEpochsDone() <em>Epochs Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochsDone()
	 * @generated
	 * @ordered
	 */
	protected double epochsDone = EPOCHS_DONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastCheckpointStep() <em>Last Checkpoint Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastCheckpointStep()
	 * @generated
	 * @ordered
	 */
	protected static final long LAST_CHECKPOINT_STEP_EDEFAULT = -1L;

	/**
	 * The cached value of the '{@link #getLastCheckpointStep() <em>Last Checkpoint Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastCheckpointStep()
	 * @generated
	 * @ordered
	 */
	protected long lastCheckpointStep = LAST_CHECKPOINT_STEP_EDEFAULT;

	/**
	 * The default value of the '{@link #getFailure() <em>Failure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailure()
	 * @generated
	 * @ordered
	 */
	protected static final String FAILURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFailure() <em>Failure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailure()
	 * @generated
	 * @ordered
	 */
	protected String failure = FAILURE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RunRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.RUN_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRunId() {
		return runId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRunId(String newRunId) {
		String oldRunId = runId;
		runId = newRunId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RUN_RECORD__RUN_ID, oldRunId, runId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExperimentName() {
		return experimentName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExperimentName(String newExperimentName) {
		String oldExperimentName = experimentName;
		experimentName = newExperimentName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RUN_RECORD__EXPERIMENT_NAME, oldExperimentName, experimentName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(RunStatus newStatus) {
		RunStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RUN_RECORD__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Date newCreated) {
		Date oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RUN_RECORD__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStarted() {
		return started;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStarted(Date newStarted) {
		Date oldStarted = started;
		started = newStarted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RUN_RECORD__STARTED, oldStarted, started));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEnded() {
		return ended;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnded(Date newEnded) {
		Date oldEnded = ended;
		ended = newEnded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RUN_RECORD__ENDED, oldEnded, ended));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RUN_RECORD__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDatasetFingerprint() {
		return datasetFingerprint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDatasetFingerprint(String newDatasetFingerprint) {
		String oldDatasetFingerprint = datasetFingerprint;
		datasetFingerprint = newDatasetFingerprint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RUN_RECORD__DATASET_FINGERPRINT, oldDatasetFingerprint, datasetFingerprint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(String newHost) {
		String oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RUN_RECORD__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getProcessId() {
		return processId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProcessId(long newProcessId) {
		long oldProcessId = processId;
		processId = newProcessId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RUN_RECORD__PROCESS_ID, oldProcessId, processId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMaxwellVersion() {
		return maxwellVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxwellVersion(String newMaxwellVersion) {
		String oldMaxwellVersion = maxwellVersion;
		maxwellVersion = newMaxwellVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RUN_RECORD__MAXWELL_VERSION, oldMaxwellVersion, maxwellVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDl4jVersion() {
		return dl4jVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDl4jVersion(String newDl4jVersion) {
		String oldDl4jVersion = dl4jVersion;
		dl4jVersion = newDl4jVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RUN_RECORD__DL4J_VERSION, oldDl4jVersion, dl4jVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJavaVersion() {
		return javaVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJavaVersion(String newJavaVersion) {
		String oldJavaVersion = javaVersion;
		javaVersion = newJavaVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RUN_RECORD__JAVA_VERSION, oldJavaVersion, javaVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStepsDone() {
		return stepsDone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStepsDone(long newStepsDone) {
		long oldStepsDone = stepsDone;
		stepsDone = newStepsDone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RUN_RECORD__STEPS_DONE, oldStepsDone, stepsDone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEpochsDone() {
		return epochsDone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpochsDone(double newEpochsDone) {
		double oldEpochsDone = epochsDone;
		epochsDone = newEpochsDone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RUN_RECORD__EPOCHS_DONE, oldEpochsDone, epochsDone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getLastCheckpointStep() {
		return lastCheckpointStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastCheckpointStep(long newLastCheckpointStep) {
		long oldLastCheckpointStep = lastCheckpointStep;
		lastCheckpointStep = newLastCheckpointStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RUN_RECORD__LAST_CHECKPOINT_STEP, oldLastCheckpointStep, lastCheckpointStep));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFailure() {
		return failure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailure(String newFailure) {
		String oldFailure = failure;
		failure = newFailure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RUN_RECORD__FAILURE, oldFailure, failure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.RUN_RECORD__RUN_ID:
				return getRunId();
			case ModelPackage.RUN_RECORD__EXPERIMENT_NAME:
				return getExperimentName();
			case ModelPackage.RUN_RECORD__STATUS:
				return getStatus();
			case ModelPackage.RUN_RECORD__CREATED:
				return getCreated();
			case ModelPackage.RUN_RECORD__STARTED:
				return getStarted();
			case ModelPackage.RUN_RECORD__ENDED:
				return getEnded();
			case ModelPackage.RUN_RECORD__SEED:
				return getSeed();
			case ModelPackage.RUN_RECORD__DATASET_FINGERPRINT:
				return getDatasetFingerprint();
			case ModelPackage.RUN_RECORD__HOST:
				return getHost();
			case ModelPackage.RUN_RECORD__PROCESS_ID:
				return getProcessId();
			case ModelPackage.RUN_RECORD__MAXWELL_VERSION:
				return getMaxwellVersion();
			case ModelPackage.RUN_RECORD__DL4J_VERSION:
				return getDl4jVersion();
			case ModelPackage.RUN_RECORD__JAVA_VERSION:
				return getJavaVersion();
			case ModelPackage.RUN_RECORD__STEPS_DONE:
				return getStepsDone();
			case ModelPackage.RUN_RECORD__EPOCHS_DONE:
				return getEpochsDone();
			case ModelPackage.RUN_RECORD__LAST_CHECKPOINT_STEP:
				return getLastCheckpointStep();
			case ModelPackage.RUN_RECORD__FAILURE:
				return getFailure();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.RUN_RECORD__RUN_ID:
				setRunId((String)newValue);
				return;
			case ModelPackage.RUN_RECORD__EXPERIMENT_NAME:
				setExperimentName((String)newValue);
				return;
			case ModelPackage.RUN_RECORD__STATUS:
				setStatus((RunStatus)newValue);
				return;
			case ModelPackage.RUN_RECORD__CREATED:
				setCreated((Date)newValue);
				return;
			case ModelPackage.RUN_RECORD__STARTED:
				setStarted((Date)newValue);
				return;
			case ModelPackage.RUN_RECORD__ENDED:
				setEnded((Date)newValue);
				return;
			case ModelPackage.RUN_RECORD__SEED:
				setSeed((Long)newValue);
				return;
			case ModelPackage.RUN_RECORD__DATASET_FINGERPRINT:
				setDatasetFingerprint((String)newValue);
				return;
			case ModelPackage.RUN_RECORD__HOST:
				setHost((String)newValue);
				return;
			case ModelPackage.RUN_RECORD__PROCESS_ID:
				setProcessId((Long)newValue);
				return;
			case ModelPackage.RUN_RECORD__MAXWELL_VERSION:
				setMaxwellVersion((String)newValue);
				return;
			case ModelPackage.RUN_RECORD__DL4J_VERSION:
				setDl4jVersion((String)newValue);
				return;
			case ModelPackage.RUN_RECORD__JAVA_VERSION:
				setJavaVersion((String)newValue);
				return;
			case ModelPackage.RUN_RECORD__STEPS_DONE:
				setStepsDone((Long)newValue);
				return;
			case ModelPackage.RUN_RECORD__EPOCHS_DONE:
				setEpochsDone((Double)newValue);
				return;
			case ModelPackage.RUN_RECORD__LAST_CHECKPOINT_STEP:
				setLastCheckpointStep((Long)newValue);
				return;
			case ModelPackage.RUN_RECORD__FAILURE:
				setFailure((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.RUN_RECORD__RUN_ID:
				setRunId(RUN_ID_EDEFAULT);
				return;
			case ModelPackage.RUN_RECORD__EXPERIMENT_NAME:
				setExperimentName(EXPERIMENT_NAME_EDEFAULT);
				return;
			case ModelPackage.RUN_RECORD__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ModelPackage.RUN_RECORD__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case ModelPackage.RUN_RECORD__STARTED:
				setStarted(STARTED_EDEFAULT);
				return;
			case ModelPackage.RUN_RECORD__ENDED:
				setEnded(ENDED_EDEFAULT);
				return;
			case ModelPackage.RUN_RECORD__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case ModelPackage.RUN_RECORD__DATASET_FINGERPRINT:
				setDatasetFingerprint(DATASET_FINGERPRINT_EDEFAULT);
				return;
			case ModelPackage.RUN_RECORD__HOST:
				setHost(HOST_EDEFAULT);
				return;
			case ModelPackage.RUN_RECORD__PROCESS_ID:
				setProcessId(PROCESS_ID_EDEFAULT);
				return;
			case ModelPackage.RUN_RECORD__MAXWELL_VERSION:
				setMaxwellVersion(MAXWELL_VERSION_EDEFAULT);
				return;
			case ModelPackage.RUN_RECORD__DL4J_VERSION:
				setDl4jVersion(DL4J_VERSION_EDEFAULT);
				return;
			case ModelPackage.RUN_RECORD__JAVA_VERSION:
				setJavaVersion(JAVA_VERSION_EDEFAULT);
				return;
			case ModelPackage.RUN_RECORD__STEPS_DONE:
				setStepsDone(STEPS_DONE_EDEFAULT);
				return;
			case ModelPackage.RUN_RECORD__EPOCHS_DONE:
				setEpochsDone(EPOCHS_DONE_EDEFAULT);
				return;
			case ModelPackage.RUN_RECORD__LAST_CHECKPOINT_STEP:
				setLastCheckpointStep(LAST_CHECKPOINT_STEP_EDEFAULT);
				return;
			case ModelPackage.RUN_RECORD__FAILURE:
				setFailure(FAILURE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.RUN_RECORD__RUN_ID:
				return RUN_ID_EDEFAULT == null ? runId != null : !RUN_ID_EDEFAULT.equals(runId);
			case ModelPackage.RUN_RECORD__EXPERIMENT_NAME:
				return EXPERIMENT_NAME_EDEFAULT == null ? experimentName != null : !EXPERIMENT_NAME_EDEFAULT.equals(experimentName);
			case ModelPackage.RUN_RECORD__STATUS:
				return status != STATUS_EDEFAULT;
			case ModelPackage.RUN_RECORD__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case ModelPackage.RUN_RECORD__STARTED:
				return STARTED_EDEFAULT == null ? started != null : !STARTED_EDEFAULT.equals(started);
			case ModelPackage.RUN_RECORD__ENDED:
				return ENDED_EDEFAULT == null ? ended != null : !ENDED_EDEFAULT.equals(ended);
			case ModelPackage.RUN_RECORD__SEED:
				return seed != SEED_EDEFAULT;
			case ModelPackage.RUN_RECORD__DATASET_FINGERPRINT:
				return DATASET_FINGERPRINT_EDEFAULT == null ? datasetFingerprint != null : !DATASET_FINGERPRINT_EDEFAULT.equals(datasetFingerprint);
			case ModelPackage.RUN_RECORD__HOST:
				return HOST_EDEFAULT == null ? host != null : !HOST_EDEFAULT.equals(host);
			case ModelPackage.RUN_RECORD__PROCESS_ID:
				return processId != PROCESS_ID_EDEFAULT;
			case ModelPackage.RUN_RECORD__MAXWELL_VERSION:
				return MAXWELL_VERSION_EDEFAULT == null ? maxwellVersion != null : !MAXWELL_VERSION_EDEFAULT.equals(maxwellVersion);
			case ModelPackage.RUN_RECORD__DL4J_VERSION:
				return DL4J_VERSION_EDEFAULT == null ? dl4jVersion != null : !DL4J_VERSION_EDEFAULT.equals(dl4jVersion);
			case ModelPackage.RUN_RECORD__JAVA_VERSION:
				return JAVA_VERSION_EDEFAULT == null ? javaVersion != null : !JAVA_VERSION_EDEFAULT.equals(javaVersion);
			case ModelPackage.RUN_RECORD__STEPS_DONE:
				return stepsDone != STEPS_DONE_EDEFAULT;
			case ModelPackage.RUN_RECORD__EPOCHS_DONE:
				return epochsDone != EPOCHS_DONE_EDEFAULT;
			case ModelPackage.RUN_RECORD__LAST_CHECKPOINT_STEP:
				return lastCheckpointStep != LAST_CHECKPOINT_STEP_EDEFAULT;
			case ModelPackage.RUN_RECORD__FAILURE:
				return FAILURE_EDEFAULT == null ? failure != null : !FAILURE_EDEFAULT.equals(failure);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (runId: ");
		result.append(runId);
		result.append(", experimentName: ");
		result.append(experimentName);
		result.append(", status: ");
		result.append(status);
		result.append(", created: ");
		result.append(created);
		result.append(", started: ");
		result.append(started);
		result.append(", ended: ");
		result.append(ended);
		result.append(", seed: ");
		result.append(seed);
		result.append(", datasetFingerprint: ");
		result.append(datasetFingerprint);
		result.append(", host: ");
		result.append(host);
		result.append(", processId: ");
		result.append(processId);
		result.append(", maxwellVersion: ");
		result.append(maxwellVersion);
		result.append(", dl4jVersion: ");
		result.append(dl4jVersion);
		result.append(", javaVersion: ");
		result.append(javaVersion);
		result.append(", stepsDone: ");
		result.append(stepsDone);
		result.append(", epochsDone: ");
		result.append(epochsDone);
		result.append(", lastCheckpointStep: ");
		result.append(lastCheckpointStep);
		result.append(", failure: ");
		result.append(failure);
		result.append(')');
		return result.toString();
	}

} //RunRecordImpl
