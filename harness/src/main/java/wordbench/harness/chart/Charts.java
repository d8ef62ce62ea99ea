package wordbench.harness.chart;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.internal.chartpart.Chart;
import wordbench.harness.core.Corpus;
import wordbench.harness.results.BenchResults;
import wordbench.harness.results.RunMetadata;
import wordbench.harness.results.PendingFiles;

/** Every chart, and drawing all of them from one results file. */
public final class Charts {

    /** Every chart, in the order of the talk. */
    public static final List<ResultChart> ALL = List.of(
            new SlideChart(), new SpeedupChart(), new CopiesChart(), new ColdCallChart(),
            new CallOverheadChart(), new ThreadScalingChart(), new AllocationChart());

    private Charts() {
    }

    /**
     * Where a run's charts go unless told: the repository's {@code charts/} for a complete full
     * run only; any other run (quick, a subset, a failure, an old file without metadata) gets a
     * folder of its own beside its results, {@code results/X-charts/}.
     */
    public static Path defaultDir(Path results, RunMetadata metadata) {
        if (metadata.complete()) {
            try {
                return Corpus.home().resolve("charts");
            } catch (Corpus.CorpusException e) {
                return Path.of("charts");
            }
        }
        return besides(results);
    }

    /** {@code results/X.json} → {@code results/X-charts}. */
    public static Path besides(Path results) {
        return results.toAbsolutePath().resolveSibling(RunMetadata.stem(results) + "-charts");
    }

    /**
     * Draws every chart the results can fill and replaces {@code dir} with them as one set
     * ({@link ChartFolder}); returns how many files were written (0: nothing drawn, {@code dir} untouched).
     */
    public static int drawAll(BenchResults results, Path dir, PrintStream log) throws IOException {
        int[] written = {0};
        try {
            ChartFolder.replace(dir, fresh -> {
                try (PendingFiles pending = new PendingFiles()) {
                    render(results, fresh, pending, log);
                    written[0] = pending.commit().size();
                }
                if (written[0] == 0) {
                    throw new NothingDrawn();
                }
            });
        } catch (NothingDrawn e) {
            return 0;
        }
        return written[0];
    }

    /** Nothing to draw: the folder is left as it was. */
    private static final class NothingDrawn extends IOException {
    }

    /** Draws every chart the results can fill into {@code pending}; says which it skipped and why. */
    public static List<Path> render(BenchResults results, Path dir, PendingFiles pending, PrintStream log)
            throws IOException {
        List<Path> written = new ArrayList<>();
        for (ResultChart chart : ALL) {
            Optional<? extends Chart<?, ?>> drawn = chart.create(results);
            if (drawn.isEmpty()) {
                log.println("wordbench chart: no " + chart.name() + " chart: it needs " + chart.needs());
                continue;
            }
            written.addAll(ChartFiles.write(drawn.get(), results.footer(), dir, chart.name(), pending));
        }
        return written;
    }
}
