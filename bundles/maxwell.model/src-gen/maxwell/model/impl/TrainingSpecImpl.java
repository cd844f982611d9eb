/**
 */
package maxwell.model.impl;

import maxwell.model.IntervalUnit;
import maxwell.model.ModelPackage;
import maxwell.model.OptimizerKind;
import maxwell.model.TrainingSpec;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Training Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link maxwell.model.impl.TrainingSpecImpl#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link maxwell.model.impl.TrainingSpecImpl#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link maxwell.model.impl.TrainingSpecImpl#getOptimizer <em>Optimizer</em>}</li>
 *   <li>{@link maxwell.model.impl.TrainingSpecImpl#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link maxwell.model.impl.TrainingSpecImpl#getEvaluationInterval <em>Evaluation Interval</em>}</li>
 *   <li>{@link maxwell.model.impl.TrainingSpecImpl#getEvaluationUnit <em>Evaluation Unit</em>}</li>
 *   <li>{@link maxwell.model.impl.TrainingSpecImpl#getCheckpointInterval <em>Checkpoint Interval</em>}</li>
 *   <li>{@link maxwell.model.impl.TrainingSpecImpl#getCheckpointUnit <em>Checkpoint Unit</em>}</li>
 *   <li>{@link maxwell.model.impl.TrainingSpecImpl#getLearningRateDecayStart <em>Learning Rate Decay Start</em>}</li>
 *   <li>{@link maxwell.model.impl.TrainingSpecImpl#getFinalLearningRateFactor <em>Final Learning Rate Factor</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainingSpecImpl extends EObjectImpl implements TrainingSpec {
	/**
	 * The default value of the '{@link #getEpochs() <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochs()
	 * @generated
	 * @ordered
	 */
	protected static final int EPOCHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEpochs() <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochs()
	 * @generated
	 * @ordered
	 */
	protected int epochs = EPOCHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected static final int BATCH_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected int batchSize = BATCH_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOptimizer() <em>Optimizer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptimizer()
	 * @generated
	 * @ordered
	 */
	protected static final OptimizerKind OPTIMIZER_EDEFAULT = OptimizerKind.ADAM;

	/**
	 * The cached value of the '{@link #getOptimizer() <em>Optimizer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptimizer()
	 * @generated
	 * @ordered
	 */
	protected OptimizerKind optimizer = OPTIMIZER_EDEFAULT;

	/**
	 * The default value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected static final double LEARNING_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected double learningRate = LEARNING_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvaluationInterval() <em>Evaluation Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluationInterval()
	 * @generated
	 * @ordered
	 */
	protected static final int EVALUATION_INTERVAL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEvaluationInterval() <em>Evaluation Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluationInterval()
	 * @generated
	 * @ordered
	 */
	protected int evaluationInterval = EVALUATION_INTERVAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvaluationUnit() <em>Evaluation Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluationUnit()
	 * @generated
	 * @ordered
	 */
	protected static final IntervalUnit EVALUATION_UNIT_EDEFAULT = IntervalUnit.EPOCH;

	/**
	 * The cached value of the '{@link #getEvaluationUnit() <em>Evaluation Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluationUnit()
	 * @generated
	 * @ordered
	 */
	protected IntervalUnit evaluationUnit = EVALUATION_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCheckpointInterval() <em>Checkpoint Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckpointInterval()
	 * @generated
	 * @ordered
	 */
	protected static final int CHECKPOINT_INTERVAL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCheckpointInterval() <em>Checkpoint Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckpointInterval()
	 * @generated
	 * @ordered
	 */
	protected int checkpointInterval = CHECKPOINT_INTERVAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getCheckpointUnit() <em>Checkpoint Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckpointUnit()
	 * @generated
	 * @ordered
	 */
	protected static final IntervalUnit CHECKPOINT_UNIT_EDEFAULT = IntervalUnit.EPOCH;

	/**
	 * The cached value of the '{@link #getCheckpointUnit() <em>Checkpoint Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckpointUnit()
	 * @generated
	 * @ordered
	 */
	protected IntervalUnit checkpointUnit = CHECKPOINT_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLearningRateDecayStart() <em>Learning Rate Decay Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRateDecayStart()
	 * @generated
	 * @ordered
	 */
	protected static final double LEARNING_RATE_DECAY_START_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getLearningRateDecayStart() <em>Learning Rate Decay Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRateDecayStart()
	 * @generated
	 * @ordered
	 */
	protected double learningRateDecayStart = LEARNING_RATE_DECAY_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getFinalLearningRateFactor() <em>Final Learning Rate Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinalLearningRateFactor()
	 * @generated
	 * @ordered
	 */
	protected static final double FINAL_LEARNING_RATE_FACTOR_EDEFAULT = 0.05;

	/**
	 * The cached value of the '{@link #getFinalLearningRateFactor() <em>Final Learning Rate Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinalLearningRateFactor()
	 * @generated
	 * @ordered
	 */
	protected double finalLearningRateFactor = FINAL_LEARNING_RATE_FACTOR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrainingSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.TRAINING_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEpochs() {
		return epochs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpochs(int newEpochs) {
		int oldEpochs = epochs;
		epochs = newEpochs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_SPEC__EPOCHS, oldEpochs, epochs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBatchSize() {
		return batchSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBatchSize(int newBatchSize) {
		int oldBatchSize = batchSize;
		batchSize = newBatchSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_SPEC__BATCH_SIZE, oldBatchSize, batchSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OptimizerKind getOptimizer() {
		return optimizer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOptimizer(OptimizerKind newOptimizer) {
		OptimizerKind oldOptimizer = optimizer;
		optimizer = newOptimizer == null ? OPTIMIZER_EDEFAULT : newOptimizer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_SPEC__OPTIMIZER, oldOptimizer, optimizer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLearningRate() {
		return learningRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLearningRate(double newLearningRate) {
		double oldLearningRate = learningRate;
		learningRate = newLearningRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_SPEC__LEARNING_RATE, oldLearningRate, learningRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEvaluationInterval() {
		return evaluationInterval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvaluationInterval(int newEvaluationInterval) {
		int oldEvaluationInterval = evaluationInterval;
		evaluationInterval = newEvaluationInterval;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_SPEC__EVALUATION_INTERVAL, oldEvaluationInterval, evaluationInterval));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntervalUnit getEvaluationUnit() {
		return evaluationUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvaluationUnit(IntervalUnit newEvaluationUnit) {
		IntervalUnit oldEvaluationUnit = evaluationUnit;
		evaluationUnit = newEvaluationUnit == null ? EVALUATION_UNIT_EDEFAULT : newEvaluationUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_SPEC__EVALUATION_UNIT, oldEvaluationUnit, evaluationUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCheckpointInterval() {
		return checkpointInterval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCheckpointInterval(int newCheckpointInterval) {
		int oldCheckpointInterval = checkpointInterval;
		checkpointInterval = newCheckpointInterval;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_SPEC__CHECKPOINT_INTERVAL, oldCheckpointInterval, checkpointInterval));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntervalUnit getCheckpointUnit() {
		return checkpointUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCheckpointUnit(IntervalUnit newCheckpointUnit) {
		IntervalUnit oldCheckpointUnit = checkpointUnit;
		checkpointUnit = newCheckpointUnit == null ? CHECKPOINT_UNIT_EDEFAULT : newCheckpointUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_SPEC__CHECKPOINT_UNIT, oldCheckpointUnit, checkpointUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLearningRateDecayStart() {
		return learningRateDecayStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLearningRateDecayStart(double newLearningRateDecayStart) {
		double oldLearningRateDecayStart = learningRateDecayStart;
		learningRateDecayStart = newLearningRateDecayStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_SPEC__LEARNING_RATE_DECAY_START, oldLearningRateDecayStart, learningRateDecayStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFinalLearningRateFactor() {
		return finalLearningRateFactor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinalLearningRateFactor(double newFinalLearningRateFactor) {
		double oldFinalLearningRateFactor = finalLearningRateFactor;
		finalLearningRateFactor = newFinalLearningRateFactor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TRAINING_SPEC__FINAL_LEARNING_RATE_FACTOR, oldFinalLearningRateFactor, finalLearningRateFactor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.TRAINING_SPEC__EPOCHS:
				return getEpochs();
			case ModelPackage.TRAINING_SPEC__BATCH_SIZE:
				return getBatchSize();
			case ModelPackage.TRAINING_SPEC__OPTIMIZER:
				return getOptimizer();
			case ModelPackage.TRAINING_SPEC__LEARNING_RATE:
				return getLearningRate();
			case ModelPackage.TRAINING_SPEC__EVALUATION_INTERVAL:
				return getEvaluationInterval();
			case ModelPackage.TRAINING_SPEC__EVALUATION_UNIT:
				return getEvaluationUnit();
			case ModelPackage.TRAINING_SPEC__CHECKPOINT_INTERVAL:
				return getCheckpointInterval();
			case ModelPackage.TRAINING_SPEC__CHECKPOINT_UNIT:
				return getCheckpointUnit();
			case ModelPackage.TRAINING_SPEC__LEARNING_RATE_DECAY_START:
				return getLearningRateDecayStart();
			case ModelPackage.TRAINING_SPEC__FINAL_LEARNING_RATE_FACTOR:
				return getFinalLearningRateFactor();
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
			case ModelPackage.TRAINING_SPEC__EPOCHS:
				setEpochs((Integer)newValue);
				return;
			case ModelPackage.TRAINING_SPEC__BATCH_SIZE:
				setBatchSize((Integer)newValue);
				return;
			case ModelPackage.TRAINING_SPEC__OPTIMIZER:
				setOptimizer((OptimizerKind)newValue);
				return;
			case ModelPackage.TRAINING_SPEC__LEARNING_RATE:
				setLearningRate((Double)newValue);
				return;
			case ModelPackage.TRAINING_SPEC__EVALUATION_INTERVAL:
				setEvaluationInterval((Integer)newValue);
				return;
			case ModelPackage.TRAINING_SPEC__EVALUATION_UNIT:
				setEvaluationUnit((IntervalUnit)newValue);
				return;
			case ModelPackage.TRAINING_SPEC__CHECKPOINT_INTERVAL:
				setCheckpointInterval((Integer)newValue);
				return;
			case ModelPackage.TRAINING_SPEC__CHECKPOINT_UNIT:
				setCheckpointUnit((IntervalUnit)newValue);
				return;
			case ModelPackage.TRAINING_SPEC__LEARNING_RATE_DECAY_START:
				setLearningRateDecayStart((Double)newValue);
				return;
			case ModelPackage.TRAINING_SPEC__FINAL_LEARNING_RATE_FACTOR:
				setFinalLearningRateFactor((Double)newValue);
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
			case ModelPackage.TRAINING_SPEC__EPOCHS:
				setEpochs(EPOCHS_EDEFAULT);
				return;
			case ModelPackage.TRAINING_SPEC__BATCH_SIZE:
				setBatchSize(BATCH_SIZE_EDEFAULT);
				return;
			case ModelPackage.TRAINING_SPEC__OPTIMIZER:
				setOptimizer(OPTIMIZER_EDEFAULT);
				return;
			case ModelPackage.TRAINING_SPEC__LEARNING_RATE:
				setLearningRate(LEARNING_RATE_EDEFAULT);
				return;
			case ModelPackage.TRAINING_SPEC__EVALUATION_INTERVAL:
				setEvaluationInterval(EVALUATION_INTERVAL_EDEFAULT);
				return;
			case ModelPackage.TRAINING_SPEC__EVALUATION_UNIT:
				setEvaluationUnit(EVALUATION_UNIT_EDEFAULT);
				return;
			case ModelPackage.TRAINING_SPEC__CHECKPOINT_INTERVAL:
				setCheckpointInterval(CHECKPOINT_INTERVAL_EDEFAULT);
				return;
			case ModelPackage.TRAINING_SPEC__CHECKPOINT_UNIT:
				setCheckpointUnit(CHECKPOINT_UNIT_EDEFAULT);
				return;
			case ModelPackage.TRAINING_SPEC__LEARNING_RATE_DECAY_START:
				setLearningRateDecayStart(LEARNING_RATE_DECAY_START_EDEFAULT);
				return;
			case ModelPackage.TRAINING_SPEC__FINAL_LEARNING_RATE_FACTOR:
				setFinalLearningRateFactor(FINAL_LEARNING_RATE_FACTOR_EDEFAULT);
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
			case ModelPackage.TRAINING_SPEC__EPOCHS:
				return epochs != EPOCHS_EDEFAULT;
			case ModelPackage.TRAINING_SPEC__BATCH_SIZE:
				return batchSize != BATCH_SIZE_EDEFAULT;
			case ModelPackage.TRAINING_SPEC__OPTIMIZER:
				return optimizer != OPTIMIZER_EDEFAULT;
			case ModelPackage.TRAINING_SPEC__LEARNING_RATE:
				return learningRate != LEARNING_RATE_EDEFAULT;
			case ModelPackage.TRAINING_SPEC__EVALUATION_INTERVAL:
				return evaluationInterval != EVALUATION_INTERVAL_EDEFAULT;
			case ModelPackage.TRAINING_SPEC__EVALUATION_UNIT:
				return evaluationUnit != EVALUATION_UNIT_EDEFAULT;
			case ModelPackage.TRAINING_SPEC__CHECKPOINT_INTERVAL:
				return checkpointInterval != CHECKPOINT_INTERVAL_EDEFAULT;
			case ModelPackage.TRAINING_SPEC__CHECKPOINT_UNIT:
				return checkpointUnit != CHECKPOINT_UNIT_EDEFAULT;
			case ModelPackage.TRAINING_SPEC__LEARNING_RATE_DECAY_START:
				return learningRateDecayStart != LEARNING_RATE_DECAY_START_EDEFAULT;
			case ModelPackage.TRAINING_SPEC__FINAL_LEARNING_RATE_FACTOR:
				return finalLearningRateFactor != FINAL_LEARNING_RATE_FACTOR_EDEFAULT;
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
		result.append(" (epochs: ");
		result.append(epochs);
		result.append(", batchSize: ");
		result.append(batchSize);
		result.append(", optimizer: ");
		result.append(optimizer);
		result.append(", learningRate: ");
		result.append(learningRate);
		result.append(", evaluationInterval: ");
		result.append(evaluationInterval);
		result.append(", evaluationUnit: ");
		result.append(evaluationUnit);
		result.append(", checkpointInterval: ");
		result.append(checkpointInterval);
		result.append(", checkpointUnit: ");
		result.append(checkpointUnit);
		result.append(", learningRateDecayStart: ");
		result.append(learningRateDecayStart);
		result.append(", finalLearningRateFactor: ");
		result.append(finalLearningRateFactor);
		result.append(')');
		return result.toString();
	}

} //TrainingSpecImpl
