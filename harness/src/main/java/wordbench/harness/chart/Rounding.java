package wordbench.harness.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers rounded to what their interval supports: the interval's half-width to one significant
 * digit (two when that digit is a 1), the value to the same decimal place, and never more than
 * {@code maxSignificant} digits of the value. "1,400 ± 1,000", not "1433.6 ± 977.6".
 */
final class Rounding {

    private Rounding() {
    }

    /** "11.1 ± 0.4"; "1,400 ± 1,000"; "3.70 ± n/a" when the interval is unknown. */
    static String plusMinus(Estimate e, int maxSignificant) {
        if (!e.known()) {
            return number(e.value(), valuePlace(e.value(), maxSignificant)) + " ± n/a";
        }
        int place = place(e.value(), e.halfWidth(), maxSignificant);
        return number(e.value(), place) + " ± " + number(e.halfWidth(), place);
    }

    /** "130 (110–150)": the value and both ends of an asymmetric interval, on one rounding. */
    static String withRange(Estimate e, int maxSignificant, String unit) {
        if (!e.known()) {
            return number(e.value(), valuePlace(e.value(), maxSignificant)) + unit + " (interval n/a)";
        }
        int place = place(e.value(), e.halfWidth(), maxSignificant);
        return number(e.value(), place) + unit + " (" + number(e.low(), place) + "–" + number(e.high(), place) + ")";
    }

    /** The value alone, rounded as {@link #plusMinus} would round it. */
    static String value(Estimate e, int maxSignificant) {
        int place = e.known() ? place(e.value(), e.halfWidth(), maxSignificant) : valuePlace(e.value(), maxSignificant);
        return number(e.value(), place);
    }

    /** The decimal place (10^place) both numbers are rounded to. */
    static int place(double value, double halfWidth, int maxSignificant) {
        int place = valuePlace(value, maxSignificant);
        if (halfWidth > 0 && Double.isFinite(halfWidth)) {
            int first = (int) Math.floor(Math.log10(halfWidth));
            int leading = (int) (halfWidth / Math.pow(10, first));
            place = Math.max(place, leading == 1 ? first - 1 : first);
        }
        return place;
    }

    /** The place of the value's last significant digit at {@code maxSignificant} digits. */
    private static int valuePlace(double value, int maxSignificant) {
        if (value == 0 || !Double.isFinite(value)) {
            return 0;
        }
        return (int) Math.floor(Math.log10(Math.abs(value))) - maxSignificant + 1;
    }

    static String number(double value, int place) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        BigDecimal rounded = new BigDecimal(value).setScale(-place, RoundingMode.HALF_EVEN);
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(Math.max(0, -place));
        format.setMaximumFractionDigits(Math.max(0, -place));
        return format.format(rounded);
    }
}
