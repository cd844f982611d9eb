/**
 */
package maxwell.model.impl;

import java.util.Collection;

import maxwell.model.AdversaryFormulation;
import maxwell.model.AdversarySpec;
import maxwell.model.AdversaryTarget;
import maxwell.model.LambdaSchedule;
import maxwell.model.ModelPackage;
import maxwell.model.Partition;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Adversary Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link maxwell.model.impl.AdversarySpecImpl#getWatches <em>Watches</em>}</li>
 *   <li>{@link maxwell.model.impl.AdversarySpecImpl#getPredicts <em>Predicts</em>}</li>
 *   <li>{@link maxwell.model.impl.AdversarySpecImpl#getHiddenSizes <em>Hidden Sizes</em>}</li>
 *   <li>{@link maxwell.model.impl.AdversarySpecImpl#getLambda <em>Lambda</em>}</li>
 *   <li>{@link maxwell.model.impl.AdversarySpecImpl#getSchedule <em>Schedule</em>}</li>
 *   <li>{@link maxwell.model.impl.AdversarySpecImpl#getRampEpochs <em>Ramp Epochs</em>}</li>
 *   <li>{@link maxwell.model.impl.AdversarySpecImpl#getFormulation <em>Formulation</em>}</li>
 *   <li>{@link maxwell.model.impl.AdversarySpecImpl#getAdversarySteps <em>Adversary Steps</em>}</li>
 *   <li>{@link maxwell.model.impl.AdversarySpecImpl#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link maxwell.model.impl.AdversarySpecImpl#getDemons <em>Demons</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AdversarySpecImpl extends EObjectImpl implements AdversarySpec {
	/**
	 * The cached value of the '{@link #getWatches() <em>Watches</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWatches()
	 * @generated
	 * @ordered
	 */
	protected Partition watches;

	/**
	 * The default value of the '{@link #getPredicts() <em>Predicts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredicts()
	 * @generated
	 * @ordered
	 */
	protected static final AdversaryTarget PREDICTS_EDEFAULT = AdversaryTarget.DOMAIN;

	/**
	 * The cached value of the '{@link #getPredicts() <em>Predicts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredicts()
	 * @generated
	 * @ordered
	 */
	protected AdversaryTarget predicts = PREDICTS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHiddenSizes() <em>Hidden Sizes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenSizes()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> hiddenSizes;

	/**
	 * The default value of the '{@link #getLambda() <em>Lambda</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLambda()
	 * @generated
	 * @ordered
	 */
	protected static final double LAMBDA_EDEFAULT = 10.0;

	/**
	 * The cached value of the '{@link #getLambda() <em>Lambda</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLambda()
	 * @generated
	 * @ordered
	 */
	protected double lambda = LAMBDA_EDEFAULT;

	/**
	 * The default value of the '{@link #getSchedule() <em>Schedule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedule()
	 * @generated
	 * @ordered
	 */
	protected static final LambdaSchedule SCHEDULE_EDEFAULT = LambdaSchedule.CONSTANT;

	/**
	 * The cached value of the '{@link #getSchedule() <em>Schedule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedule()
	 * @generated
	 * @ordered
	 */
	protected LambdaSchedule schedule = SCHEDULE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRampEpochs() <em>Ramp Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRampEpochs()
	 * @generated
	 * @ordered
	 */
	protected static final double RAMP_EPOCHS_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getRampEpochs() <em>Ramp Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRampEpochs()
	 * @generated
	 * @ordered
	 */
	protected double rampEpochs = RAMP_EPOCHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormulation() <em>Formulation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormulation()
	 * @generated
	 * @ordered
	 */
	protected static final AdversaryFormulation FORMULATION_EDEFAULT = AdversaryFormulation.BIVAE_SINGLE_OBJECTIVE;

	/**
	 * The cached value of the '{@link #getFormulation() <em>Formulation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormulation()
	 * @generated
	 * @ordered
	 */
	protected AdversaryFormulation formulation = FORMULATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdversarySteps() <em>Adversary Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdversarySteps()
	 * @generated
	 * @ordered
	 */
	protected static final int ADVERSARY_STEPS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getAdversarySteps() <em>Adversary Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdversarySteps()
	 * @generated
	 * @ordered
	 */
	protected int adversarySteps = ADVERSARY_STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected static final double LEARNING_RATE_EDEFAULT = 0.001;

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
	 * The default value of the '{@link #getDemons() <em>Demons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDemons()
	 * @generated
	 * @ordered
	 */
	protected static final int DEMONS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getDemons() <em>Demons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDemons()
	 * @generated
	 * @ordered
	 */
	protected int demons = DEMONS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AdversarySpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.ADVERSARY_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Partition getWatches() {
		if (watches != null && watches.eIsProxy()) {
			InternalEObject oldWatches = (InternalEObject)watches;
			watches = (Partition)eResolveProxy(oldWatches);
			if (watches != oldWatches) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.ADVERSARY_SPEC__WATCHES, oldWatches, watches));
			}
		}
		return watches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Partition basicGetWatches() {
		return watches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWatches(Partition newWatches) {
		Partition oldWatches = watches;
		watches = newWatches;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ADVERSARY_SPEC__WATCHES, oldWatches, watches));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdversaryTarget getPredicts() {
		return predicts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPredicts(AdversaryTarget newPredicts) {
		AdversaryTarget oldPredicts = predicts;
		predicts = newPredicts == null ? PREDICTS_EDEFAULT : newPredicts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ADVERSARY_SPEC__PREDICTS, oldPredicts, predicts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getHiddenSizes() {
		if (hiddenSizes == null) {
			hiddenSizes = new EDataTypeEList<Integer>(Integer.class, this, ModelPackage.ADVERSARY_SPEC__HIDDEN_SIZES);
		}
		return hiddenSizes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLambda() {
		return lambda;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLambda(double newLambda) {
		double oldLambda = lambda;
		lambda = newLambda;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ADVERSARY_SPEC__LAMBDA, oldLambda, lambda));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LambdaSchedule getSchedule() {
		return schedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchedule(LambdaSchedule newSchedule) {
		LambdaSchedule oldSchedule = schedule;
		schedule = newSchedule == null ? SCHEDULE_EDEFAULT : newSchedule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ADVERSARY_SPEC__SCHEDULE, oldSchedule, schedule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRampEpochs() {
		return rampEpochs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRampEpochs(double newRampEpochs) {
		double oldRampEpochs = rampEpochs;
		rampEpochs = newRampEpochs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ADVERSARY_SPEC__RAMP_EPOCHS, oldRampEpochs, rampEpochs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdversaryFormulation getFormulation() {
		return formulation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormulation(AdversaryFormulation newFormulation) {
		AdversaryFormulation oldFormulation = formulation;
		formulation = newFormulation == null ? FORMULATION_EDEFAULT : newFormulation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ADVERSARY_SPEC__FORMULATION, oldFormulation, formulation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAdversarySteps() {
		return adversarySteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdversarySteps(int newAdversarySteps) {
		int oldAdversarySteps = adversarySteps;
		adversarySteps = newAdversarySteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ADVERSARY_SPEC__ADVERSARY_STEPS, oldAdversarySteps, adversarySteps));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ADVERSARY_SPEC__LEARNING_RATE, oldLearningRate, learningRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDemons() {
		return demons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDemons(int newDemons) {
		int oldDemons = demons;
		demons = newDemons;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ADVERSARY_SPEC__DEMONS, oldDemons, demons));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.ADVERSARY_SPEC__WATCHES:
				if (resolve) return getWatches();
				return basicGetWatches();
			case ModelPackage.ADVERSARY_SPEC__PREDICTS:
				return getPredicts();
			case ModelPackage.ADVERSARY_SPEC__HIDDEN_SIZES:
				return getHiddenSizes();
			case ModelPackage.ADVERSARY_SPEC__LAMBDA:
				return getLambda();
			case ModelPackage.ADVERSARY_SPEC__SCHEDULE:
				return getSchedule();
			case ModelPackage.ADVERSARY_SPEC__RAMP_EPOCHS:
				return getRampEpochs();
			case ModelPackage.ADVERSARY_SPEC__FORMULATION:
				return getFormulation();
			case ModelPackage.ADVERSARY_SPEC__ADVERSARY_STEPS:
				return getAdversarySteps();
			case ModelPackage.ADVERSARY_SPEC__LEARNING_RATE:
				return getLearningRate();
			case ModelPackage.ADVERSARY_SPEC__DEMONS:
				return getDemons();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.ADVERSARY_SPEC__WATCHES:
				setWatches((Partition)newValue);
				return;
			case ModelPackage.ADVERSARY_SPEC__PREDICTS:
				setPredicts((AdversaryTarget)newValue);
				return;
			case ModelPackage.ADVERSARY_SPEC__HIDDEN_SIZES:
				getHiddenSizes().clear();
				getHiddenSizes().addAll((Collection<? extends Integer>)newValue);
				return;
			case ModelPackage.ADVERSARY_SPEC__LAMBDA:
				setLambda((Double)newValue);
				return;
			case ModelPackage.ADVERSARY_SPEC__SCHEDULE:
				setSchedule((LambdaSchedule)newValue);
				return;
			case ModelPackage.ADVERSARY_SPEC__RAMP_EPOCHS:
				setRampEpochs((Double)newValue);
				return;
			case ModelPackage.ADVERSARY_SPEC__FORMULATION:
				setFormulation((AdversaryFormulation)newValue);
				return;
			case ModelPackage.ADVERSARY_SPEC__ADVERSARY_STEPS:
				setAdversarySteps((Integer)newValue);
				return;
			case ModelPackage.ADVERSARY_SPEC__LEARNING_RATE:
				setLearningRate((Double)newValue);
				return;
			case ModelPackage.ADVERSARY_SPEC__DEMONS:
				setDemons((Integer)newValue);
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
			case ModelPackage.ADVERSARY_SPEC__WATCHES:
				setWatches((Partition)null);
				return;
			case ModelPackage.ADVERSARY_SPEC__PREDICTS:
				setPredicts(PREDICTS_EDEFAULT);
				return;
			case ModelPackage.ADVERSARY_SPEC__HIDDEN_SIZES:
				getHiddenSizes().clear();
				return;
			case ModelPackage.ADVERSARY_SPEC__LAMBDA:
				setLambda(LAMBDA_EDEFAULT);
				return;
			case ModelPackage.ADVERSARY_SPEC__SCHEDULE:
				setSchedule(SCHEDULE_EDEFAULT);
				return;
			case ModelPackage.ADVERSARY_SPEC__RAMP_EPOCHS:
				setRampEpochs(RAMP_EPOCHS_EDEFAULT);
				return;
			case ModelPackage.ADVERSARY_SPEC__FORMULATION:
				setFormulation(FORMULATION_EDEFAULT);
				return;
			case ModelPackage.ADVERSARY_SPEC__ADVERSARY_STEPS:
				setAdversarySteps(ADVERSARY_STEPS_EDEFAULT);
				return;
			case ModelPackage.ADVERSARY_SPEC__LEARNING_RATE:
				setLearningRate(LEARNING_RATE_EDEFAULT);
				return;
			case ModelPackage.ADVERSARY_SPEC__DEMONS:
				setDemons(DEMONS_EDEFAULT);
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
			case ModelPackage.ADVERSARY_SPEC__WATCHES:
				return watches != null;
			case ModelPackage.ADVERSARY_SPEC__PREDICTS:
				return predicts != PREDICTS_EDEFAULT;
			case ModelPackage.ADVERSARY_SPEC__HIDDEN_SIZES:
				return hiddenSizes != null && !hiddenSizes.isEmpty();
			case ModelPackage.ADVERSARY_SPEC__LAMBDA:
				return lambda != LAMBDA_EDEFAULT;
			case ModelPackage.ADVERSARY_SPEC__SCHEDULE:
				return schedule != SCHEDULE_EDEFAULT;
			case ModelPackage.ADVERSARY_SPEC__RAMP_EPOCHS:
				return rampEpochs != RAMP_EPOCHS_EDEFAULT;
			case ModelPackage.ADVERSARY_SPEC__FORMULATION:
				return formulation != FORMULATION_EDEFAULT;
			case ModelPackage.ADVERSARY_SPEC__ADVERSARY_STEPS:
				return adversarySteps != ADVERSARY_STEPS_EDEFAULT;
			case ModelPackage.ADVERSARY_SPEC__LEARNING_RATE:
				return learningRate != LEARNING_RATE_EDEFAULT;
			case ModelPackage.ADVERSARY_SPEC__DEMONS:
				return demons != DEMONS_EDEFAULT;
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
		result.append(" (predicts: ");
		result.append(predicts);
		result.append(", hiddenSizes: ");
		result.append(hiddenSizes);
		result.append(", lambda: ");
		result.append(lambda);
		result.append(", schedule: ");
		result.append(schedule);
		result.append(", rampEpochs: ");
		result.append(rampEpochs);
		result.append(", formulation: ");
		result.append(formulation);
		result.append(", adversarySteps: ");
		result.append(adversarySteps);
		result.append(", learningRate: ");
		result.append(learningRate);
		result.append(", demons: ");
		result.append(demons);
		result.append(')');
		return result.toString();
	}

} //AdversarySpecImpl
