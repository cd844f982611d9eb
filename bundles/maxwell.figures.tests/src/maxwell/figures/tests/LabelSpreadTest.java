package maxwell.figures.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import maxwell.figures.style.LabelSpread;

class LabelSpreadTest {

    @Test
    void linesEndingFarApartKeepTheirLabelsAtTheirEnds() {
        assertArrayEquals(new double[] { 0.2, 0.6, 0.4 }, LabelSpread.downwards(new double[] { 0.2, 0.6, 0.4 }, 0.05), 1e-12);
    }

    @Test
    void linesEndingCloseTogetherGetLabelsAGapApartBelowTheHighest() {
        // three demons of a real run ended at 0.307, 0.293 and 0.289; their names had printed on top of each other
        assertArrayEquals(new double[] { 0.307, 0.272, 0.237 },
                LabelSpread.downwards(new double[] { 0.307, 0.293, 0.289 }, 0.035), 1e-12);
        assertArrayEquals(new double[] { 0.237, 0.307, 0.272 },
                LabelSpread.downwards(new double[] { 0.289, 0.307, 0.293 }, 0.035), 1e-12, "order of the input kept");
        assertArrayEquals(new double[] { 0.5, 0.45, 0.1 }, LabelSpread.downwards(new double[] { 0.5, 0.5, 0.1 }, 0.05), 1e-12);
    }

    @Test
    void aNegativeGapIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LabelSpread.downwards(new double[] { 1 }, -0.1));
        assertThrows(IllegalArgumentException.class, () -> LabelSpread.downwards(new double[] { 1 }, Double.NaN));
    }
}
