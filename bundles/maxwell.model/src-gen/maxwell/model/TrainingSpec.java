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
 *   <li>{@link maxwell.model.TrainingSpec#getLearningRateDecayStart <em>Learning Rate Decay Start</em>}</li>
 *   <li>{@link maxwell.model.TrainingSpec#getFinalLearningRateFactor <em>Final Learning Rate Factor</em>}</li>
 * </ul>
 *
 * @see maxwell.model.ModelPackage#getTrainingSpec()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='epochsPositive batchSizeFits learningRatePositive intervalsPositive learningRateDecayInRange'"
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

	/**
	 * Returns the value of the '<em><b>Learning Rate Decay Start</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the learning rate starts to fall, as a share of the run (0 to 1): from there it follows a half cosine down to finalLearningRateFactor times its value at the last step. 1 keeps it constant.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Learning Rate Decay Start</em>' attribute.
	 * @see #setLearningRateDecayStart(double)
	 * @see maxwell.model.ModelPackage#getTrainingSpec_LearningRateDecayStart()
	 * @model default="1.0"
	 * @generated
	 */
	double getLearningRateDecayStart();

	/**
	 * Sets the value of the '{@link maxwell.model.TrainingSpec#getLearningRateDecayStart <em>Learning Rate Decay Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Learning Rate Decay Start</em>' attribute.
	 * @see #getLearningRateDecayStart()
	 * @generated
	 */
	void setLearningRateDecayStart(double value);

	/**
	 * Returns the value of the '<em><b>Final Learning Rate Factor</b></em>' attribute.
	 * The default value is <code>"0.05"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The learning rate at the last step as a share of learningRate, when it decays (0 to 1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Final Learning Rate Factor</em>' attribute.
	 * @see #setFinalLearningRateFactor(double)
	 * @see maxwell.model.ModelPackage#getTrainingSpec_FinalLearningRateFactor()
	 * @model default="0.05"
	 * @generated
	 */
	double getFinalLearningRateFactor();

	/**
	 * Sets the value of the '{@link maxwell.model.TrainingSpec#getFinalLearningRateFactor <em>Final Learning Rate Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Final Learning Rate Factor</em>' attribute.
	 * @see #getFinalLearningRateFactor()
	 * @generated
	 */
	void setFinalLearningRateFactor(double value);

} // TrainingSpec
