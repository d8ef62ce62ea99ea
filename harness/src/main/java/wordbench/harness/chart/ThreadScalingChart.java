package wordbench.harness.chart;

import wordbench.harness.results.Measurement;
import wordbench.harness.results.BenchResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * What each extra core buys the parallel strategies: speedup over the same strategy on 1 thread,
 * for 1 to all cores, against the ideal (n threads, n times faster). The interval of each point
 * holds every ratio inside both 99.9% intervals; the strategies' points are nudged sideways so
 * their whiskers do not overlap.
 */
public final class ThreadScalingChart implements ResultChart {

    /** Sideways offset, in threads, between neighbouring strategies' points. */
    static final double NUDGE = 0.05;

    @Override
    public String name() {
        return "thread-scaling";
    }

    @Override
    public String needs() {
        return "ThreadScalingBenchmark results including 1 thread";
    }

    @Override
    public Optional<Slide> create(ChartInput input) {
        List<Measurement> all = input.results().of(BenchResults.THREAD_SCALING);
        Map<String, TreeMap<Integer, Estimate>> lines = new TreeMap<>();
        for (Measurement m : all) {
            lines.computeIfAbsent(m.param("strategy"), s -> new TreeMap<>()).put(m.intParam("threads"), Estimate.millis(m.primary()));
        }
        lines.values().removeIf(points -> !points.containsKey(1));
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        int copies = all.getFirst().intParam("copies");
        int maxThreads = lines.values().stream().mapToInt(TreeMap::lastKey).max().orElse(1);
        XYChart chart = ChartStyle.plot();
        chart.getStyler().setXAxisMin(0.6).setXAxisMax(maxThreads + 0.9).setYAxisMin(0.0)
                .setYAxisMax(maxThreads + 0.5).setXAxisDecimalPattern("0").setYAxisDecimalPattern("0.#")
                .setPlotGridVerticalLinesVisible(false).setMarkerSize(20);
        List<Double> threads = new ArrayList<>();
        for (int t = 1; t <= maxThreads; t++) {
            threads.add((double) t);
        }
        XYSeries ideal = chart.addSeries("ideal", threads, threads);
        ChartStyle.line(ideal, Palette.REFERENCE, SeriesMarkers.NONE, ChartStyle.REFERENCE_DASH);
        List<EndLabels.End> ends = new ArrayList<>();
        ends.add(new EndLabels.End("ideal", maxThreads, maxThreads, Palette.REFERENCE));
        int k = 0;
        double highest = 0;
        for (Map.Entry<String, TreeMap<Integer, Estimate>> line : lines.entrySet()) {
            String strategy = line.getKey();
            Estimate one = line.getValue().get(1);
            double nudge = (k++ - (lines.size() - 1) / 2.0) * NUDGE;
            List<Double> xs = new ArrayList<>();
            List<Estimate> speedups = new ArrayList<>();
            line.getValue().forEach((t, e) -> {
                xs.add(t + nudge);
                speedups.add(t == 1 ? new Estimate(1, Double.NaN, Double.NaN) : Estimate.ratio(one, e));
            });
            XYSeries series = chart.addSeries(strategy, xs, speedups.stream().map(Estimate::value).toList());
            ChartStyle.line(series, input.palette(), strategy);
            for (int i = 0; i < xs.size(); i++) {
                if (speedups.get(i).known()) {
                    chart.addAnnotation(Whiskers.vertical(xs.get(i), speedups.get(i).low(), speedups.get(i).high(),
                            input.palette().colour(strategy)));
                }
            }
            highest = Math.max(highest, speedups.stream().filter(Estimate::known).mapToDouble(Estimate::high).max().orElse(0));
            Estimate last = speedups.getLast();
            ends.add(new EndLabels.End(strategy + "  " + Rounding.value(last, 2) + "×" + (last.noisy() ? Labels.NOISY : ""),
                    xs.getLast(), last.value(), input.palette().colour(strategy)));
        }
        chart.addAnnotation(new EndLabels(ends, ChartStyle.LABELS));
        // A wide interval must end on the plot with its cap, not run off the top.
        chart.getStyler().setYAxisMax(Math.max(maxThreads + 0.5, 1.05 * highest));
        return Optional.of(new Slide("Parallel strategies: speedup over 1 thread (higher is better)",
                copies + (copies == 1 ? " copy" : " copies") + " of big.txt; whiskers: the range both 99.9% intervals allow; dashed: ideal",
                "worker threads", chart, true).withXTicks(threads));
    }
}
