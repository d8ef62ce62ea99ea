package wordbench.harness.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers carry the digits their interval supports, and no more. */
class RoundingTest {

    private static Estimate pm(double value, double half) {
        return new Estimate(value, value - half, value + half);
    }

    @Test
    void theIntervalDecidesTheDigits() {
        assertEquals("11.1 ± 0.4", Rounding.plusMinus(pm(11.135, 0.367), 3));
        assertEquals("1,400 ± 1,000", Rounding.plusMinus(pm(1433.6, 977.6), 3));
        assertEquals("16.2 ± 0.6", Rounding.plusMinus(pm(16.214, 0.592), 3));
        // a leading 1 keeps a second digit: 0.14 is not 0.1
        assertEquals("8.55 ± 0.15", Rounding.plusMinus(pm(8.554, 0.1467), 3));
        // never more digits than asked, however narrow the interval
        assertEquals("62.3 ± 0.0", Rounding.plusMinus(pm(62.339, 0.0001), 3));
    }

    @Test
    void aRatioIntervalHoldsEveryRatioOfBothIntervals() {
        Estimate ratio = Estimate.ratio(pm(100, 10), pm(10, 1));
        assertEquals(10, ratio.value(), 1e-12);
        assertEquals(90.0 / 11, ratio.low(), 1e-12);
        assertEquals(110.0 / 9, ratio.high(), 1e-12);
        assertEquals("10× (8–12)", Rounding.withRange(ratio, 2, "×"));
        // at most two significant digits: 129.4× is not a claim the data can make
        assertEquals("130× (110–150)", Rounding.withRange(Estimate.ratio(pm(1294, 200), pm(10, 0.1)), 2, "×"));
    }

    @Test
    void aDenominatorIntervalReachingZeroMakesTheRatioUnknown() {
        Estimate ratio = Estimate.ratio(pm(100, 10), pm(1, 2));
        assertEquals(false, ratio.known());
        assertEquals("100× (interval n/a)", Rounding.withRange(ratio, 2, "×"));
    }
}
