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
import wordbench.harness.core.Corpus;
import wordbench.harness.results.BenchResults;
import wordbench.harness.results.Measurement;
import wordbench.harness.results.PendingFiles;
import wordbench.harness.results.RunMetadata;

/**
 * {@code wordbench chart RESULTS.json [--out DIR]}: draws every chart from a results file (and
 * its {@code .meta.json}) into DIR, replacing the old ones only when all are drawn.
 */
@Command(name = "chart",
        sortOptions = false,
        usageHelpAutoWidth = false,
        footer = {"", ExitCodes.SUMMARY},
        description = "Draws every chart (PNG and SVG) from a results file written by 'wordbench bench' and "
                + "the .meta.json beside it. The old charts are replaced only when all new ones are drawn.")
final class ChartCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RESULTS.json", arity = "1",
            description = "The results file, e.g. results/2026-11-25-vm.json.")
    Path results;

    @Option(names = "--out", paramLabel = "DIR",
            description = "The folder for the charts. Default: charts/ in the repository.")
    Path out;

    @Override
    public Integer call() throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path dir = out != null ? out : defaultDir();
        BenchResults loaded = withScoresOnly(BenchResults.load(results));
        if (!Files.isRegularFile(RunMetadata.besides(results))) {
            System.err.println("wordbench: warning: " + RunMetadata.besides(results).getFileName() + " is missing, so the "
                    + "charts cannot say which machine, JDK, date and commit made these numbers; their footers say so");
        }
        List<Path> written;
        try (PendingFiles pending = new PendingFiles()) {
            Charts.render(loaded, dir, pending, System.err);
            written = pending.commit();
        }
        if (written.isEmpty()) {
            throw CliError.input(results + " holds no wordbench benchmark results; no chart drawn");
        }
        System.err.println("wordbench chart: wrote " + written.size() + " files to " + dir);
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

    private static Path defaultDir() {
        try {
            return Corpus.home().resolve("charts");
        } catch (Corpus.CorpusException e) {
            return Path.of("charts");
        }
    }
}
