package wordbench.harness.chart;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import wordbench.harness.results.BenchResults;
import wordbench.harness.results.Measurement;

/** The parallel strategies with 1, 2, ... worker threads: what each extra core buys. */
public final class ThreadScalingChart implements ResultChart {

    @Override
    public String name() {
        return "thread-scaling";
    }

    @Override
    public String needs() {
        return "ThreadScalingBenchmark results";
    }

    @Override
    public Optional<XYChart> create(BenchResults results) {
        List<Measurement> all = results.of(BenchResults.THREAD_SCALING);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        int copies = all.getFirst().intParam("copies");
        XYChart chart = ChartStyle.lines("Parallel strategies by worker threads, " + copies
                + (copies == 1 ? " copy" : " copies") + " of big.txt (lower is better)", "worker threads",
                "milliseconds (mean ± 99.9% interval)");
        customize(chart);
        series(chart, all);
        return Optional.of(chart);
    }

    private static void customize(XYChart chart) {
        chart.getStyler().setYAxisMin(0.0).setXAxisDecimalPattern("0").setYAxisDecimalPattern("#,##0");
    }

    private static void series(XYChart chart, List<Measurement> all) {
        Map<String, TreeMap<Integer, Measurement>> lines = new TreeMap<>();
        for (Measurement m : all) {
            lines.computeIfAbsent(m.param("strategy"), s -> new TreeMap<>()).put(m.intParam("threads"), m);
        }
        lines.forEach((strategy, points) -> {
            XYSeries series = chart.addSeries(strategy, List.copyOf(points.keySet()),
                    points.values().stream().map(m -> m.primary().millis()).toList(),
                    points.values().stream().map(m -> m.primary().errorMillis()).toList());
            ChartStyle.line(series, ChartStyle.colour(strategy), false);
        });
    }
}
