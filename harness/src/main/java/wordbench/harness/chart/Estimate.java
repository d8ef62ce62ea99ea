package wordbench.harness.chart;

import wordbench.harness.results.Measurement;
import java.util.List;

/**
 * A number with the interval it is known to: a JMH score with its 99.9% interval, the median of a
 * few cold calls with their range, or a ratio of two of those. An interval JMH could not compute
 * is NaN at both ends, and never shown as exact.
 */
record Estimate(double value, double low, double high) {

    /** More than ±10% of the value, or no interval at all: shown differently on every chart. */
    static final double NOISY_RELATIVE_HALF_WIDTH = 0.10;

    /** A JMH score in milliseconds, ± its error. */
    static Estimate millis(Measurement.Metric metric) {
        double value = metric.millis();
        double half = Double.isFinite(metric.error()) ? metric.error() * Measurement.Metric.millisPer(metric.unit()) : Double.NaN;
        return new Estimate(value, value - half, value + half);
    }

    /** The median of the raw samples (milliseconds), with their range as the interval; unknown below 2 samples. */
    static Estimate medianMillis(Measurement m) {
        Measurement.Metric metric = m.primary();
        double per = Measurement.Metric.millisPer(metric.unit());
        List<Double> sorted = java.util.Arrays.stream(m.samples()).filter(Double::isFinite).map(s -> s * per).sorted().boxed().toList();
        if (sorted.isEmpty()) {
            return new Estimate(metric.millis(), Double.NaN, Double.NaN);
        }
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return n < 2 ? new Estimate(median, Double.NaN, Double.NaN) : new Estimate(median, sorted.getFirst(), sorted.getLast());
    }

    /**
     * {@code numerator / denominator} with an interval holding every ratio of values inside both
     * intervals (interval arithmetic: conservative, no assumption about the distributions). Unknown
     * when either interval is, or when the denominator's interval reaches 0.
     */
    static Estimate ratio(Estimate numerator, Estimate denominator) {
        double value = numerator.value / denominator.value;
        if (!numerator.known() || !denominator.known() || denominator.low <= 0) {
            return new Estimate(value, Double.NaN, Double.NaN);
        }
        return new Estimate(value, Math.max(0, numerator.low) / denominator.high, numerator.high / denominator.low);
    }

    boolean known() {
        return Double.isFinite(low) && Double.isFinite(high);
    }

    double halfWidth() {
        return (high - low) / 2;
    }

    /** Half the interval's width over the value; NaN when unknown. */
    double relativeHalfWidth() {
        return known() ? halfWidth() / Math.abs(value) : Double.NaN;
    }

    boolean noisy() {
        return !known() || relativeHalfWidth() > NOISY_RELATIVE_HALF_WIDTH;
    }
}
