/**
 */
package maxwell.model.impl;

import java.util.Collection;

import maxwell.model.DatasetKind;
import maxwell.model.DatasetSpec;
import maxwell.model.Domain;
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
 * An implementation of the model object '<em><b>Dataset Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link maxwell.model.impl.DatasetSpecImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link maxwell.model.impl.DatasetSpecImpl#getImageSize <em>Image Size</em>}</li>
 *   <li>{@link maxwell.model.impl.DatasetSpecImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link maxwell.model.impl.DatasetSpecImpl#getDomains <em>Domains</em>}</li>
 *   <li>{@link maxwell.model.impl.DatasetSpecImpl#getTrainSize <em>Train Size</em>}</li>
 *   <li>{@link maxwell.model.impl.DatasetSpecImpl#getProbeSize <em>Probe Size</em>}</li>
 *   <li>{@link maxwell.model.impl.DatasetSpecImpl#getDataLocation <em>Data Location</em>}</li>
 *   <li>{@link maxwell.model.impl.DatasetSpecImpl#getContentLabels <em>Content Labels</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DatasetSpecImpl extends EObjectImpl implements DatasetSpec {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DatasetKind KIND_EDEFAULT = DatasetKind.SYNTHETIC_MAP_TILES;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DatasetKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getImageSize() <em>Image Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageSize()
	 * @generated
	 * @ordered
	 */
	protected static final int IMAGE_SIZE_EDEFAULT = 32;

	/**
	 * The cached value of the '{@link #getImageSize() <em>Image Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageSize()
	 * @generated
	 * @ordered
	 */
	protected int imageSize = IMAGE_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getChannels() <em>Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected static final int CHANNELS_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected int channels = CHANNELS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDomains() <em>Domains</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomains()
	 * @generated
	 * @ordered
	 */
	protected EList<Domain> domains;

	/**
	 * The default value of the '{@link #getTrainSize() <em>Train Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainSize()
	 * @generated
	 * @ordered
	 */
	protected static final int TRAIN_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTrainSize() <em>Train Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainSize()
	 * @generated
	 * @ordered
	 */
	protected int trainSize = TRAIN_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getProbeSize() <em>Probe Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbeSize()
	 * @generated
	 * @ordered
	 */
	protected static final int PROBE_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getProbeSize() <em>Probe Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbeSize()
	 * @generated
	 * @ordered
	 */
	protected int probeSize = PROBE_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDataLocation() <em>Data Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String DATA_LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDataLocation() <em>Data Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataLocation()
	 * @generated
	 * @ordered
	 */
	protected String dataLocation = DATA_LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getContentLabels() <em>Content Labels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentLabels()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_LABELS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContentLabels() <em>Content Labels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentLabels()
	 * @generated
	 * @ordered
	 */
	protected String contentLabels = CONTENT_LABELS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DatasetSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.DATASET_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatasetKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DatasetKind newKind) {
		DatasetKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET_SPEC__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getImageSize() {
		return imageSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImageSize(int newImageSize) {
		int oldImageSize = imageSize;
		imageSize = newImageSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET_SPEC__IMAGE_SIZE, oldImageSize, imageSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getChannels() {
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannels(int newChannels) {
		int oldChannels = channels;
		channels = newChannels;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET_SPEC__CHANNELS, oldChannels, channels));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Domain> getDomains() {
		if (domains == null) {
			domains = new EObjectContainmentEList<Domain>(Domain.class, this, ModelPackage.DATASET_SPEC__DOMAINS);
		}
		return domains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTrainSize() {
		return trainSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainSize(int newTrainSize) {
		int oldTrainSize = trainSize;
		trainSize = newTrainSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET_SPEC__TRAIN_SIZE, oldTrainSize, trainSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getProbeSize() {
		return probeSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProbeSize(int newProbeSize) {
		int oldProbeSize = probeSize;
		probeSize = newProbeSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET_SPEC__PROBE_SIZE, oldProbeSize, probeSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDataLocation() {
		return dataLocation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataLocation(String newDataLocation) {
		String oldDataLocation = dataLocation;
		dataLocation = newDataLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET_SPEC__DATA_LOCATION, oldDataLocation, dataLocation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContentLabels() {
		return contentLabels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentLabels(String newContentLabels) {
		String oldContentLabels = contentLabels;
		contentLabels = newContentLabels;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DATASET_SPEC__CONTENT_LABELS, oldContentLabels, contentLabels));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.DATASET_SPEC__DOMAINS:
				return ((InternalEList<?>)getDomains()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.DATASET_SPEC__KIND:
				return getKind();
			case ModelPackage.DATASET_SPEC__IMAGE_SIZE:
				return getImageSize();
			case ModelPackage.DATASET_SPEC__CHANNELS:
				return getChannels();
			case ModelPackage.DATASET_SPEC__DOMAINS:
				return getDomains();
			case ModelPackage.DATASET_SPEC__TRAIN_SIZE:
				return getTrainSize();
			case ModelPackage.DATASET_SPEC__PROBE_SIZE:
				return getProbeSize();
			case ModelPackage.DATASET_SPEC__DATA_LOCATION:
				return getDataLocation();
			case ModelPackage.DATASET_SPEC__CONTENT_LABELS:
				return getContentLabels();
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
			case ModelPackage.DATASET_SPEC__KIND:
				setKind((DatasetKind)newValue);
				return;
			case ModelPackage.DATASET_SPEC__IMAGE_SIZE:
				setImageSize((Integer)newValue);
				return;
			case ModelPackage.DATASET_SPEC__CHANNELS:
				setChannels((Integer)newValue);
				return;
			case ModelPackage.DATASET_SPEC__DOMAINS:
				getDomains().clear();
				getDomains().addAll((Collection<? extends Domain>)newValue);
				return;
			case ModelPackage.DATASET_SPEC__TRAIN_SIZE:
				setTrainSize((Integer)newValue);
				return;
			case ModelPackage.DATASET_SPEC__PROBE_SIZE:
				setProbeSize((Integer)newValue);
				return;
			case ModelPackage.DATASET_SPEC__DATA_LOCATION:
				setDataLocation((String)newValue);
				return;
			case ModelPackage.DATASET_SPEC__CONTENT_LABELS:
				setContentLabels((String)newValue);
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
			case ModelPackage.DATASET_SPEC__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ModelPackage.DATASET_SPEC__IMAGE_SIZE:
				setImageSize(IMAGE_SIZE_EDEFAULT);
				return;
			case ModelPackage.DATASET_SPEC__CHANNELS:
				setChannels(CHANNELS_EDEFAULT);
				return;
			case ModelPackage.DATASET_SPEC__DOMAINS:
				getDomains().clear();
				return;
			case ModelPackage.DATASET_SPEC__TRAIN_SIZE:
				setTrainSize(TRAIN_SIZE_EDEFAULT);
				return;
			case ModelPackage.DATASET_SPEC__PROBE_SIZE:
				setProbeSize(PROBE_SIZE_EDEFAULT);
				return;
			case ModelPackage.DATASET_SPEC__DATA_LOCATION:
				setDataLocation(DATA_LOCATION_EDEFAULT);
				return;
			case ModelPackage.DATASET_SPEC__CONTENT_LABELS:
				setContentLabels(CONTENT_LABELS_EDEFAULT);
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
			case ModelPackage.DATASET_SPEC__KIND:
				return kind != KIND_EDEFAULT;
			case ModelPackage.DATASET_SPEC__IMAGE_SIZE:
				return imageSize != IMAGE_SIZE_EDEFAULT;
			case ModelPackage.DATASET_SPEC__CHANNELS:
				return channels != CHANNELS_EDEFAULT;
			case ModelPackage.DATASET_SPEC__DOMAINS:
				return domains != null && !domains.isEmpty();
			case ModelPackage.DATASET_SPEC__TRAIN_SIZE:
				return trainSize != TRAIN_SIZE_EDEFAULT;
			case ModelPackage.DATASET_SPEC__PROBE_SIZE:
				return probeSize != PROBE_SIZE_EDEFAULT;
			case ModelPackage.DATASET_SPEC__DATA_LOCATION:
				return DATA_LOCATION_EDEFAULT == null ? dataLocation != null : !DATA_LOCATION_EDEFAULT.equals(dataLocation);
			case ModelPackage.DATASET_SPEC__CONTENT_LABELS:
				return CONTENT_LABELS_EDEFAULT == null ? contentLabels != null : !CONTENT_LABELS_EDEFAULT.equals(contentLabels);
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
		result.append(", imageSize: ");
		result.append(imageSize);
		result.append(", channels: ");
		result.append(channels);
		result.append(", trainSize: ");
		result.append(trainSize);
		result.append(", probeSize: ");
		result.append(probeSize);
		result.append(", dataLocation: ");
		result.append(dataLocation);
		result.append(", contentLabels: ");
		result.append(contentLabels);
		result.append(')');
		return result.toString();
	}

} //DatasetSpecImpl
