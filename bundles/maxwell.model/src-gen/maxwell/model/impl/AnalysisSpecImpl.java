/**
 */
package maxwell.model.impl;

import java.util.Collection;

import maxwell.model.AnalysisSpec;
import maxwell.model.EstimatorSpec;
import maxwell.model.ModelPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Analysis Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link maxwell.model.impl.AnalysisSpecImpl#getProbeSamples <em>Probe Samples</em>}</li>
 *   <li>{@link maxwell.model.impl.AnalysisSpecImpl#getSurrogates <em>Surrogates</em>}</li>
 *   <li>{@link maxwell.model.impl.AnalysisSpecImpl#getBootstrapResamples <em>Bootstrap Resamples</em>}</li>
 *   <li>{@link maxwell.model.impl.AnalysisSpecImpl#getEstimators <em>Estimators</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnalysisSpecImpl extends EObjectImpl implements AnalysisSpec {
	/**
	 * The default value of the '{@link #getProbeSamples() <em>Probe Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbeSamples()
	 * @generated
	 * @ordered
	 */
	protected static final int PROBE_SAMPLES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getProbeSamples() <em>Probe Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbeSamples()
	 * @generated
	 * @ordered
	 */
	protected int probeSamples = PROBE_SAMPLES_EDEFAULT;

	/**
	 * The default value of the '{@link #getSurrogates() <em>Surrogates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurrogates()
	 * @generated
	 * @ordered
	 */
	protected static final int SURROGATES_EDEFAULT = 20;

	/**
	 * The cached value of the '{@link #getSurrogates() <em>Surrogates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurrogates()
	 * @generated
	 * @ordered
	 */
	protected int surrogates = SURROGATES_EDEFAULT;

	/**
	 * The default value of the '{@link #getBootstrapResamples() <em>Bootstrap Resamples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBootstrapResamples()
	 * @generated
	 * @ordered
	 */
	protected static final int BOOTSTRAP_RESAMPLES_EDEFAULT = 100;

	/**
	 * The cached value of the '{@link #getBootstrapResamples() <em>Bootstrap Resamples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBootstrapResamples()
	 * @generated
	 * @ordered
	 */
	protected int bootstrapResamples = BOOTSTRAP_RESAMPLES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEstimators() <em>Estimators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimators()
	 * @generated
	 * @ordered
	 */
	protected EList<EstimatorSpec> estimators;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnalysisSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.ANALYSIS_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getProbeSamples() {
		return probeSamples;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProbeSamples(int newProbeSamples) {
		int oldProbeSamples = probeSamples;
		probeSamples = newProbeSamples;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ANALYSIS_SPEC__PROBE_SAMPLES, oldProbeSamples, probeSamples));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSurrogates() {
		return surrogates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSurrogates(int newSurrogates) {
		int oldSurrogates = surrogates;
		surrogates = newSurrogates;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ANALYSIS_SPEC__SURROGATES, oldSurrogates, surrogates));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBootstrapResamples() {
		return bootstrapResamples;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBootstrapResamples(int newBootstrapResamples) {
		int oldBootstrapResamples = bootstrapResamples;
		bootstrapResamples = newBootstrapResamples;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ANALYSIS_SPEC__BOOTSTRAP_RESAMPLES, oldBootstrapResamples, bootstrapResamples));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EstimatorSpec> getEstimators() {
		if (estimators == null) {
			estimators = new EObjectContainmentEList<EstimatorSpec>(EstimatorSpec.class, this, ModelPackage.ANALYSIS_SPEC__ESTIMATORS);
		}
		return estimators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.ANALYSIS_SPEC__ESTIMATORS:
				return ((InternalEList<?>)getEstimators()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.ANALYSIS_SPEC__PROBE_SAMPLES:
				return getProbeSamples();
			case ModelPackage.ANALYSIS_SPEC__SURROGATES:
				return getSurrogates();
			case ModelPackage.ANALYSIS_SPEC__BOOTSTRAP_RESAMPLES:
				return getBootstrapResamples();
			case ModelPackage.ANALYSIS_SPEC__ESTIMATORS:
				return getEstimators();
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
			case ModelPackage.ANALYSIS_SPEC__PROBE_SAMPLES:
				setProbeSamples((Integer)newValue);
				return;
			case ModelPackage.ANALYSIS_SPEC__SURROGATES:
				setSurrogates((Integer)newValue);
				return;
			case ModelPackage.ANALYSIS_SPEC__BOOTSTRAP_RESAMPLES:
				setBootstrapResamples((Integer)newValue);
				return;
			case ModelPackage.ANALYSIS_SPEC__ESTIMATORS:
				getEstimators().clear();
				getEstimators().addAll((Collection<? extends EstimatorSpec>)newValue);
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
			case ModelPackage.ANALYSIS_SPEC__PROBE_SAMPLES:
				setProbeSamples(PROBE_SAMPLES_EDEFAULT);
				return;
			case ModelPackage.ANALYSIS_SPEC__SURROGATES:
				setSurrogates(SURROGATES_EDEFAULT);
				return;
			case ModelPackage.ANALYSIS_SPEC__BOOTSTRAP_RESAMPLES:
				setBootstrapResamples(BOOTSTRAP_RESAMPLES_EDEFAULT);
				return;
			case ModelPackage.ANALYSIS_SPEC__ESTIMATORS:
				getEstimators().clear();
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
			case ModelPackage.ANALYSIS_SPEC__PROBE_SAMPLES:
				return probeSamples != PROBE_SAMPLES_EDEFAULT;
			case ModelPackage.ANALYSIS_SPEC__SURROGATES:
				return surrogates != SURROGATES_EDEFAULT;
			case ModelPackage.ANALYSIS_SPEC__BOOTSTRAP_RESAMPLES:
				return bootstrapResamples != BOOTSTRAP_RESAMPLES_EDEFAULT;
			case ModelPackage.ANALYSIS_SPEC__ESTIMATORS:
				return estimators != null && !estimators.isEmpty();
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
		result.append(" (probeSamples: ");
		result.append(probeSamples);
		result.append(", surrogates: ");
		result.append(surrogates);
		result.append(", bootstrapResamples: ");
		result.append(bootstrapResamples);
		result.append(')');
		return result.toString();
	}

} //AnalysisSpecImpl
