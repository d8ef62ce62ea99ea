package wordbench.harness.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import wordbench.harness.chart.Charts;
import wordbench.harness.results.BenchResults;
import wordbench.harness.results.Measurement;
import wordbench.harness.results.RunMetadata;

/**
 * {@code wordbench chart RESULTS.json [--out DIR]}: draws every chart from a results file (and
 * its {@code .meta.json}) into DIR, replacing the old set as a whole only when all are drawn.
 */
@Command(name = "chart",
        footer = {"", ExitCodes.SUMMARY},
        description = "Draws every chart (PNG and SVG) from any results file written by 'wordbench bench' and "
                + "the .meta.json beside it. The folder is replaced as a whole, only when every chart is drawn.")
final class ChartCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RESULTS.json", arity = "1",
            description = "The results file, e.g. results/2026-12-01T101500Z-vm-full.json.")
    Path results;

    @Option(names = "--out", paramLabel = "DIR",
            description = "The folder for the charts. Default: charts/ in the repository for a complete full run, "
                    + "else RESULTS-charts/ beside the results file.")
    Path out;

    @Override
    public Integer call() throws IOException {
        BenchResults loaded = withScoresOnly(BenchResults.load(results));
        if (!Files.isRegularFile(RunMetadata.besides(results))) {
            System.err.println("wordbench: warning: " + RunMetadata.besides(results).getFileName() + " is missing, so the "
                    + "charts cannot say which machine, JDK, date and commit made these numbers; their footers say so");
        }
        Path dir = out != null ? out : Charts.defaultDir(results, loaded.metadata());
        int written = Charts.drawAll(loaded, dir, System.err);
        if (written == 0) {
            throw CliError.input(results + " holds no wordbench benchmark results; no chart drawn");
        }
        System.err.println("wordbench chart: wrote " + written + " files to " + dir);
        return ExitCodes.OK;
    }

    /** The results without those JMH could not score (NaN): they are not drawn, and the user is told which. */
    private BenchResults withScoresOnly(BenchResults loaded) {
        List<Measurement> scored = loaded.measurements().stream()
                .filter(m -> Double.isFinite(m.primary().score())).toList();
        if (scored.size() == loaded.measurements().size()) {
            return loaded;
        }
        List<String> unscored = loaded.measurements().stream().filter(m -> !Double.isFinite(m.primary().score()))
                .map(m -> m.benchmark() + (m.params().isEmpty() ? "" : " " + m.params())).toList();
        System.err.println("wordbench: warning: " + unscored.size() + " result(s) in " + results.getFileName()
                + " have no score (NaN) and are left out of the charts: " + String.join("; ", unscored));
        return new BenchResults(scored, loaded.metadata(), loaded.source());
    }
}
