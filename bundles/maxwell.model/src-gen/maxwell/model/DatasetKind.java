/**
 */
package maxwell.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Dataset Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see maxwell.model.ModelPackage#getDatasetKind()
 * @model
 * @generated
 */
public enum DatasetKind implements Enumerator {
	/**
	 * The '<em><b>SYNTHETIC MAP TILES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYNTHETIC_MAP_TILES_VALUE
	 * @generated
	 * @ordered
	 */
	SYNTHETIC_MAP_TILES(0, "SYNTHETIC_MAP_TILES", "SYNTHETIC_MAP_TILES"),

	/**
	 * The '<em><b>FASHION MNIST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FASHION_MNIST_VALUE
	 * @generated
	 * @ordered
	 */
	FASHION_MNIST(1, "FASHION_MNIST", "FASHION_MNIST"),

	/**
	 * The '<em><b>TILE SOURCES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TILE_SOURCES_VALUE
	 * @generated
	 * @ordered
	 */
	TILE_SOURCES(2, "TILE_SOURCES", "TILE_SOURCES");

	/**
	 * The '<em><b>SYNTHETIC MAP TILES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYNTHETIC_MAP_TILES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SYNTHETIC_MAP_TILES_VALUE = 0;

	/**
	 * The '<em><b>FASHION MNIST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FASHION_MNIST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FASHION_MNIST_VALUE = 1;

	/**
	 * The '<em><b>TILE SOURCES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TILE_SOURCES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TILE_SOURCES_VALUE = 2;

	/**
	 * An array of all the '<em><b>Dataset Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DatasetKind[] VALUES_ARRAY =
		new DatasetKind[] {
			SYNTHETIC_MAP_TILES,
			FASHION_MNIST,
			TILE_SOURCES,
		};

	/**
	 * A public read-only list of all the '<em><b>Dataset Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DatasetKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Dataset Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DatasetKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DatasetKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dataset Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DatasetKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DatasetKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dataset Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DatasetKind get(int value) {
		switch (value) {
			case SYNTHETIC_MAP_TILES_VALUE: return SYNTHETIC_MAP_TILES;
			case FASHION_MNIST_VALUE: return FASHION_MNIST;
			case TILE_SOURCES_VALUE: return TILE_SOURCES;
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
	private DatasetKind(int value, String name, String literal) {
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
	
} //DatasetKind
