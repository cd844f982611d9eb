/**
 */
package maxwell.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dataset Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link maxwell.model.DatasetSpec#getKind <em>Kind</em>}</li>
 *   <li>{@link maxwell.model.DatasetSpec#getImageSize <em>Image Size</em>}</li>
 *   <li>{@link maxwell.model.DatasetSpec#getChannels <em>Channels</em>}</li>
 *   <li>{@link maxwell.model.DatasetSpec#getDomains <em>Domains</em>}</li>
 *   <li>{@link maxwell.model.DatasetSpec#getTrainSize <em>Train Size</em>}</li>
 *   <li>{@link maxwell.model.DatasetSpec#getProbeSize <em>Probe Size</em>}</li>
 *   <li>{@link maxwell.model.DatasetSpec#getDataLocation <em>Data Location</em>}</li>
 *   <li>{@link maxwell.model.DatasetSpec#getContentLabels <em>Content Labels</em>}</li>
 * </ul>
 *
 * @see maxwell.model.ModelPackage#getDatasetSpec()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='imageSizeInRange channelsSupported enoughDomains domainNamesUnique setSizesPositive'"
 * @generated
 */
public interface DatasetSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link maxwell.model.DatasetKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see maxwell.model.DatasetKind
	 * @see #setKind(DatasetKind)
	 * @see maxwell.model.ModelPackage#getDatasetSpec_Kind()
	 * @model
	 * @generated
	 */
	DatasetKind getKind();

	/**
	 * Sets the value of the '{@link maxwell.model.DatasetSpec#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see maxwell.model.DatasetKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DatasetKind value);

	/**
	 * Returns the value of the '<em><b>Image Size</b></em>' attribute.
	 * The default value is <code>"32"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image Size</em>' attribute.
	 * @see #setImageSize(int)
	 * @see maxwell.model.ModelPackage#getDatasetSpec_ImageSize()
	 * @model default="32"
	 * @generated
	 */
	int getImageSize();

	/**
	 * Sets the value of the '{@link maxwell.model.DatasetSpec#getImageSize <em>Image Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image Size</em>' attribute.
	 * @see #getImageSize()
	 * @generated
	 */
	void setImageSize(int value);

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' attribute.
	 * @see #setChannels(int)
	 * @see maxwell.model.ModelPackage#getDatasetSpec_Channels()
	 * @model default="3"
	 * @generated
	 */
	int getChannels();

	/**
	 * Sets the value of the '{@link maxwell.model.DatasetSpec#getChannels <em>Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channels</em>' attribute.
	 * @see #getChannels()
	 * @generated
	 */
	void setChannels(int value);

	/**
	 * Returns the value of the '<em><b>Domains</b></em>' containment reference list.
	 * The list contents are of type {@link maxwell.model.Domain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domains</em>' containment reference list.
	 * @see maxwell.model.ModelPackage#getDatasetSpec_Domains()
	 * @model containment="true"
	 * @generated
	 */
	EList<Domain> getDomains();

	/**
	 * Returns the value of the '<em><b>Train Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Train Size</em>' attribute.
	 * @see #setTrainSize(int)
	 * @see maxwell.model.ModelPackage#getDatasetSpec_TrainSize()
	 * @model
	 * @generated
	 */
	int getTrainSize();

	/**
	 * Sets the value of the '{@link maxwell.model.DatasetSpec#getTrainSize <em>Train Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Train Size</em>' attribute.
	 * @see #getTrainSize()
	 * @generated
	 */
	void setTrainSize(int value);

	/**
	 * Returns the value of the '<em><b>Probe Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Probe Size</em>' attribute.
	 * @see #setProbeSize(int)
	 * @see maxwell.model.ModelPackage#getDatasetSpec_ProbeSize()
	 * @model
	 * @generated
	 */
	int getProbeSize();

	/**
	 * Sets the value of the '{@link maxwell.model.DatasetSpec#getProbeSize <em>Probe Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probe Size</em>' attribute.
	 * @see #getProbeSize()
	 * @generated
	 */
	void setProbeSize(int value);

	/**
	 * Returns the value of the '<em><b>Data Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Folder of the Fashion-MNIST IDX files; empty means /usr/share/datasets/fashion-mnist.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Location</em>' attribute.
	 * @see #setDataLocation(String)
	 * @see maxwell.model.ModelPackage#getDatasetSpec_DataLocation()
	 * @model
	 * @generated
	 */
	String getDataLocation();

	/**
	 * Sets the value of the '{@link maxwell.model.DatasetSpec#getDataLocation <em>Data Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Location</em>' attribute.
	 * @see #getDataLocation()
	 * @generated
	 */
	void setDataLocation(String value);

	/**
	 * Returns the value of the '<em><b>Content Labels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional CSV of content labels for tile sources.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content Labels</em>' attribute.
	 * @see #setContentLabels(String)
	 * @see maxwell.model.ModelPackage#getDatasetSpec_ContentLabels()
	 * @model
	 * @generated
	 */
	String getContentLabels();

	/**
	 * Sets the value of the '{@link maxwell.model.DatasetSpec#getContentLabels <em>Content Labels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Labels</em>' attribute.
	 * @see #getContentLabels()
	 * @generated
	 */
	void setContentLabels(String value);

} // DatasetSpec
