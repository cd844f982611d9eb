/**
 */
package maxwell.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Adversary Formulation</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see maxwell.model.ModelPackage#getAdversaryFormulation()
 * @model
 * @generated
 */
public enum AdversaryFormulation implements Enumerator {
	/**
	 * The '<em><b>BIVAE SINGLE OBJECTIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BIVAE_SINGLE_OBJECTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	BIVAE_SINGLE_OBJECTIVE(0, "BIVAE_SINGLE_OBJECTIVE", "BIVAE_SINGLE_OBJECTIVE"),

	/**
	 * The '<em><b>ALTERNATING MIN MAX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALTERNATING_MIN_MAX_VALUE
	 * @generated
	 * @ordered
	 */
	ALTERNATING_MIN_MAX(1, "ALTERNATING_MIN_MAX", "ALTERNATING_MIN_MAX"),

	/**
	 * The '<em><b>GRADIENT REVERSAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRADIENT_REVERSAL_VALUE
	 * @generated
	 * @ordered
	 */
	GRADIENT_REVERSAL(2, "GRADIENT_REVERSAL", "GRADIENT_REVERSAL");

	/**
	 * The '<em><b>BIVAE SINGLE OBJECTIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BIVAE_SINGLE_OBJECTIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BIVAE_SINGLE_OBJECTIVE_VALUE = 0;

	/**
	 * The '<em><b>ALTERNATING MIN MAX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALTERNATING_MIN_MAX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ALTERNATING_MIN_MAX_VALUE = 1;

	/**
	 * The '<em><b>GRADIENT REVERSAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRADIENT_REVERSAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GRADIENT_REVERSAL_VALUE = 2;

	/**
	 * An array of all the '<em><b>Adversary Formulation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AdversaryFormulation[] VALUES_ARRAY =
		new AdversaryFormulation[] {
			BIVAE_SINGLE_OBJECTIVE,
			ALTERNATING_MIN_MAX,
			GRADIENT_REVERSAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Adversary Formulation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AdversaryFormulation> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Adversary Formulation</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AdversaryFormulation get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AdversaryFormulation result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Adversary Formulation</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AdversaryFormulation getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AdversaryFormulation result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Adversary Formulation</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AdversaryFormulation get(int value) {
		switch (value) {
			case BIVAE_SINGLE_OBJECTIVE_VALUE: return BIVAE_SINGLE_OBJECTIVE;
			case ALTERNATING_MIN_MAX_VALUE: return ALTERNATING_MIN_MAX;
			case GRADIENT_REVERSAL_VALUE: return GRADIENT_REVERSAL;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private AdversaryFormulation(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //AdversaryFormulation
