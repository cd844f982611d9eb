package maxwell.info.binning;

/** How each dimension is cut into bins. */
public enum BinningScheme {
    /** Bins of equal width between the column's minimum and maximum (Shwartz-Ziv &amp; Tishby 2017). */
    EQUAL_WIDTH,
    /** Bins holding (about) equally many samples: cuts at the column's quantiles. */
    EQUAL_MASS
}
