/**
 */
package maxwell.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Estimator Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see maxwell.model.ModelPackage#getEstimatorKind()
 * @model
 * @generated
 */
public enum EstimatorKind implements Enumerator {
	/**
	 * The '<em><b>KSG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KSG_VALUE
	 * @generated
	 * @ordered
	 */
	KSG(0, "KSG", "KSG"),

	/**
	 * The '<em><b>ROSS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROSS_VALUE
	 * @generated
	 * @ordered
	 */
	ROSS(1, "ROSS", "ROSS"),

	/**
	 * The '<em><b>MIXTURE BOUNDS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIXTURE_BOUNDS_VALUE
	 * @generated
	 * @ordered
	 */
	MIXTURE_BOUNDS(2, "MIXTURE_BOUNDS", "MIXTURE_BOUNDS"),

	/**
	 * The '<em><b>BINNING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BINNING_VALUE
	 * @generated
	 * @ordered
	 */
	BINNING(3, "BINNING", "BINNING"),

	/**
	 * The '<em><b>GAUSSIAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GAUSSIAN_VALUE
	 * @generated
	 * @ordered
	 */
	GAUSSIAN(4, "GAUSSIAN", "GAUSSIAN"),

	/**
	 * The '<em><b>PROBE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROBE_VALUE
	 * @generated
	 * @ordered
	 */
	PROBE(5, "PROBE", "PROBE");

	/**
	 * The '<em><b>KSG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KSG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KSG_VALUE = 0;

	/**
	 * The '<em><b>ROSS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROSS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ROSS_VALUE = 1;

	/**
	 * The '<em><b>MIXTURE BOUNDS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIXTURE_BOUNDS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MIXTURE_BOUNDS_VALUE = 2;

	/**
	 * The '<em><b>BINNING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BINNING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BINNING_VALUE = 3;

	/**
	 * The '<em><b>GAUSSIAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GAUSSIAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GAUSSIAN_VALUE = 4;

	/**
	 * The '<em><b>PROBE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROBE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROBE_VALUE = 5;

	/**
	 * An array of all the '<em><b>Estimator Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EstimatorKind[] VALUES_ARRAY =
		new EstimatorKind[] {
			KSG,
			ROSS,
			MIXTURE_BOUNDS,
			BINNING,
			GAUSSIAN,
			PROBE,
		};

	/**
	 * A public read-only list of all the '<em><b>Estimator Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EstimatorKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Estimator Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EstimatorKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EstimatorKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Estimator Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EstimatorKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EstimatorKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Estimator Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EstimatorKind get(int value) {
		switch (value) {
			case KSG_VALUE: return KSG;
			case ROSS_VALUE: return ROSS;
			case MIXTURE_BOUNDS_VALUE: return MIXTURE_BOUNDS;
			case BINNING_VALUE: return BINNING;
			case GAUSSIAN_VALUE: return GAUSSIAN;
			case PROBE_VALUE: return PROBE;
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
	private EstimatorKind(int value, String name, String literal) {
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
	
} //EstimatorKind
