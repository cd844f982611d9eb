/**
 */
package maxwell.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Partition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link maxwell.model.Partition#getName <em>Name</em>}</li>
 *   <li>{@link maxwell.model.Partition#getDimension <em>Dimension</em>}</li>
 *   <li>{@link maxwell.model.Partition#getRole <em>Role</em>}</li>
 * </ul>
 *
 * @see maxwell.model.ModelPackage#getPartition()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hasName dimensionPositive'"
 * @generated
 */
public interface Partition extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see maxwell.model.ModelPackage#getPartition_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link maxwell.model.Partition#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Dimension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimension</em>' attribute.
	 * @see #setDimension(int)
	 * @see maxwell.model.ModelPackage#getPartition_Dimension()
	 * @model
	 * @generated
	 */
	int getDimension();

	/**
	 * Sets the value of the '{@link maxwell.model.Partition#getDimension <em>Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dimension</em>' attribute.
	 * @see #getDimension()
	 * @generated
	 */
	void setDimension(int value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link maxwell.model.PartitionRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see maxwell.model.PartitionRole
	 * @see #setRole(PartitionRole)
	 * @see maxwell.model.ModelPackage#getPartition_Role()
	 * @model
	 * @generated
	 */
	PartitionRole getRole();

	/**
	 * Sets the value of the '{@link maxwell.model.Partition#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see maxwell.model.PartitionRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(PartitionRole value);

} // Partition
