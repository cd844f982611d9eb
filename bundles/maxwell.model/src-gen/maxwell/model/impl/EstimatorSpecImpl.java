/**
 */
package maxwell.model.impl;

import maxwell.model.EstimatorKind;
import maxwell.model.EstimatorSpec;
import maxwell.model.ModelPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Estimator Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link maxwell.model.impl.EstimatorSpecImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link maxwell.model.impl.EstimatorSpecImpl#getK <em>K</em>}</li>
 *   <li>{@link maxwell.model.impl.EstimatorSpecImpl#getBins <em>Bins</em>}</li>
 *   <li>{@link maxwell.model.impl.EstimatorSpecImpl#getNoiseVariance <em>Noise Variance</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EstimatorSpecImpl extends EObjectImpl implements EstimatorSpec {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final EstimatorKind KIND_EDEFAULT = EstimatorKind.KSG;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected EstimatorKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getK() <em>K</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getK()
	 * @generated
	 * @ordered
	 */
	protected static final int K_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getK() <em>K</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getK()
	 * @generated
	 * @ordered
	 */
	protected int k = K_EDEFAULT;

	/**
	 * The default value of the '{@link #getBins() <em>Bins</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBins()
	 * @generated
	 * @ordered
	 */
	protected static final int BINS_EDEFAULT = 30;

	/**
	 * The cached value of the '{@link #getBins() <em>Bins</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBins()
	 * @generated
	 * @ordered
	 */
	protected int bins = BINS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNoiseVariance() <em>Noise Variance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoiseVariance()
	 * @generated
	 * @ordered
	 */
	protected static final double NOISE_VARIANCE_EDEFAULT = 0.1;

	/**
	 * The cached value of the '{@link #getNoiseVariance() <em>Noise Variance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoiseVariance()
	 * @generated
	 * @ordered
	 */
	protected double noiseVariance = NOISE_VARIANCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EstimatorSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.ESTIMATOR_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EstimatorKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(EstimatorKind newKind) {
		EstimatorKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ESTIMATOR_SPEC__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getK() {
		return k;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setK(int newK) {
		int oldK = k;
		k = newK;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ESTIMATOR_SPEC__K, oldK, k));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBins() {
		return bins;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBins(int newBins) {
		int oldBins = bins;
		bins = newBins;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ESTIMATOR_SPEC__BINS, oldBins, bins));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getNoiseVariance() {
		return noiseVariance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoiseVariance(double newNoiseVariance) {
		double oldNoiseVariance = noiseVariance;
		noiseVariance = newNoiseVariance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ESTIMATOR_SPEC__NOISE_VARIANCE, oldNoiseVariance, noiseVariance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.ESTIMATOR_SPEC__KIND:
				return getKind();
			case ModelPackage.ESTIMATOR_SPEC__K:
				return getK();
			case ModelPackage.ESTIMATOR_SPEC__BINS:
				return getBins();
			case ModelPackage.ESTIMATOR_SPEC__NOISE_VARIANCE:
				return getNoiseVariance();
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
			case ModelPackage.ESTIMATOR_SPEC__KIND:
				setKind((EstimatorKind)newValue);
				return;
			case ModelPackage.ESTIMATOR_SPEC__K:
				setK((Integer)newValue);
				return;
			case ModelPackage.ESTIMATOR_SPEC__BINS:
				setBins((Integer)newValue);
				return;
			case ModelPackage.ESTIMATOR_SPEC__NOISE_VARIANCE:
				setNoiseVariance((Double)newValue);
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
			case ModelPackage.ESTIMATOR_SPEC__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ModelPackage.ESTIMATOR_SPEC__K:
				setK(K_EDEFAULT);
				return;
			case ModelPackage.ESTIMATOR_SPEC__BINS:
				setBins(BINS_EDEFAULT);
				return;
			case ModelPackage.ESTIMATOR_SPEC__NOISE_VARIANCE:
				setNoiseVariance(NOISE_VARIANCE_EDEFAULT);
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
			case ModelPackage.ESTIMATOR_SPEC__KIND:
				return kind != KIND_EDEFAULT;
			case ModelPackage.ESTIMATOR_SPEC__K:
				return k != K_EDEFAULT;
			case ModelPackage.ESTIMATOR_SPEC__BINS:
				return bins != BINS_EDEFAULT;
			case ModelPackage.ESTIMATOR_SPEC__NOISE_VARIANCE:
				return noiseVariance != NOISE_VARIANCE_EDEFAULT;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", k: ");
		result.append(k);
		result.append(", bins: ");
		result.append(bins);
		result.append(", noiseVariance: ");
		result.append(noiseVariance);
		result.append(')');
		return result.toString();
	}

} //EstimatorSpecImpl
