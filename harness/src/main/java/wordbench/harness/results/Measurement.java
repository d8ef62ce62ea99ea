package wordbench.harness.results;

import java.util.List;
import java.util.Map;

/**
 * One JMH result: a benchmark at one set of parameters.
 *
 * @param benchmark "Class.method", e.g. "WordCountBenchmark.count"
 * @param mode      JMH's short mode name: "avgt", "ss", ...
 * @param params    the {@code @Param} values, e.g. strategy=jython, copies=1
 * @param primary   the measured time
 * @param secondary profiler metrics, e.g. "gc.alloc.rate.norm"
 * @param forks     the primary metric's raw data: per fork, each measured iteration's score (JMH's rawData)
 */
public record Measurement(String benchmark, String mode, Map<String, String> params, Metric primary,
                          Map<String, Metric> secondary, List<List<Double>> forks) {

    public Measurement {
        forks = forks == null ? List.of() : forks.stream().map(List::copyOf).toList();
    }

    public Measurement(String benchmark, String mode, Map<String, String> params, Metric primary,
                       Map<String, Metric> secondary) {
        this(benchmark, mode, params, primary, secondary, List.of());
    }

    /** Every measured iteration of every fork, in one list. */
    public double[] samples() {
        return forks.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).toArray();
    }

    /** The params as "copies=1 strategy=java-fast", for tables. */
    public String paramText() {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining(" "));
    }

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

        /**
         * The 99.9% half-interval as a fraction of the score; NaN when JMH could not compute it
         * (show it as "n/a", never as an exact value).
         */
        public double relativeError() {
            return score > 0 && Double.isFinite(error) ? error / score : Double.NaN;
        }

        /** Wider than {@code noisyError} of the score, or unknown: flag it wherever it is shown. */
        public boolean noisy(double noisyError) {
            return !(relativeError() <= noisyError);
        }

        /** Errors JMH could not compute are drawn as none (and must be flagged: see {@link #noisy}). */
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

        public static double millisPer(String unit) {
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
