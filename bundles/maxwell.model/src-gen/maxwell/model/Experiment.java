/**
 */
package maxwell.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Experiment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link maxwell.model.Experiment#getName <em>Name</em>}</li>
 *   <li>{@link maxwell.model.Experiment#getDescription <em>Description</em>}</li>
 *   <li>{@link maxwell.model.Experiment#getSeed <em>Seed</em>}</li>
 *   <li>{@link maxwell.model.Experiment#getData <em>Data</em>}</li>
 *   <li>{@link maxwell.model.Experiment#getModel <em>Model</em>}</li>
 *   <li>{@link maxwell.model.Experiment#getAdversary <em>Adversary</em>}</li>
 *   <li>{@link maxwell.model.Experiment#getTraining <em>Training</em>}</li>
 *   <li>{@link maxwell.model.Experiment#getAnalysis <em>Analysis</em>}</li>
 * </ul>
 *
 * @see maxwell.model.ModelPackage#getExperiment()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hasName hasAllSections'"
 * @generated
 */
public interface Experiment extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Required; enforced by validation (not by the multiplicity) so that a file without a name still loads.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see maxwell.model.ModelPackage#getExperiment_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link maxwell.model.Experiment#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see maxwell.model.ModelPackage#getExperiment_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link maxwell.model.Experiment#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"42"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see maxwell.model.ModelPackage#getExperiment_Seed()
	 * @model default="42"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link maxwell.model.Experiment#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Data</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data</em>' containment reference.
	 * @see #setData(DatasetSpec)
	 * @see maxwell.model.ModelPackage#getExperiment_Data()
	 * @model containment="true"
	 * @generated
	 */
	DatasetSpec getData();

	/**
	 * Sets the value of the '{@link maxwell.model.Experiment#getData <em>Data</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data</em>' containment reference.
	 * @see #getData()
	 * @generated
	 */
	void setData(DatasetSpec value);

	/**
	 * Returns the value of the '<em><b>Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model</em>' containment reference.
	 * @see #setModel(ModelSpec)
	 * @see maxwell.model.ModelPackage#getExperiment_Model()
	 * @model containment="true"
	 * @generated
	 */
	ModelSpec getModel();

	/**
	 * Sets the value of the '{@link maxwell.model.Experiment#getModel <em>Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' containment reference.
	 * @see #getModel()
	 * @generated
	 */
	void setModel(ModelSpec value);

	/**
	 * Returns the value of the '<em><b>Adversary</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adversary</em>' containment reference.
	 * @see #setAdversary(AdversarySpec)
	 * @see maxwell.model.ModelPackage#getExperiment_Adversary()
	 * @model containment="true"
	 * @generated
	 */
	AdversarySpec getAdversary();

	/**
	 * Sets the value of the '{@link maxwell.model.Experiment#getAdversary <em>Adversary</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adversary</em>' containment reference.
	 * @see #getAdversary()
	 * @generated
	 */
	void setAdversary(AdversarySpec value);

	/**
	 * Returns the value of the '<em><b>Training</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Training</em>' containment reference.
	 * @see #setTraining(TrainingSpec)
	 * @see maxwell.model.ModelPackage#getExperiment_Training()
	 * @model containment="true"
	 * @generated
	 */
	TrainingSpec getTraining();

	/**
	 * Sets the value of the '{@link maxwell.model.Experiment#getTraining <em>Training</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Training</em>' containment reference.
	 * @see #getTraining()
	 * @generated
	 */
	void setTraining(TrainingSpec value);

	/**
	 * Returns the value of the '<em><b>Analysis</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Analysis</em>' containment reference.
	 * @see #setAnalysis(AnalysisSpec)
	 * @see maxwell.model.ModelPackage#getExperiment_Analysis()
	 * @model containment="true"
	 * @generated
	 */
	AnalysisSpec getAnalysis();

	/**
	 * Sets the value of the '{@link maxwell.model.Experiment#getAnalysis <em>Analysis</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Analysis</em>' containment reference.
	 * @see #getAnalysis()
	 * @generated
	 */
	void setAnalysis(AnalysisSpec value);

} // Experiment
