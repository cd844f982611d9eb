/**
 */
package maxwell.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Estimator Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link maxwell.model.EstimatorSpec#getKind <em>Kind</em>}</li>
 *   <li>{@link maxwell.model.EstimatorSpec#getK <em>K</em>}</li>
 *   <li>{@link maxwell.model.EstimatorSpec#getBins <em>Bins</em>}</li>
 *   <li>{@link maxwell.model.EstimatorSpec#getNoiseVariance <em>Noise Variance</em>}</li>
 * </ul>
 *
 * @see maxwell.model.ModelPackage#getEstimatorSpec()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='parametersInRange'"
 * @generated
 */
public interface EstimatorSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link maxwell.model.EstimatorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see maxwell.model.EstimatorKind
	 * @see #setKind(EstimatorKind)
	 * @see maxwell.model.ModelPackage#getEstimatorSpec_Kind()
	 * @model
	 * @generated
	 */
	EstimatorKind getKind();

	/**
	 * Sets the value of the '{@link maxwell.model.EstimatorSpec#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see maxwell.model.EstimatorKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EstimatorKind value);

	/**
	 * Returns the value of the '<em><b>K</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>K</em>' attribute.
	 * @see #setK(int)
	 * @see maxwell.model.ModelPackage#getEstimatorSpec_K()
	 * @model default="3"
	 * @generated
	 */
	int getK();

	/**
	 * Sets the value of the '{@link maxwell.model.EstimatorSpec#getK <em>K</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>K</em>' attribute.
	 * @see #getK()
	 * @generated
	 */
	void setK(int value);

	/**
	 * Returns the value of the '<em><b>Bins</b></em>' attribute.
	 * The default value is <code>"30"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bins</em>' attribute.
	 * @see #setBins(int)
	 * @see maxwell.model.ModelPackage#getEstimatorSpec_Bins()
	 * @model default="30"
	 * @generated
	 */
	int getBins();

	/**
	 * Sets the value of the '{@link maxwell.model.EstimatorSpec#getBins <em>Bins</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bins</em>' attribute.
	 * @see #getBins()
	 * @generated
	 */
	void setBins(int value);

	/**
	 * Returns the value of the '<em><b>Noise Variance</b></em>' attribute.
	 * The default value is <code>"0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Noise Variance</em>' attribute.
	 * @see #setNoiseVariance(double)
	 * @see maxwell.model.ModelPackage#getEstimatorSpec_NoiseVariance()
	 * @model default="0.1"
	 * @generated
	 */
	double getNoiseVariance();

	/**
	 * Sets the value of the '{@link maxwell.model.EstimatorSpec#getNoiseVariance <em>Noise Variance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Noise Variance</em>' attribute.
	 * @see #getNoiseVariance()
	 * @generated
	 */
	void setNoiseVariance(double value);

} // EstimatorSpec
