package wordbench.harness.results;

import java.util.Map;

/**
 * One JMH result: a benchmark at one set of parameters.
 *
 * @param benchmark "Class.method", e.g. "WordCountBenchmark.count"
 * @param mode      JMH's short mode name: "avgt", "ss", ...
 * @param params    the {@code @Param} values, e.g. strategy=jython, copies=1
 * @param primary   the measured time
 * @param secondary profiler metrics, e.g. "gc.alloc.rate.norm"
 */
public record Measurement(String benchmark, String mode, Map<String, String> params, Metric primary,
                          Map<String, Metric> secondary) {

    public String param(String name) {
        return params.get(name);
    }

    /** An int parameter (copies, threads); -1 when absent. */
    public int intParam(String name) {
        String value = params.get(name);
        return value == null ? -1 : Integer.parseInt(value);
    }

    /**
     * A score with its error (JMH's 99.9% half-interval; NaN when it could not be computed) and unit.
     */
    public record Metric(double score, double error, String unit) {

        /** Errors JMH could not compute are drawn as none. */
        public double errorOrZero() {
            return Double.isFinite(error) ? error : 0;
        }

        /** A time per op in milliseconds, whatever unit JMH used. */
        public double millis() {
            return score * millisPer(unit);
        }

        public double errorMillis() {
            return errorOrZero() * millisPer(unit);
        }

        public double nanos() {
            return millis() * 1e6;
        }

        public double errorNanos() {
            return errorMillis() * 1e6;
        }

        static double millisPer(String unit) {
            String time = unit.endsWith("/op") ? unit.substring(0, unit.length() - 3) : unit;
            return switch (time) {
                case "s" -> 1e3;
                case "ms" -> 1;
                case "us" -> 1e-3;
                case "ns" -> 1e-6;
                default -> throw new IllegalArgumentException("not a time per op: " + unit);
            };
        }
    }
}
