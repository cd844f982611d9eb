/**
 */
package maxwell.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Analysis Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link maxwell.model.AnalysisSpec#getProbeSamples <em>Probe Samples</em>}</li>
 *   <li>{@link maxwell.model.AnalysisSpec#getSurrogates <em>Surrogates</em>}</li>
 *   <li>{@link maxwell.model.AnalysisSpec#getBootstrapResamples <em>Bootstrap Resamples</em>}</li>
 *   <li>{@link maxwell.model.AnalysisSpec#getEstimators <em>Estimators</em>}</li>
 * </ul>
 *
 * @see maxwell.model.ModelPackage#getAnalysisSpec()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='probeSamplesFit countsNotNegative hasEstimators'"
 * @generated
 */
public interface AnalysisSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Probe Samples</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many probe-set samples the estimators use; 0 means all of the dataset's probe set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Probe Samples</em>' attribute.
	 * @see #setProbeSamples(int)
	 * @see maxwell.model.ModelPackage#getAnalysisSpec_ProbeSamples()
	 * @model
	 * @generated
	 */
	int getProbeSamples();

	/**
	 * Sets the value of the '{@link maxwell.model.AnalysisSpec#getProbeSamples <em>Probe Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probe Samples</em>' attribute.
	 * @see #getProbeSamples()
	 * @generated
	 */
	void setProbeSamples(int value);

	/**
	 * Returns the value of the '<em><b>Surrogates</b></em>' attribute.
	 * The default value is <code>"20"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Surrogates</em>' attribute.
	 * @see #setSurrogates(int)
	 * @see maxwell.model.ModelPackage#getAnalysisSpec_Surrogates()
	 * @model default="20"
	 * @generated
	 */
	int getSurrogates();

	/**
	 * Sets the value of the '{@link maxwell.model.AnalysisSpec#getSurrogates <em>Surrogates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Surrogates</em>' attribute.
	 * @see #getSurrogates()
	 * @generated
	 */
	void setSurrogates(int value);

	/**
	 * Returns the value of the '<em><b>Bootstrap Resamples</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bootstrap Resamples</em>' attribute.
	 * @see #setBootstrapResamples(int)
	 * @see maxwell.model.ModelPackage#getAnalysisSpec_BootstrapResamples()
	 * @model default="100"
	 * @generated
	 */
	int getBootstrapResamples();

	/**
	 * Sets the value of the '{@link maxwell.model.AnalysisSpec#getBootstrapResamples <em>Bootstrap Resamples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bootstrap Resamples</em>' attribute.
	 * @see #getBootstrapResamples()
	 * @generated
	 */
	void setBootstrapResamples(int value);

	/**
	 * Returns the value of the '<em><b>Estimators</b></em>' containment reference list.
	 * The list contents are of type {@link maxwell.model.EstimatorSpec}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Estimators</em>' containment reference list.
	 * @see maxwell.model.ModelPackage#getAnalysisSpec_Estimators()
	 * @model containment="true"
	 * @generated
	 */
	EList<EstimatorSpec> getEstimators();

} // AnalysisSpec
