/**
 */
package maxwell.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link maxwell.model.ModelSpec#getEncoderKind <em>Encoder Kind</em>}</li>
 *   <li>{@link maxwell.model.ModelSpec#getEncoderHiddenSizes <em>Encoder Hidden Sizes</em>}</li>
 *   <li>{@link maxwell.model.ModelSpec#getDecoderKind <em>Decoder Kind</em>}</li>
 *   <li>{@link maxwell.model.ModelSpec#getDecoderHiddenSizes <em>Decoder Hidden Sizes</em>}</li>
 *   <li>{@link maxwell.model.ModelSpec#getLatentType <em>Latent Type</em>}</li>
 *   <li>{@link maxwell.model.ModelSpec#getBeta <em>Beta</em>}</li>
 *   <li>{@link maxwell.model.ModelSpec#getPartitions <em>Partitions</em>}</li>
 *   <li>{@link maxwell.model.ModelSpec#getPairingWeight <em>Pairing Weight</em>}</li>
 *   <li>{@link maxwell.model.ModelSpec#getDomainMmdWeight <em>Domain Mmd Weight</em>}</li>
 *   <li>{@link maxwell.model.ModelSpec#getCrossReconstructionWeight <em>Cross Reconstruction Weight</em>}</li>
 * </ul>
 *
 * @see maxwell.model.ModelPackage#getModelSpec()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hiddenSizesPositive betaUsable enoughPartitions partitionNamesUnique hasContentPartition pairingWeightNotNegative domainMmdWeightNotNegative crossReconstructionWeightNotNegative crossReconstructionHasAStylePartition'"
 * @generated
 */
public interface ModelSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Encoder Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link maxwell.model.NetworkKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Encoder Kind</em>' attribute.
	 * @see maxwell.model.NetworkKind
	 * @see #setEncoderKind(NetworkKind)
	 * @see maxwell.model.ModelPackage#getModelSpec_EncoderKind()
	 * @model
	 * @generated
	 */
	NetworkKind getEncoderKind();

	/**
	 * Sets the value of the '{@link maxwell.model.ModelSpec#getEncoderKind <em>Encoder Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encoder Kind</em>' attribute.
	 * @see maxwell.model.NetworkKind
	 * @see #getEncoderKind()
	 * @generated
	 */
	void setEncoderKind(NetworkKind value);

	/**
	 * Returns the value of the '<em><b>Encoder Hidden Sizes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Encoder Hidden Sizes</em>' attribute list.
	 * @see maxwell.model.ModelPackage#getModelSpec_EncoderHiddenSizes()
	 * @model unique="false"
	 * @generated
	 */
	EList<Integer> getEncoderHiddenSizes();

	/**
	 * Returns the value of the '<em><b>Decoder Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link maxwell.model.NetworkKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decoder Kind</em>' attribute.
	 * @see maxwell.model.NetworkKind
	 * @see #setDecoderKind(NetworkKind)
	 * @see maxwell.model.ModelPackage#getModelSpec_DecoderKind()
	 * @model
	 * @generated
	 */
	NetworkKind getDecoderKind();

	/**
	 * Sets the value of the '{@link maxwell.model.ModelSpec#getDecoderKind <em>Decoder Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decoder Kind</em>' attribute.
	 * @see maxwell.model.NetworkKind
	 * @see #getDecoderKind()
	 * @generated
	 */
	void setDecoderKind(NetworkKind value);

	/**
	 * Returns the value of the '<em><b>Decoder Hidden Sizes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decoder Hidden Sizes</em>' attribute list.
	 * @see maxwell.model.ModelPackage#getModelSpec_DecoderHiddenSizes()
	 * @model unique="false"
	 * @generated
	 */
	EList<Integer> getDecoderHiddenSizes();

	/**
	 * Returns the value of the '<em><b>Latent Type</b></em>' attribute.
	 * The literals are from the enumeration {@link maxwell.model.LatentType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Latent Type</em>' attribute.
	 * @see maxwell.model.LatentType
	 * @see #setLatentType(LatentType)
	 * @see maxwell.model.ModelPackage#getModelSpec_LatentType()
	 * @model
	 * @generated
	 */
	LatentType getLatentType();

	/**
	 * Sets the value of the '{@link maxwell.model.ModelSpec#getLatentType <em>Latent Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Latent Type</em>' attribute.
	 * @see maxwell.model.LatentType
	 * @see #getLatentType()
	 * @generated
	 */
	void setLatentType(LatentType value);

	/**
	 * Returns the value of the '<em><b>Beta</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beta</em>' attribute.
	 * @see #setBeta(double)
	 * @see maxwell.model.ModelPackage#getModelSpec_Beta()
	 * @model default="1.0"
	 * @generated
	 */
	double getBeta();

	/**
	 * Sets the value of the '{@link maxwell.model.ModelSpec#getBeta <em>Beta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beta</em>' attribute.
	 * @see #getBeta()
	 * @generated
	 */
	void setBeta(double value);

	/**
	 * Returns the value of the '<em><b>Partitions</b></em>' containment reference list.
	 * The list contents are of type {@link maxwell.model.Partition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partitions</em>' containment reference list.
	 * @see maxwell.model.ModelPackage#getModelSpec_Partitions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Partition> getPartitions();

	/**
	 * Returns the value of the '<em><b>Pairing Weight</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight of the pairing term: the same item seen in different domains should get the same mean code in the partition the demon watches. The term is the share of that partition's code spread lying within items (0..1, scale-free), so weights in the hundreds matter next to the reconstruction loss (the templates use 200). 0 turns it off.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pairing Weight</em>' attribute.
	 * @see #setPairingWeight(double)
	 * @see maxwell.model.ModelPackage#getModelSpec_PairingWeight()
	 * @model default="0.0"
	 * @generated
	 */
	double getPairingWeight();

	/**
	 * Sets the value of the '{@link maxwell.model.ModelSpec#getPairingWeight <em>Pairing Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pairing Weight</em>' attribute.
	 * @see #getPairingWeight()
	 * @generated
	 */
	void setPairingWeight(double value);

	/**
	 * Returns the value of the '<em><b>Domain Mmd Weight</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight of the domain MMD term: the mean codes of each domain in the partition the demon watches should be spread like those of the whole batch (squared maximum mean discrepancy with Gaussian kernels whose widths follow the batch's spread, so the term is scale-free). It needs no pairs and attacks what a fresh k-NN probe reads. 0 turns it off.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Mmd Weight</em>' attribute.
	 * @see #setDomainMmdWeight(double)
	 * @see maxwell.model.ModelPackage#getModelSpec_DomainMmdWeight()
	 * @model default="0.0"
	 * @generated
	 */
	double getDomainMmdWeight();

	/**
	 * Sets the value of the '{@link maxwell.model.ModelSpec#getDomainMmdWeight <em>Domain Mmd Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Mmd Weight</em>' attribute.
	 * @see #getDomainMmdWeight()
	 * @generated
	 */
	void setDomainMmdWeight(double value);

	/**
	 * Returns the value of the '<em><b>Cross Reconstruction Weight</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight of the cross reconstruction term: each image is also decoded from the code of another rendering of the same item in the partition the demon watches and from the style code of another item in its own domain, so the watched partition must carry what the renderings of an item share and the style partition what its domain adds. Batches then hold each item in all of its domains. Needs a style partition. 0 turns it off.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cross Reconstruction Weight</em>' attribute.
	 * @see #setCrossReconstructionWeight(double)
	 * @see maxwell.model.ModelPackage#getModelSpec_CrossReconstructionWeight()
	 * @model default="0.0"
	 * @generated
	 */
	double getCrossReconstructionWeight();

	/**
	 * Sets the value of the '{@link maxwell.model.ModelSpec#getCrossReconstructionWeight <em>Cross Reconstruction Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cross Reconstruction Weight</em>' attribute.
	 * @see #getCrossReconstructionWeight()
	 * @generated
	 */
	void setCrossReconstructionWeight(double value);

} // ModelSpec
