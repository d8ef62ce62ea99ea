package wordbench.harness.chart;

import wordbench.harness.results.Measurement;
import wordbench.harness.results.BenchResults;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Bytes allocated on the Java heap per count of one big.txt (JMH's {@code gc.alloc.rate.norm}), for
 * the strategies whose traits say their work is on this JVM's heap: memory a native library or
 * another process takes is not seen by the GC profiler, so their bar would be a misleading near-zero.
 * Log axis: kilobytes next to hundreds of megabytes.
 */
public final class AllocationChart implements ResultChart {

    /** Decimal units, so that round numbers read as round numbers (20 MB, not 19.1 MiB). */
    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB"};

    @Override
    public String name() {
        return "allocation";
    }

    @Override
    public String needs() {
        return "WordCountBenchmark results with the GC profiler (" + BenchResults.ALLOCATION + ")";
    }

    @Override
    public Optional<Slide> create(ChartInput input) {
        Optional<Integer> copies = input.results().smallestCopies();
        if (copies.isEmpty()) {
            return Optional.empty();
        }
        List<HorizontalBars.Bar> bars = input.results().wordCountAt(copies.get()).values().stream()
                .filter(m -> m.secondary().containsKey(BenchResults.ALLOCATION))
                .filter(m -> input.traitsOf(m.param("strategy")).map(t -> t.runtime().heapAllocationVisible()).orElse(false))
                .sorted(Comparator.comparingDouble((Measurement m) -> m.secondary().get(BenchResults.ALLOCATION).score()).reversed())
                .map(m -> {
                    double bytes = Math.max(1, m.secondary().get(BenchResults.ALLOCATION).score());
                    String strategy = m.param("strategy");
                    return new HorizontalBars.Bar(strategy, new Estimate(bytes, Double.NaN, Double.NaN),
                            input.palette().colour(strategy), strategy + "   " + bytes(bytes), false);
                })
                .toList();
        if (bars.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Slide("Java heap allocated per count of big.txt (lower is better)",
                "JMH's GC profiler; only strategies whose work is on the Java heap (native memory is not seen)",
                "bytes allocated per count, log scale", HorizontalBars.chart(bars, true, ChartStyle.LABELS), false));
    }

    /** 5,756 → "5.8 kB": readable from the back of the room. */
    static String bytes(double value) {
        int unit = 0;
        double scaled = value;
        while (scaled >= 1000 && unit < UNITS.length - 1) {
            scaled /= 1000;
            unit++;
        }
        boolean whole = scaled >= 100 || Math.abs(scaled - Math.rint(scaled)) < 0.05;
        return String.format(java.util.Locale.ROOT, whole ? "%.0f" : "%.1f", scaled) + " " + UNITS[unit];
    }
}
