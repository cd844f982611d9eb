/**
 */
package maxwell.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Training Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link maxwell.model.TrainingSpec#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link maxwell.model.TrainingSpec#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link maxwell.model.TrainingSpec#getOptimizer <em>Optimizer</em>}</li>
 *   <li>{@link maxwell.model.TrainingSpec#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link maxwell.model.TrainingSpec#getEvaluationInterval <em>Evaluation Interval</em>}</li>
 *   <li>{@link maxwell.model.TrainingSpec#getEvaluationUnit <em>Evaluation Unit</em>}</li>
 *   <li>{@link maxwell.model.TrainingSpec#getCheckpointInterval <em>Checkpoint Interval</em>}</li>
 *   <li>{@link maxwell.model.TrainingSpec#getCheckpointUnit <em>Checkpoint Unit</em>}</li>
 * </ul>
 *
 * @see maxwell.model.ModelPackage#getTrainingSpec()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='epochsPositive batchSizeFits learningRatePositive intervalsPositive'"
 * @generated
 */
public interface TrainingSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Epochs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epochs</em>' attribute.
	 * @see #setEpochs(int)
	 * @see maxwell.model.ModelPackage#getTrainingSpec_Epochs()
	 * @model
	 * @generated
	 */
	int getEpochs();

	/**
	 * Sets the value of the '{@link maxwell.model.TrainingSpec#getEpochs <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epochs</em>' attribute.
	 * @see #getEpochs()
	 * @generated
	 */
	void setEpochs(int value);

	/**
	 * Returns the value of the '<em><b>Batch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Batch Size</em>' attribute.
	 * @see #setBatchSize(int)
	 * @see maxwell.model.ModelPackage#getTrainingSpec_BatchSize()
	 * @model
	 * @generated
	 */
	int getBatchSize();

	/**
	 * Sets the value of the '{@link maxwell.model.TrainingSpec#getBatchSize <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batch Size</em>' attribute.
	 * @see #getBatchSize()
	 * @generated
	 */
	void setBatchSize(int value);

	/**
	 * Returns the value of the '<em><b>Optimizer</b></em>' attribute.
	 * The literals are from the enumeration {@link maxwell.model.OptimizerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Optimizer</em>' attribute.
	 * @see maxwell.model.OptimizerKind
	 * @see #setOptimizer(OptimizerKind)
	 * @see maxwell.model.ModelPackage#getTrainingSpec_Optimizer()
	 * @model
	 * @generated
	 */
	OptimizerKind getOptimizer();

	/**
	 * Sets the value of the '{@link maxwell.model.TrainingSpec#getOptimizer <em>Optimizer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optimizer</em>' attribute.
	 * @see maxwell.model.OptimizerKind
	 * @see #getOptimizer()
	 * @generated
	 */
	void setOptimizer(OptimizerKind value);

	/**
	 * Returns the value of the '<em><b>Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Learning Rate</em>' attribute.
	 * @see #setLearningRate(double)
	 * @see maxwell.model.ModelPackage#getTrainingSpec_LearningRate()
	 * @model
	 * @generated
	 */
	double getLearningRate();

	/**
	 * Sets the value of the '{@link maxwell.model.TrainingSpec#getLearningRate <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Learning Rate</em>' attribute.
	 * @see #getLearningRate()
	 * @generated
	 */
	void setLearningRate(double value);

	/**
	 * Returns the value of the '<em><b>Evaluation Interval</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evaluation Interval</em>' attribute.
	 * @see #setEvaluationInterval(int)
	 * @see maxwell.model.ModelPackage#getTrainingSpec_EvaluationInterval()
	 * @model
	 * @generated
	 */
	int getEvaluationInterval();

	/**
	 * Sets the value of the '{@link maxwell.model.TrainingSpec#getEvaluationInterval <em>Evaluation Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evaluation Interval</em>' attribute.
	 * @see #getEvaluationInterval()
	 * @generated
	 */
	void setEvaluationInterval(int value);

	/**
	 * Returns the value of the '<em><b>Evaluation Unit</b></em>' attribute.
	 * The literals are from the enumeration {@link maxwell.model.IntervalUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evaluation Unit</em>' attribute.
	 * @see maxwell.model.IntervalUnit
	 * @see #setEvaluationUnit(IntervalUnit)
	 * @see maxwell.model.ModelPackage#getTrainingSpec_EvaluationUnit()
	 * @model
	 * @generated
	 */
	IntervalUnit getEvaluationUnit();

	/**
	 * Sets the value of the '{@link maxwell.model.TrainingSpec#getEvaluationUnit <em>Evaluation Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evaluation Unit</em>' attribute.
	 * @see maxwell.model.IntervalUnit
	 * @see #getEvaluationUnit()
	 * @generated
	 */
	void setEvaluationUnit(IntervalUnit value);

	/**
	 * Returns the value of the '<em><b>Checkpoint Interval</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Checkpoint Interval</em>' attribute.
	 * @see #setCheckpointInterval(int)
	 * @see maxwell.model.ModelPackage#getTrainingSpec_CheckpointInterval()
	 * @model
	 * @generated
	 */
	int getCheckpointInterval();

	/**
	 * Sets the value of the '{@link maxwell.model.TrainingSpec#getCheckpointInterval <em>Checkpoint Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checkpoint Interval</em>' attribute.
	 * @see #getCheckpointInterval()
	 * @generated
	 */
	void setCheckpointInterval(int value);

	/**
	 * Returns the value of the '<em><b>Checkpoint Unit</b></em>' attribute.
	 * The literals are from the enumeration {@link maxwell.model.IntervalUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Checkpoint Unit</em>' attribute.
	 * @see maxwell.model.IntervalUnit
	 * @see #setCheckpointUnit(IntervalUnit)
	 * @see maxwell.model.ModelPackage#getTrainingSpec_CheckpointUnit()
	 * @model
	 * @generated
	 */
	IntervalUnit getCheckpointUnit();

	/**
	 * Sets the value of the '{@link maxwell.model.TrainingSpec#getCheckpointUnit <em>Checkpoint Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checkpoint Unit</em>' attribute.
	 * @see maxwell.model.IntervalUnit
	 * @see #getCheckpointUnit()
	 * @generated
	 */
	void setCheckpointUnit(IntervalUnit value);

} // TrainingSpec
