package wordbench.harness.chart;

import java.util.Optional;

/** One chart drawn from a results file. */
public interface ResultChart {

    /** The file name, without extension: {@code charts/<name>.png} and {@code .svg}. */
    String name();

    /** What the results must hold for this chart, for the message when they do not. */
    String needs();

    /** The chart, or empty when the results do not hold what it shows. */
    Optional<Slide> create(ChartInput input);
}
