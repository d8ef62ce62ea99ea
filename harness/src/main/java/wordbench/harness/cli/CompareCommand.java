package wordbench.harness.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import wordbench.harness.chart.CompareChart;
import wordbench.harness.results.BenchResults;
import wordbench.harness.results.Comparison;

/** {@code wordbench compare RUN.json RUN.json...}: the runs side by side ({@link Comparison}), and a chart. */
@Command(name = "compare",
        footer = {"", ExitCodes.SUMMARY},
        description = "Compares runs, benchstat-style: one row per (benchmark, params) with each run's score "
                + "± 99.9%% interval and the change against the first run, '~' where Welch's t-test on the per-fork "
                + "means finds no significant difference (α = 0.05). Then each strategy's time as a multiple of a "
                + "reference strategy's in the same run, so runs from different machines compare fairly.")
final class CompareCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RUN.json", arity = "2..*", description = "Two results files or more; the first is the base.")
    List<Path> runs = new ArrayList<>();

    @Option(names = "--reference", paramLabel = "STRATEGY",
            description = "The strategy the relative rows divide by. Default: the speedup baseline every run has, "
                    + "as the strategies' traits rank them (the talk's Python: cpython, then jython), else the "
                    + "first strategy every run has.")
    String reference;

    @Option(names = "--chart", paramLabel = "FILE.png",
            description = "Also draw the comparison chart (and its SVG beside it): one group of bars per strategy, "
                    + "one bar per run labelled by its host.")
    Path chart;

    @Override
    public Integer call() throws IOException {
        List<BenchResults> loaded = new ArrayList<>();
        for (Path run : runs) {
            loaded.add(BenchResults.load(run));
        }
        Comparison comparison = Comparison.of(loaded, Optional.ofNullable(reference));
        System.out.print(comparison.table());
        if (chart != null) {
            if (!CompareChart.write(comparison, chart)) {
                throw CliError.input("no chart: the runs share no warm word-count result relative to " + comparison.reference());
            }
            System.err.println("wordbench compare: wrote " + chart);
        }
        return ExitCodes.OK;
    }
}
