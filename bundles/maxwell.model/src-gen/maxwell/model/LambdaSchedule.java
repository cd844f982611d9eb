/**
 */
package maxwell.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Lambda Schedule</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see maxwell.model.ModelPackage#getLambdaSchedule()
 * @model
 * @generated
 */
public enum LambdaSchedule implements Enumerator {
	/**
	 * The '<em><b>CONSTANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSTANT_VALUE
	 * @generated
	 * @ordered
	 */
	CONSTANT(0, "CONSTANT", "CONSTANT"),

	/**
	 * The '<em><b>LINEAR WARMUP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINEAR_WARMUP_VALUE
	 * @generated
	 * @ordered
	 */
	LINEAR_WARMUP(1, "LINEAR_WARMUP", "LINEAR_WARMUP"),

	/**
	 * The '<em><b>SIGMOID RAMP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGMOID_RAMP_VALUE
	 * @generated
	 * @ordered
	 */
	SIGMOID_RAMP(2, "SIGMOID_RAMP", "SIGMOID_RAMP");

	/**
	 * The '<em><b>CONSTANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSTANT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONSTANT_VALUE = 0;

	/**
	 * The '<em><b>LINEAR WARMUP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINEAR_WARMUP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LINEAR_WARMUP_VALUE = 1;

	/**
	 * The '<em><b>SIGMOID RAMP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGMOID_RAMP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SIGMOID_RAMP_VALUE = 2;

	/**
	 * An array of all the '<em><b>Lambda Schedule</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LambdaSchedule[] VALUES_ARRAY =
		new LambdaSchedule[] {
			CONSTANT,
			LINEAR_WARMUP,
			SIGMOID_RAMP,
		};

	/**
	 * A public read-only list of all the '<em><b>Lambda Schedule</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LambdaSchedule> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Lambda Schedule</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LambdaSchedule get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LambdaSchedule result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Lambda Schedule</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LambdaSchedule getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LambdaSchedule result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Lambda Schedule</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LambdaSchedule get(int value) {
		switch (value) {
			case CONSTANT_VALUE: return CONSTANT;
			case LINEAR_WARMUP_VALUE: return LINEAR_WARMUP;
			case SIGMOID_RAMP_VALUE: return SIGMOID_RAMP;
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
	private LambdaSchedule(int value, String name, String literal) {
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
	
} //LambdaSchedule
