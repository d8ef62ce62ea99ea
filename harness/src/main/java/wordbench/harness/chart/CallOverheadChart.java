package wordbench.harness.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import wordbench.harness.results.BenchResults;
import wordbench.harness.results.Measurement;
import wordbench.spi.RuntimeKind;

/**
 * What one call of the talk's {@code double(int)} costs: plain Java, through JNI, through FFM, and
 * from Python through ctypes (CPython's timeit loop, timed by JMH). The plain call is JMH's own
 * floor (the JIT inlines it); the others are the price of crossing.
 */
public final class CallOverheadChart implements ResultChart {

    /** Method name to bar label and the kind of runtime whose colour it takes. */
    private static final Map<String, String> LABELS = Map.of("plain", "Java", "jni", "JNI", "ffm", "FFM");
    private static final Map<String, RuntimeKind> RUNTIME_OF = Map.of("plain", RuntimeKind.JVM,
            "jni", RuntimeKind.NATIVE_JNI, "ffm", RuntimeKind.NATIVE_FFM);
    private static final List<String> ORDER = List.of("plain", "ffm", "jni");

    @Override
    public String name() {
        return "call-overhead";
    }

    @Override
    public String needs() {
        return "DoubleCallBenchmark results";
    }

    @Override
    public Optional<CategoryChart> create(BenchResults results) {
        List<Bar> bars = new ArrayList<>();
        for (String method : ORDER) {
            results.of(BenchResults.CALL_OVERHEAD_CLASS + "." + method).stream().findFirst().ifPresent(m ->
                    bars.add(new Bar(LABELS.get(method), m.primary().nanos(), m.primary().errorNanos(),
                            ChartStyle.colour(RUNTIME_OF.get(method)))));
        }
        for (Measurement m : results.of(BenchResults.FOREIGN_DOUBLE)) {
            // Called from the strategy's own language: CPython's timeit loop over a ctypes call.
            String strategy = m.param("strategy");
            bars.add(new Bar(strategy + " (timeit loop)", m.primary().nanos(), m.primary().errorNanos(),
                    ChartStyle.colour(strategy)));
        }
        if (bars.isEmpty()) {
            return Optional.empty();
        }
        CategoryChart chart = ChartStyle.bars("Cost of one call to double(int) (lower is better)", "",
                "nanoseconds per call");
        customize(chart);
        Bar.addAll(chart, bars, Bar.pattern("#,##0.0"));
        return Optional.of(chart);
    }

    private static void customize(CategoryChart chart) {
        chart.getStyler().setAvailableSpaceFill(0.5).setYAxisMin(0.0);
    }
}
