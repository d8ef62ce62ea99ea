package wordbench.harness.chart;

/** The words next to a number, the same on every chart. */
final class Labels {

    /** Marks a result whose interval is wider than ±10% of it, or unknown. */
    static final String NOISY = "  (noisy)";

    private Labels() {
    }

    /** "rust-ffm   11.1 ± 0.4 ms"; "jython   1,400 ± 1,000 ms  (noisy)". */
    static String time(String name, Estimate e, String unit) {
        return name + "   " + Rounding.plusMinus(e, 3) + " " + unit + (e.noisy() ? NOISY : "");
    }
}
