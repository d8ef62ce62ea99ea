package wordbench.harness.chart;

import wordbench.harness.results.Measurement;
import wordbench.harness.results.BenchResults;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Time against input size: one line per strategy over the copies of big.txt (1, 4, 8 when the
 * run has them), the floor dashed. Log–log, because the strategies span orders of magnitude and
 * the copies grow by powers of two; a straight line of slope 1 is linear scaling. Lines differ by colour and
 * marker and are named at their right ends; each point has its 99.9% interval as a whisker, the
 * strategies' points nudged sideways a little so the whiskers do not hide one another. A strategy
 * timed on one size only (the plan times slow ones on one copy) has no line to show: it is named
 * under the axis instead, since a label at the right end would need a leader line across the
 * whole plot, which reads as a flat line.
 */
public final class CopiesChart implements ResultChart {

    /** How far apart, as a factor on the log x axis, neighbouring strategies' points are nudged. */
    static final double NUDGE = 0.008;

    @Override
    public String name() {
        return "copies";
    }

    @Override
    public String needs() {
        return "WordCountBenchmark results at two or more copies";
    }

    @Override
    public Optional<Slide> create(ChartInput input) {
        BenchResults results = input.results();
        Map<String, TreeMap<Integer, Estimate>> lines = new TreeMap<>();
        for (Measurement m : results.bigTxt(BenchResults.WORD_COUNT)) {
            lines.computeIfAbsent(m.param("strategy"), s -> new TreeMap<>()).put(m.intParam("copies"), Estimate.millis(m.primary()));
        }
        List<String> oneSize = lines.entrySet().stream().filter(e -> e.getValue().size() < 2).map(Map.Entry::getKey).toList();
        lines.keySet().removeAll(oneSize);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        TreeMap<Integer, Estimate> floor = new TreeMap<>();
        for (Measurement m : results.of(BenchResults.FLOOR)) {
            floor.put(m.intParam("copies"), Estimate.millis(m.primary()));
        }
        XYChart chart = ChartStyle.plot();
        List<Integer> allCopies = lines.values().stream().flatMap(p -> p.keySet().stream()).distinct().sorted().toList();
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (Map<Integer, Estimate> points : lines.values()) {
            for (Estimate e : points.values()) {
                low = Math.min(low, e.known() && e.low() > 0 ? e.low() : e.value());
                high = Math.max(high, e.known() ? e.high() : e.value());
            }
        }
        for (Estimate e : floor.values()) {
            low = Math.min(low, e.value());
        }
        int maxCopies = allCopies.getLast();
        chart.getStyler().setXAxisLogarithmic(true).setYAxisLogarithmic(true)
                .setXAxisMin(allCopies.getFirst() / 1.15).setXAxisMax(maxCopies * 1.9)
                .setYAxisMin(Math.pow(10, Math.floor(Math.log10(low)))).setYAxisMax(Math.pow(10, Math.ceil(Math.log10(high))))
                .setPlotGridVerticalLinesVisible(false).setYAxisDecimalPattern("#,##0.###").setXAxisDecimalPattern("0")
                .setMarkerSize(20);

        // Slowest first: series order follows the lines' right ends, top to bottom.
        List<String> order = lines.keySet().stream()
                .sorted(Comparator.comparingDouble((String s) -> lines.get(s).lastEntry().getValue().value()).reversed())
                .toList();
        List<EndLabels.End> ends = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            String strategy = order.get(k);
            TreeMap<Integer, Estimate> points = lines.get(strategy);
            double nudge = Math.pow(1 + NUDGE, k - (order.size() - 1) / 2.0);
            List<Double> xs = points.keySet().stream().map(c -> c * nudge).toList();
            List<Double> ys = points.values().stream().map(Estimate::value).toList();
            XYSeries series = chart.addSeries(strategy, xs, ys);
            ChartStyle.line(series, input.palette(), strategy);
            int i = 0;
            for (Estimate e : points.values()) {
                if (e.known()) {
                    chart.addAnnotation(Whiskers.vertical(xs.get(i), Math.max(e.low(), chart.getStyler().getYAxisMin()),
                            e.high(), input.palette().colour(strategy)));
                }
                i++;
            }
            ends.add(new EndLabels.End(strategy + (points.values().stream().anyMatch(Estimate::noisy) ? Labels.NOISY : ""),
                    xs.getLast(), ys.getLast(), input.palette().colour(strategy)));
        }
        if (!floor.isEmpty()) {
            XYSeries series = chart.addSeries("floor", List.copyOf(floor.keySet()),
                    floor.values().stream().map(Estimate::value).toList());
            ChartStyle.line(series, Palette.REFERENCE, SeriesMarkers.DIAMOND, ChartStyle.REFERENCE_DASH);
            ends.add(new EndLabels.End("floor", floor.lastKey(), floor.lastEntry().getValue().value(), Palette.REFERENCE));
        }
        chart.addAnnotation(new EndLabels(ends, ChartStyle.LABELS));
        return Optional.of(new Slide("Time against input size (lower is better)",
                "mean per count, whiskers: 99.9% interval; log–log: a slope of 1 is linear; \"(noisy)\": an interval wider than ±10%",
                "copies of big.txt in one file (" + allCopies.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("") + "), log scale"
                        + (oneSize.isEmpty() ? "" : " · timed on one size only, not drawn: " + String.join(", ", oneSize)),
                chart, true).withXTicks(allCopies.stream().map(Integer::doubleValue).toList()));
    }
}
