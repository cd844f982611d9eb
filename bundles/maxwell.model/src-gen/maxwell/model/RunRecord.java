/**
 */
package maxwell.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Run Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a run is and was: its status, when it ran, where, with which versions, seed and data. Stored as run.record next to the run's copy of the experiment.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link maxwell.model.RunRecord#getRunId <em>Run Id</em>}</li>
 *   <li>{@link maxwell.model.RunRecord#getExperimentName <em>Experiment Name</em>}</li>
 *   <li>{@link maxwell.model.RunRecord#getStatus <em>Status</em>}</li>
 *   <li>{@link maxwell.model.RunRecord#getCreated <em>Created</em>}</li>
 *   <li>{@link maxwell.model.RunRecord#getStarted <em>Started</em>}</li>
 *   <li>{@link maxwell.model.RunRecord#getEnded <em>Ended</em>}</li>
 *   <li>{@link maxwell.model.RunRecord#getSeed <em>Seed</em>}</li>
 *   <li>{@link maxwell.model.RunRecord#getDatasetFingerprint <em>Dataset Fingerprint</em>}</li>
 *   <li>{@link maxwell.model.RunRecord#getHost <em>Host</em>}</li>
 *   <li>{@link maxwell.model.RunRecord#getProcessId <em>Process Id</em>}</li>
 *   <li>{@link maxwell.model.RunRecord#getMaxwellVersion <em>Maxwell Version</em>}</li>
 *   <li>{@link maxwell.model.RunRecord#getDl4jVersion <em>Dl4j Version</em>}</li>
 *   <li>{@link maxwell.model.RunRecord#getJavaVersion <em>Java Version</em>}</li>
 *   <li>{@link maxwell.model.RunRecord#getStepsDone <em>Steps Done</em>}</li>
 *   <li>{@link maxwell.model.RunRecord#getEpochsDone <em>Epochs Done</em>}</li>
 *   <li>{@link maxwell.model.RunRecord#getLastCheckpointStep <em>Last Checkpoint Step</em>}</li>
 *   <li>{@link maxwell.model.RunRecord#getFailure <em>Failure</em>}</li>
 * </ul>
 *
 * @see maxwell.model.ModelPackage#getRunRecord()
 * @model
 * @generated
 */
public interface RunRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>Run Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Run Id</em>' attribute.
	 * @see #setRunId(String)
	 * @see maxwell.model.ModelPackage#getRunRecord_RunId()
	 * @model
	 * @generated
	 */
	String getRunId();

	/**
	 * Sets the value of the '{@link maxwell.model.RunRecord#getRunId <em>Run Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Run Id</em>' attribute.
	 * @see #getRunId()
	 * @generated
	 */
	void setRunId(String value);

	/**
	 * Returns the value of the '<em><b>Experiment Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Experiment Name</em>' attribute.
	 * @see #setExperimentName(String)
	 * @see maxwell.model.ModelPackage#getRunRecord_ExperimentName()
	 * @model
	 * @generated
	 */
	String getExperimentName();

	/**
	 * Sets the value of the '{@link maxwell.model.RunRecord#getExperimentName <em>Experiment Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Experiment Name</em>' attribute.
	 * @see #getExperimentName()
	 * @generated
	 */
	void setExperimentName(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link maxwell.model.RunStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see maxwell.model.RunStatus
	 * @see #setStatus(RunStatus)
	 * @see maxwell.model.ModelPackage#getRunRecord_Status()
	 * @model
	 * @generated
	 */
	RunStatus getStatus();

	/**
	 * Sets the value of the '{@link maxwell.model.RunRecord#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see maxwell.model.RunStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(RunStatus value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see maxwell.model.ModelPackage#getRunRecord_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link maxwell.model.RunRecord#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started</em>' attribute.
	 * @see #setStarted(Date)
	 * @see maxwell.model.ModelPackage#getRunRecord_Started()
	 * @model
	 * @generated
	 */
	Date getStarted();

	/**
	 * Sets the value of the '{@link maxwell.model.RunRecord#getStarted <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started</em>' attribute.
	 * @see #getStarted()
	 * @generated
	 */
	void setStarted(Date value);

	/**
	 * Returns the value of the '<em><b>Ended</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ended</em>' attribute.
	 * @see #setEnded(Date)
	 * @see maxwell.model.ModelPackage#getRunRecord_Ended()
	 * @model
	 * @generated
	 */
	Date getEnded();

	/**
	 * Sets the value of the '{@link maxwell.model.RunRecord#getEnded <em>Ended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ended</em>' attribute.
	 * @see #getEnded()
	 * @generated
	 */
	void setEnded(Date value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see maxwell.model.ModelPackage#getRunRecord_Seed()
	 * @model
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link maxwell.model.RunRecord#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Dataset Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dataset Fingerprint</em>' attribute.
	 * @see #setDatasetFingerprint(String)
	 * @see maxwell.model.ModelPackage#getRunRecord_DatasetFingerprint()
	 * @model
	 * @generated
	 */
	String getDatasetFingerprint();

	/**
	 * Sets the value of the '{@link maxwell.model.RunRecord#getDatasetFingerprint <em>Dataset Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dataset Fingerprint</em>' attribute.
	 * @see #getDatasetFingerprint()
	 * @generated
	 */
	void setDatasetFingerprint(String value);

	/**
	 * Returns the value of the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' attribute.
	 * @see #setHost(String)
	 * @see maxwell.model.ModelPackage#getRunRecord_Host()
	 * @model
	 * @generated
	 */
	String getHost();

	/**
	 * Sets the value of the '{@link maxwell.model.RunRecord#getHost <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' attribute.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(String value);

	/**
	 * Returns the value of the '<em><b>Process Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Process Id</em>' attribute.
	 * @see #setProcessId(long)
	 * @see maxwell.model.ModelPackage#getRunRecord_ProcessId()
	 * @model
	 * @generated
	 */
	long getProcessId();

	/**
	 * Sets the value of the '{@link maxwell.model.RunRecord#getProcessId <em>Process Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Process Id</em>' attribute.
	 * @see #getProcessId()
	 * @generated
	 */
	void setProcessId(long value);

	/**
	 * Returns the value of the '<em><b>Maxwell Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Maxwell Version</em>' attribute.
	 * @see #setMaxwellVersion(String)
	 * @see maxwell.model.ModelPackage#getRunRecord_MaxwellVersion()
	 * @model
	 * @generated
	 */
	String getMaxwellVersion();

	/**
	 * Sets the value of the '{@link maxwell.model.RunRecord#getMaxwellVersion <em>Maxwell Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maxwell Version</em>' attribute.
	 * @see #getMaxwellVersion()
	 * @generated
	 */
	void setMaxwellVersion(String value);

	/**
	 * Returns the value of the '<em><b>Dl4j Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dl4j Version</em>' attribute.
	 * @see #setDl4jVersion(String)
	 * @see maxwell.model.ModelPackage#getRunRecord_Dl4jVersion()
	 * @model
	 * @generated
	 */
	String getDl4jVersion();

	/**
	 * Sets the value of the '{@link maxwell.model.RunRecord#getDl4jVersion <em>Dl4j Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dl4j Version</em>' attribute.
	 * @see #getDl4jVersion()
	 * @generated
	 */
	void setDl4jVersion(String value);

	/**
	 * Returns the value of the '<em><b>Java Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Java Version</em>' attribute.
	 * @see #setJavaVersion(String)
	 * @see maxwell.model.ModelPackage#getRunRecord_JavaVersion()
	 * @model
	 * @generated
	 */
	String getJavaVersion();

	/**
	 * Sets the value of the '{@link maxwell.model.RunRecord#getJavaVersion <em>Java Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Java Version</em>' attribute.
	 * @see #getJavaVersion()
	 * @generated
	 */
	void setJavaVersion(String value);

	/**
	 * Returns the value of the '<em><b>Steps Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps Done</em>' attribute.
	 * @see #setStepsDone(long)
	 * @see maxwell.model.ModelPackage#getRunRecord_StepsDone()
	 * @model
	 * @generated
	 */
	long getStepsDone();

	/**
	 * Sets the value of the '{@link maxwell.model.RunRecord#getStepsDone <em>Steps Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Steps Done</em>' attribute.
	 * @see #getStepsDone()
	 * @generated
	 */
	void setStepsDone(long value);

	/**
	 * Returns the value of the '<em><b>Epochs Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epochs Done</em>' attribute.
	 * @see #setEpochsDone(double)
	 * @see maxwell.model.ModelPackage#getRunRecord_EpochsDone()
	 * @model
	 * @generated
	 */
	double getEpochsDone();

	/**
	 * Sets the value of the '{@link maxwell.model.RunRecord#getEpochsDone <em>Epochs Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epochs Done</em>' attribute.
	 * @see #getEpochsDone()
	 * @generated
	 */
	void setEpochsDone(double value);

	/**
	 * Returns the value of the '<em><b>Last Checkpoint Step</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Checkpoint Step</em>' attribute.
	 * @see #setLastCheckpointStep(long)
	 * @see maxwell.model.ModelPackage#getRunRecord_LastCheckpointStep()
	 * @model default="-1"
	 * @generated
	 */
	long getLastCheckpointStep();

	/**
	 * Sets the value of the '{@link maxwell.model.RunRecord#getLastCheckpointStep <em>Last Checkpoint Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Checkpoint Step</em>' attribute.
	 * @see #getLastCheckpointStep()
	 * @generated
	 */
	void setLastCheckpointStep(long value);

	/**
	 * Returns the value of the '<em><b>Failure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Failure</em>' attribute.
	 * @see #setFailure(String)
	 * @see maxwell.model.ModelPackage#getRunRecord_Failure()
	 * @model
	 * @generated
	 */
	String getFailure();

	/**
	 * Sets the value of the '{@link maxwell.model.RunRecord#getFailure <em>Failure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failure</em>' attribute.
	 * @see #getFailure()
	 * @generated
	 */
	void setFailure(String value);

} // RunRecord
