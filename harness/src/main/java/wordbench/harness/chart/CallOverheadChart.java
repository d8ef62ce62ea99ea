package wordbench.harness.chart;

import wordbench.harness.results.Measurement;
import wordbench.harness.results.BenchResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one call of the talk's {@code double(int)} costs: plain Java, through FFM, through JNI, and
 * from Python through ctypes (CPython's timeit loop, timed by JMH; in that strategy's colour). The
 * plain call is JMH's own floor (the JIT inlines it); the others are the price of crossing. The
 * JVM's ways of calling are not strategies, so they wear the reference grey.
 */
public final class CallOverheadChart implements ResultChart {

    private static final Map<String, String> LABELS = Map.of("plain", "Java", "jni", "JNI", "ffm", "FFM");
    private static final List<String> ORDER = List.of("jni", "ffm", "plain");

    @Override
    public String name() {
        return "call-overhead";
    }

    @Override
    public String needs() {
        return "DoubleCallBenchmark results";
    }

    @Override
    public Optional<Slide> create(ChartInput input) {
        List<HorizontalBars.Bar> bars = new ArrayList<>();
        for (String method : ORDER) {
            input.results().of(BenchResults.CALL_OVERHEAD_CLASS + "." + method).stream().findFirst().ifPresent(m -> {
                Measurement.Metric p = m.primary();
                Estimate e = new Estimate(p.nanos(), Double.isFinite(p.error()) ? p.nanos() - p.errorNanos() : Double.NaN,
                        Double.isFinite(p.error()) ? p.nanos() + p.errorNanos() : Double.NaN);
                bars.add(new HorizontalBars.Bar(LABELS.get(method), e, Palette.REFERENCE,
                        Labels.time(LABELS.get(method), e, "ns"), e.noisy()));
            });
        }
        for (Measurement m : input.results().of(BenchResults.FOREIGN_DOUBLE)) {
            // Called from the strategy's own language: CPython's timeit loop over a ctypes call.
            String strategy = m.param("strategy");
            Measurement.Metric p = m.primary();
            Estimate e = new Estimate(p.nanos(), Double.isFinite(p.error()) ? p.nanos() - p.errorNanos() : Double.NaN,
                    Double.isFinite(p.error()) ? p.nanos() + p.errorNanos() : Double.NaN);
            String label = strategy + " (timeit loop)";
            bars.add(0, new HorizontalBars.Bar(label, e, input.palette().colour(strategy), Labels.time(label, e, "ns"), e.noisy()));
        }
        if (bars.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Slide("Cost of one call to double(int) (lower is better)",
                "mean ± 99.9% interval (JMH); plain Java is inlined by the JIT", "nanoseconds per call, log scale",
                HorizontalBars.chart(bars, true, ChartStyle.LABELS), false));
    }
}
