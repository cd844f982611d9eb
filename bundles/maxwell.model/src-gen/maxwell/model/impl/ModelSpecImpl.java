/**
 */
package maxwell.model.impl;

import java.util.Collection;

import maxwell.model.LatentType;
import maxwell.model.ModelPackage;
import maxwell.model.ModelSpec;
import maxwell.model.NetworkKind;
import maxwell.model.Partition;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link maxwell.model.impl.ModelSpecImpl#getEncoderKind <em>Encoder Kind</em>}</li>
 *   <li>{@link maxwell.model.impl.ModelSpecImpl#getEncoderHiddenSizes <em>Encoder Hidden Sizes</em>}</li>
 *   <li>{@link maxwell.model.impl.ModelSpecImpl#getDecoderKind <em>Decoder Kind</em>}</li>
 *   <li>{@link maxwell.model.impl.ModelSpecImpl#getDecoderHiddenSizes <em>Decoder Hidden Sizes</em>}</li>
 *   <li>{@link maxwell.model.impl.ModelSpecImpl#getLatentType <em>Latent Type</em>}</li>
 *   <li>{@link maxwell.model.impl.ModelSpecImpl#getBeta <em>Beta</em>}</li>
 *   <li>{@link maxwell.model.impl.ModelSpecImpl#getPartitions <em>Partitions</em>}</li>
 *   <li>{@link maxwell.model.impl.ModelSpecImpl#getPairingWeight <em>Pairing Weight</em>}</li>
 *   <li>{@link maxwell.model.impl.ModelSpecImpl#getDomainMmdWeight <em>Domain Mmd Weight</em>}</li>
 *   <li>{@link maxwell.model.impl.ModelSpecImpl#getCrossReconstructionWeight <em>Cross Reconstruction Weight</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ModelSpecImpl extends EObjectImpl implements ModelSpec {
	/**
	 * The default value of the '{@link #getEncoderKind() <em>Encoder Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncoderKind()
	 * @generated
	 * @ordered
	 */
	protected static final NetworkKind ENCODER_KIND_EDEFAULT = NetworkKind.MLP;

	/**
	 * The cached value of the '{@link #getEncoderKind() <em>Encoder Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncoderKind()
	 * @generated
	 * @ordered
	 */
	protected NetworkKind encoderKind = ENCODER_KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEncoderHiddenSizes() <em>Encoder Hidden Sizes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncoderHiddenSizes()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> encoderHiddenSizes;

	/**
	 * The default value of the '{@link #getDecoderKind() <em>Decoder Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecoderKind()
	 * @generated
	 * @ordered
	 */
	protected static final NetworkKind DECODER_KIND_EDEFAULT = NetworkKind.MLP;

	/**
	 * The cached value of the '{@link #getDecoderKind() <em>Decoder Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecoderKind()
	 * @generated
	 * @ordered
	 */
	protected NetworkKind decoderKind = DECODER_KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDecoderHiddenSizes() <em>Decoder Hidden Sizes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecoderHiddenSizes()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> decoderHiddenSizes;

	/**
	 * The default value of the '{@link #getLatentType() <em>Latent Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatentType()
	 * @generated
	 * @ordered
	 */
	protected static final LatentType LATENT_TYPE_EDEFAULT = LatentType.GAUSSIAN;

	/**
	 * The cached value of the '{@link #getLatentType() <em>Latent Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatentType()
	 * @generated
	 * @ordered
	 */
	protected LatentType latentType = LATENT_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeta() <em>Beta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeta()
	 * @generated
	 * @ordered
	 */
	protected static final double BETA_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getBeta() <em>Beta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeta()
	 * @generated
	 * @ordered
	 */
	protected double beta = BETA_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPartitions() <em>Partitions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartitions()
	 * @generated
	 * @ordered
	 */
	protected EList<Partition> partitions;

	/**
	 * The default value of the '{@link #getPairingWeight() <em>Pairing Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPairingWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double PAIRING_WEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPairingWeight() <em>Pairing Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPairingWeight()
	 * @generated
	 * @ordered
	 */
	protected double pairingWeight = PAIRING_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDomainMmdWeight() <em>Domain Mmd Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainMmdWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double DOMAIN_MMD_WEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDomainMmdWeight() <em>Domain Mmd Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainMmdWeight()
	 * @generated
	 * @ordered
	 */
	protected double domainMmdWeight = DOMAIN_MMD_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCrossReconstructionWeight() <em>Cross Reconstruction Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrossReconstructionWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double CROSS_RECONSTRUCTION_WEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCrossReconstructionWeight() <em>Cross Reconstruction Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrossReconstructionWeight()
	 * @generated
	 * @ordered
	 */
	protected double crossReconstructionWeight = CROSS_RECONSTRUCTION_WEIGHT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModelSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.MODEL_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkKind getEncoderKind() {
		return encoderKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncoderKind(NetworkKind newEncoderKind) {
		NetworkKind oldEncoderKind = encoderKind;
		encoderKind = newEncoderKind == null ? ENCODER_KIND_EDEFAULT : newEncoderKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MODEL_SPEC__ENCODER_KIND, oldEncoderKind, encoderKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getEncoderHiddenSizes() {
		if (encoderHiddenSizes == null) {
			encoderHiddenSizes = new EDataTypeEList<Integer>(Integer.class, this, ModelPackage.MODEL_SPEC__ENCODER_HIDDEN_SIZES);
		}
		return encoderHiddenSizes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkKind getDecoderKind() {
		return decoderKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecoderKind(NetworkKind newDecoderKind) {
		NetworkKind oldDecoderKind = decoderKind;
		decoderKind = newDecoderKind == null ? DECODER_KIND_EDEFAULT : newDecoderKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MODEL_SPEC__DECODER_KIND, oldDecoderKind, decoderKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getDecoderHiddenSizes() {
		if (decoderHiddenSizes == null) {
			decoderHiddenSizes = new EDataTypeEList<Integer>(Integer.class, this, ModelPackage.MODEL_SPEC__DECODER_HIDDEN_SIZES);
		}
		return decoderHiddenSizes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LatentType getLatentType() {
		return latentType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLatentType(LatentType newLatentType) {
		LatentType oldLatentType = latentType;
		latentType = newLatentType == null ? LATENT_TYPE_EDEFAULT : newLatentType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MODEL_SPEC__LATENT_TYPE, oldLatentType, latentType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBeta() {
		return beta;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeta(double newBeta) {
		double oldBeta = beta;
		beta = newBeta;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MODEL_SPEC__BETA, oldBeta, beta));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Partition> getPartitions() {
		if (partitions == null) {
			partitions = new EObjectContainmentEList<Partition>(Partition.class, this, ModelPackage.MODEL_SPEC__PARTITIONS);
		}
		return partitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPairingWeight() {
		return pairingWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPairingWeight(double newPairingWeight) {
		double oldPairingWeight = pairingWeight;
		pairingWeight = newPairingWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MODEL_SPEC__PAIRING_WEIGHT, oldPairingWeight, pairingWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDomainMmdWeight() {
		return domainMmdWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomainMmdWeight(double newDomainMmdWeight) {
		double oldDomainMmdWeight = domainMmdWeight;
		domainMmdWeight = newDomainMmdWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MODEL_SPEC__DOMAIN_MMD_WEIGHT, oldDomainMmdWeight, domainMmdWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCrossReconstructionWeight() {
		return crossReconstructionWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCrossReconstructionWeight(double newCrossReconstructionWeight) {
		double oldCrossReconstructionWeight = crossReconstructionWeight;
		crossReconstructionWeight = newCrossReconstructionWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MODEL_SPEC__CROSS_RECONSTRUCTION_WEIGHT, oldCrossReconstructionWeight, crossReconstructionWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.MODEL_SPEC__PARTITIONS:
				return ((InternalEList<?>)getPartitions()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.MODEL_SPEC__ENCODER_KIND:
				return getEncoderKind();
			case ModelPackage.MODEL_SPEC__ENCODER_HIDDEN_SIZES:
				return getEncoderHiddenSizes();
			case ModelPackage.MODEL_SPEC__DECODER_KIND:
				return getDecoderKind();
			case ModelPackage.MODEL_SPEC__DECODER_HIDDEN_SIZES:
				return getDecoderHiddenSizes();
			case ModelPackage.MODEL_SPEC__LATENT_TYPE:
				return getLatentType();
			case ModelPackage.MODEL_SPEC__BETA:
				return getBeta();
			case ModelPackage.MODEL_SPEC__PARTITIONS:
				return getPartitions();
			case ModelPackage.MODEL_SPEC__PAIRING_WEIGHT:
				return getPairingWeight();
			case ModelPackage.MODEL_SPEC__DOMAIN_MMD_WEIGHT:
				return getDomainMmdWeight();
			case ModelPackage.MODEL_SPEC__CROSS_RECONSTRUCTION_WEIGHT:
				return getCrossReconstructionWeight();
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
			case ModelPackage.MODEL_SPEC__ENCODER_KIND:
				setEncoderKind((NetworkKind)newValue);
				return;
			case ModelPackage.MODEL_SPEC__ENCODER_HIDDEN_SIZES:
				getEncoderHiddenSizes().clear();
				getEncoderHiddenSizes().addAll((Collection<? extends Integer>)newValue);
				return;
			case ModelPackage.MODEL_SPEC__DECODER_KIND:
				setDecoderKind((NetworkKind)newValue);
				return;
			case ModelPackage.MODEL_SPEC__DECODER_HIDDEN_SIZES:
				getDecoderHiddenSizes().clear();
				getDecoderHiddenSizes().addAll((Collection<? extends Integer>)newValue);
				return;
			case ModelPackage.MODEL_SPEC__LATENT_TYPE:
				setLatentType((LatentType)newValue);
				return;
			case ModelPackage.MODEL_SPEC__BETA:
				setBeta((Double)newValue);
				return;
			case ModelPackage.MODEL_SPEC__PARTITIONS:
				getPartitions().clear();
				getPartitions().addAll((Collection<? extends Partition>)newValue);
				return;
			case ModelPackage.MODEL_SPEC__PAIRING_WEIGHT:
				setPairingWeight((Double)newValue);
				return;
			case ModelPackage.MODEL_SPEC__DOMAIN_MMD_WEIGHT:
				setDomainMmdWeight((Double)newValue);
				return;
			case ModelPackage.MODEL_SPEC__CROSS_RECONSTRUCTION_WEIGHT:
				setCrossReconstructionWeight((Double)newValue);
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
			case ModelPackage.MODEL_SPEC__ENCODER_KIND:
				setEncoderKind(ENCODER_KIND_EDEFAULT);
				return;
			case ModelPackage.MODEL_SPEC__ENCODER_HIDDEN_SIZES:
				getEncoderHiddenSizes().clear();
				return;
			case ModelPackage.MODEL_SPEC__DECODER_KIND:
				setDecoderKind(DECODER_KIND_EDEFAULT);
				return;
			case ModelPackage.MODEL_SPEC__DECODER_HIDDEN_SIZES:
				getDecoderHiddenSizes().clear();
				return;
			case ModelPackage.MODEL_SPEC__LATENT_TYPE:
				setLatentType(LATENT_TYPE_EDEFAULT);
				return;
			case ModelPackage.MODEL_SPEC__BETA:
				setBeta(BETA_EDEFAULT);
				return;
			case ModelPackage.MODEL_SPEC__PARTITIONS:
				getPartitions().clear();
				return;
			case ModelPackage.MODEL_SPEC__PAIRING_WEIGHT:
				setPairingWeight(PAIRING_WEIGHT_EDEFAULT);
				return;
			case ModelPackage.MODEL_SPEC__DOMAIN_MMD_WEIGHT:
				setDomainMmdWeight(DOMAIN_MMD_WEIGHT_EDEFAULT);
				return;
			case ModelPackage.MODEL_SPEC__CROSS_RECONSTRUCTION_WEIGHT:
				setCrossReconstructionWeight(CROSS_RECONSTRUCTION_WEIGHT_EDEFAULT);
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
			case ModelPackage.MODEL_SPEC__ENCODER_KIND:
				return encoderKind != ENCODER_KIND_EDEFAULT;
			case ModelPackage.MODEL_SPEC__ENCODER_HIDDEN_SIZES:
				return encoderHiddenSizes != null && !encoderHiddenSizes.isEmpty();
			case ModelPackage.MODEL_SPEC__DECODER_KIND:
				return decoderKind != DECODER_KIND_EDEFAULT;
			case ModelPackage.MODEL_SPEC__DECODER_HIDDEN_SIZES:
				return decoderHiddenSizes != null && !decoderHiddenSizes.isEmpty();
			case ModelPackage.MODEL_SPEC__LATENT_TYPE:
				return latentType != LATENT_TYPE_EDEFAULT;
			case ModelPackage.MODEL_SPEC__BETA:
				return beta != BETA_EDEFAULT;
			case ModelPackage.MODEL_SPEC__PARTITIONS:
				return partitions != null && !partitions.isEmpty();
			case ModelPackage.MODEL_SPEC__PAIRING_WEIGHT:
				return pairingWeight != PAIRING_WEIGHT_EDEFAULT;
			case ModelPackage.MODEL_SPEC__DOMAIN_MMD_WEIGHT:
				return domainMmdWeight != DOMAIN_MMD_WEIGHT_EDEFAULT;
			case ModelPackage.MODEL_SPEC__CROSS_RECONSTRUCTION_WEIGHT:
				return crossReconstructionWeight != CROSS_RECONSTRUCTION_WEIGHT_EDEFAULT;
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
		result.append(" (encoderKind: ");
		result.append(encoderKind);
		result.append(", encoderHiddenSizes: ");
		result.append(encoderHiddenSizes);
		result.append(", decoderKind: ");
		result.append(decoderKind);
		result.append(", decoderHiddenSizes: ");
		result.append(decoderHiddenSizes);
		result.append(", latentType: ");
		result.append(latentType);
		result.append(", beta: ");
		result.append(beta);
		result.append(", pairingWeight: ");
		result.append(pairingWeight);
		result.append(", domainMmdWeight: ");
		result.append(domainMmdWeight);
		result.append(", crossReconstructionWeight: ");
		result.append(crossReconstructionWeight);
		result.append(')');
		return result.toString();
	}

} //ModelSpecImpl
