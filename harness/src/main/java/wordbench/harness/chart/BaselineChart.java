package wordbench.harness.chart;

import java.util.Optional;

/**
 * A chart of the strategies against the baseline (the talk's Python, as the strategies' traits
 * say), drawn only when the run has timed one.
 */
abstract class BaselineChart implements ResultChart {

    @Override
    public final String needs() {
        return "WordCountBenchmark results for a baseline strategy (traits: baselinePriority)";
    }

    @Override
    public final Optional<Slide> create(ChartInput input) {
        return input.baselineRun().flatMap(run -> create(input, run));
    }

    /** The chart for the baseline and the warm results beside it. */
    abstract Optional<Slide> create(ChartInput input, ChartInput.BaselineRun run);
}
