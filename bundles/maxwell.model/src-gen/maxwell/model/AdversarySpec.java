/**
 */
package maxwell.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Adversary Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The demon: it watches one partition and tries to predict a label from it; the encoder is trained to defeat it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link maxwell.model.AdversarySpec#getWatches <em>Watches</em>}</li>
 *   <li>{@link maxwell.model.AdversarySpec#getPredicts <em>Predicts</em>}</li>
 *   <li>{@link maxwell.model.AdversarySpec#getHiddenSizes <em>Hidden Sizes</em>}</li>
 *   <li>{@link maxwell.model.AdversarySpec#getLambda <em>Lambda</em>}</li>
 *   <li>{@link maxwell.model.AdversarySpec#getSchedule <em>Schedule</em>}</li>
 *   <li>{@link maxwell.model.AdversarySpec#getRampEpochs <em>Ramp Epochs</em>}</li>
 *   <li>{@link maxwell.model.AdversarySpec#getFormulation <em>Formulation</em>}</li>
 *   <li>{@link maxwell.model.AdversarySpec#getAdversarySteps <em>Adversary Steps</em>}</li>
 *   <li>{@link maxwell.model.AdversarySpec#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link maxwell.model.AdversarySpec#getDemons <em>Demons</em>}</li>
 * </ul>
 *
 * @see maxwell.model.ModelPackage#getAdversarySpec()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='watchesExistingPartition lambdaNotNegative rampPositive stepsPositive learningRatePositive hiddenSizesPositive demonsInRange'"
 * @generated
 */
public interface AdversarySpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Watches</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Watches</em>' reference.
	 * @see #setWatches(Partition)
	 * @see maxwell.model.ModelPackage#getAdversarySpec_Watches()
	 * @model
	 * @generated
	 */
	Partition getWatches();

	/**
	 * Sets the value of the '{@link maxwell.model.AdversarySpec#getWatches <em>Watches</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Watches</em>' reference.
	 * @see #getWatches()
	 * @generated
	 */
	void setWatches(Partition value);

	/**
	 * Returns the value of the '<em><b>Predicts</b></em>' attribute.
	 * The literals are from the enumeration {@link maxwell.model.AdversaryTarget}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Predicts</em>' attribute.
	 * @see maxwell.model.AdversaryTarget
	 * @see #setPredicts(AdversaryTarget)
	 * @see maxwell.model.ModelPackage#getAdversarySpec_Predicts()
	 * @model
	 * @generated
	 */
	AdversaryTarget getPredicts();

	/**
	 * Sets the value of the '{@link maxwell.model.AdversarySpec#getPredicts <em>Predicts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Predicts</em>' attribute.
	 * @see maxwell.model.AdversaryTarget
	 * @see #getPredicts()
	 * @generated
	 */
	void setPredicts(AdversaryTarget value);

	/**
	 * Returns the value of the '<em><b>Hidden Sizes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hidden Sizes</em>' attribute list.
	 * @see maxwell.model.ModelPackage#getAdversarySpec_HiddenSizes()
	 * @model unique="false"
	 * @generated
	 */
	EList<Integer> getHiddenSizes();

	/**
	 * Returns the value of the '<em><b>Lambda</b></em>' attribute.
	 * The default value is <code>"10.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lambda</em>' attribute.
	 * @see #setLambda(double)
	 * @see maxwell.model.ModelPackage#getAdversarySpec_Lambda()
	 * @model default="10.0"
	 * @generated
	 */
	double getLambda();

	/**
	 * Sets the value of the '{@link maxwell.model.AdversarySpec#getLambda <em>Lambda</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lambda</em>' attribute.
	 * @see #getLambda()
	 * @generated
	 */
	void setLambda(double value);

	/**
	 * Returns the value of the '<em><b>Schedule</b></em>' attribute.
	 * The literals are from the enumeration {@link maxwell.model.LambdaSchedule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Schedule</em>' attribute.
	 * @see maxwell.model.LambdaSchedule
	 * @see #setSchedule(LambdaSchedule)
	 * @see maxwell.model.ModelPackage#getAdversarySpec_Schedule()
	 * @model
	 * @generated
	 */
	LambdaSchedule getSchedule();

	/**
	 * Sets the value of the '{@link maxwell.model.AdversarySpec#getSchedule <em>Schedule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schedule</em>' attribute.
	 * @see maxwell.model.LambdaSchedule
	 * @see #getSchedule()
	 * @generated
	 */
	void setSchedule(LambdaSchedule value);

	/**
	 * Returns the value of the '<em><b>Ramp Epochs</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ramp Epochs</em>' attribute.
	 * @see #setRampEpochs(double)
	 * @see maxwell.model.ModelPackage#getAdversarySpec_RampEpochs()
	 * @model default="1.0"
	 * @generated
	 */
	double getRampEpochs();

	/**
	 * Sets the value of the '{@link maxwell.model.AdversarySpec#getRampEpochs <em>Ramp Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ramp Epochs</em>' attribute.
	 * @see #getRampEpochs()
	 * @generated
	 */
	void setRampEpochs(double value);

	/**
	 * Returns the value of the '<em><b>Formulation</b></em>' attribute.
	 * The literals are from the enumeration {@link maxwell.model.AdversaryFormulation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Formulation</em>' attribute.
	 * @see maxwell.model.AdversaryFormulation
	 * @see #setFormulation(AdversaryFormulation)
	 * @see maxwell.model.ModelPackage#getAdversarySpec_Formulation()
	 * @model
	 * @generated
	 */
	AdversaryFormulation getFormulation();

	/**
	 * Sets the value of the '{@link maxwell.model.AdversarySpec#getFormulation <em>Formulation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Formulation</em>' attribute.
	 * @see maxwell.model.AdversaryFormulation
	 * @see #getFormulation()
	 * @generated
	 */
	void setFormulation(AdversaryFormulation value);

	/**
	 * Returns the value of the '<em><b>Adversary Steps</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * k: adversary updates per encoder update (ALTERNATING_MIN_MAX).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adversary Steps</em>' attribute.
	 * @see #setAdversarySteps(int)
	 * @see maxwell.model.ModelPackage#getAdversarySpec_AdversarySteps()
	 * @model default="1"
	 * @generated
	 */
	int getAdversarySteps();

	/**
	 * Sets the value of the '{@link maxwell.model.AdversarySpec#getAdversarySteps <em>Adversary Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adversary Steps</em>' attribute.
	 * @see #getAdversarySteps()
	 * @generated
	 */
	void setAdversarySteps(int value);

	/**
	 * Returns the value of the '<em><b>Learning Rate</b></em>' attribute.
	 * The default value is <code>"0.001"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Learning rate of the separately optimised adversary.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Learning Rate</em>' attribute.
	 * @see #setLearningRate(double)
	 * @see maxwell.model.ModelPackage#getAdversarySpec_LearningRate()
	 * @model default="0.001"
	 * @generated
	 */
	double getLearningRate();

	/**
	 * Sets the value of the '{@link maxwell.model.AdversarySpec#getLearningRate <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Learning Rate</em>' attribute.
	 * @see #getLearningRate()
	 * @generated
	 */
	void setLearningRate(double value);

	/**
	 * Returns the value of the '<em><b>Demons</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An ensemble: how many demons watch the partition, each with its own initial weights and optimiser state; the encoder is trained against their mean loss.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Demons</em>' attribute.
	 * @see #setDemons(int)
	 * @see maxwell.model.ModelPackage#getAdversarySpec_Demons()
	 * @model default="1"
	 * @generated
	 */
	int getDemons();

	/**
	 * Sets the value of the '{@link maxwell.model.AdversarySpec#getDemons <em>Demons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Demons</em>' attribute.
	 * @see #getDemons()
	 * @generated
	 */
	void setDemons(int value);

} // AdversarySpec
