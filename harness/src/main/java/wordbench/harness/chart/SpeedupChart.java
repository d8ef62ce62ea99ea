package wordbench.harness.chart;

import wordbench.harness.results.Measurement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How many times faster than the baseline (the talk's Python, as the strategies' traits say) each
 * strategy is, one big.txt, warm, fastest on top. The interval holds every ratio of values inside
 * both strategies' intervals, and the numbers are rounded to what that interval supports (two
 * significant digits at most). A log axis, as on the slide.
 */
public final class SpeedupChart extends BaselineChart {

    @Override
    public String name() {
        return "speedup";
    }

    @Override
    Optional<Slide> create(ChartInput input, ChartInput.BaselineRun run) {
        String baseline = run.baseline();
        Map<String, Measurement> warm = run.warm();
        Estimate base = Estimate.millis(warm.get(baseline).primary());
        List<HorizontalBars.Bar> bars = warm.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Measurement> e) -> e.getValue().primary().millis()))
                .map(e -> {
                    String strategy = e.getKey();
                    if (strategy.equals(baseline)) {
                        Estimate one = new Estimate(1, Double.NaN, Double.NaN);
                        return new HorizontalBars.Bar(strategy, one, input.palette().colour(strategy),
                                strategy + "   1× (the baseline)", false);
                    }
                    Estimate ratio = speedup(base, Estimate.millis(e.getValue().primary()));
                    return new HorizontalBars.Bar(strategy, ratio, input.palette().colour(strategy),
                            strategy + "   " + Rounding.withRange(ratio, 2, "×") + (ratio.noisy() ? Labels.NOISY : ""),
                            ratio.noisy());
                })
                .toList();
        return Optional.of(new Slide("Times faster than " + baseline + " (higher is better)",
                "warm mean of " + baseline + " ÷ warm mean of each; in brackets: the range allowed by both 99.9% intervals",
                "times faster, log scale", HorizontalBars.chart(bars, true, ChartStyle.LABELS), false));
    }

    /** baseline time ÷ strategy time, with the interval of both. */
    static Estimate speedup(Estimate baseline, Estimate strategy) {
        return Estimate.ratio(baseline, strategy);
    }
}
