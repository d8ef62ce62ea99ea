package wordbench.harness.chart;

import wordbench.harness.results.Measurement;
import wordbench.harness.results.BenchResults;
import wordbench.harness.results.RunMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one call of the talk's {@code double(int)} costs: plain Java, through FFM and through JNI
 * (JMH), and from Python through ctypes (Python's timeit in the worker, from the run's metadata; in
 * that strategy's colour). The plain call is JMH's own floor (the JIT inlines it); the others are
 * the price of crossing. The JVM's ways of calling are not strategies, so they wear the reference grey.
 *
 * <p>The Python bar is timeit's minimum of repeats, as the talk's audience would time it, not a JMH
 * mean: its label and the subtitle say so, and it has no interval. Runs before it existed also hold
 * a JMH mean over timeit's loop ({@code BoundaryBenchmark.foreignDouble}); that entry is gone and
 * is not drawn: it timed the same call with the pipe and the worker's scheduling mixed in, and two
 * bars for one call by two statistics would invite reading their difference as a finding.
 */
public final class CallOverheadChart implements ResultChart {

    private static final Map<String, String> LABELS = Map.of("plain", "Java", "jni", "JNI", "ffm", "FFM");
    private static final List<String> ORDER = List.of("jni", "ffm", "plain");
    private static final String JMH = "Java, JNI, FFM: mean ± 99.9% interval (JMH); plain Java is inlined by the JIT";

    @Override
    public String name() {
        return "call-overhead";
    }

    @Override
    public String needs() {
        return "DoubleCallBenchmark results or a self-timed call in the metadata";
    }

    @Override
    public Optional<Slide> create(ChartInput input) {
        List<HorizontalBars.Bar> bars = new ArrayList<>();
        List<String> timers = new ArrayList<>();
        for (RunMetadata.SelfTimed call : input.results().metadata().selfTimedCalls()) {
            bars.add(selfTimedBar(call, input.palette()));
            String timer = call.strategy() + ": " + call.timer() + ", min of repeats";
            if (!timers.contains(timer)) {
                timers.add(timer);
            }
        }
        for (String method : ORDER) {
            input.results().of(BenchResults.CALL_OVERHEAD_CLASS + "." + method).stream().findFirst().ifPresent(m -> {
                Measurement.Metric p = m.primary();
                Estimate e = new Estimate(p.nanos(), Double.isFinite(p.error()) ? p.nanos() - p.errorNanos() : Double.NaN,
                        Double.isFinite(p.error()) ? p.nanos() + p.errorNanos() : Double.NaN);
                bars.add(new HorizontalBars.Bar(LABELS.get(method), e, Palette.REFERENCE,
                        Labels.time(LABELS.get(method), e, "ns"), e.noisy()));
            });
        }
        if (bars.isEmpty()) {
            return Optional.empty();
        }
        String subtitle = timers.isEmpty() ? JMH : JMH + " · " + String.join(" · ", timers);
        return Optional.of(new Slide("Cost of one call to double(int) (lower is better)", subtitle,
                "nanoseconds per call, log scale", HorizontalBars.chart(bars, true, ChartStyle.LABELS), false));
    }

    /**
     * "cpython-rust   190 ns  timeit (min of 5 repeats)": the timer in the label itself, so the bar
     * cannot be read as a JMH number; no interval (a minimum has none), and never flagged noisy.
     */
    static HorizontalBars.Bar selfTimedBar(RunMetadata.SelfTimed call, Palette palette) {
        Estimate min = new Estimate(call.min(), Double.NaN, Double.NaN);
        String label = call.strategy() + "   " + Rounding.value(min, 3) + " ns  " + call.timer()
                + " (min of " + call.samples().size() + " repeats)";
        return new HorizontalBars.Bar(call.strategy() + " (" + call.timer() + ")", min, palette.colour(call.strategy()),
                label, false);
    }
}
