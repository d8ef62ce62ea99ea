package wordbench.harness.chart;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import wordbench.harness.results.BenchResults;
import wordbench.harness.results.Measurement;

/**
 * Bytes allocated on the Java heap per count of one big.txt (JMH's {@code gc.alloc.rate.norm}).
 * The fast counters allocate kilobytes where Jython allocates hundreds of megabytes, so the value
 * labels (in B, kB, MB) carry the small ones; XChart cannot draw bars on a log axis.
 * Only strategies that allocate on the heap were profiled: memory a native library takes is not
 * seen by the GC profiler, so a Rust bar would be a misleading near-zero.
 */
public final class AllocationChart implements ResultChart {

    /** Decimal units, so that XChart's round tick values read as round numbers (20 MB, not 19.1 MiB). */
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
    public Optional<CategoryChart> create(BenchResults results) {
        Optional<Integer> copies = results.smallestCopies();
        if (copies.isEmpty()) {
            return Optional.empty();
        }
        List<Bar> bars = results.wordCountAt(copies.get()).values().stream()
                .filter(m -> m.secondary().containsKey(BenchResults.ALLOCATION))
                .sorted(Comparator.comparingDouble((Measurement m) -> m.secondary().get(BenchResults.ALLOCATION).score())
                        .reversed())
                .map(m -> new Bar(m.param("strategy"), m.secondary().get(BenchResults.ALLOCATION).score(),
                        0, ChartStyle.colour(m.param("strategy"))))
                .toList();
        if (bars.isEmpty()) {
            return Optional.empty();
        }
        CategoryChart chart = ChartStyle.bars("Java heap allocated per count of big.txt (lower is better)",
                "strategies running on the Java heap (native memory is not counted)", "allocated per count");
        customize(chart);
        Bar.addAll(chart, bars, AllocationChart::bytes);
        return Optional.of(chart);
    }

    private static void customize(CategoryChart chart) {
        chart.getStyler().setYAxisMin(0.0);
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
        return String.format(whole ? "%.0f" : "%.1f", scaled) + " " + UNITS[unit];
    }
}
