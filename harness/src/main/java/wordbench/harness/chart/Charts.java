package wordbench.harness.chart;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import wordbench.harness.core.Corpus;
import wordbench.harness.results.BenchResults;
import wordbench.harness.results.RunMetadata;
import wordbench.harness.results.PendingFiles;

/** Every chart, and drawing all of them (and {@code results.md}) from one results file. */
public final class Charts {

    /** Every chart, in the order of the talk. */
    public static final List<ResultChart> ALL = List.of(
            new TalkChart(), new SlideChart(), new SpeedupChart(), new CopiesChart(), new ColdCallChart(),
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
        refreshReadme(results, dir, log);
        return written[0];
    }

    /**
     * A full run drawn into the repository's own charts/ also puts its table into README.md's
     * results block, so README always carries the table of the run its charts show.
     */
    static void refreshReadme(BenchResults results, Path dir, PrintStream log) throws IOException {
        Optional<Path> home = home();
        if (!"full".equals(results.metadata().profile()) || home.isEmpty()
                || !dir.toAbsolutePath().normalize().equals(home.get().resolve("charts"))) {
            return;
        }
        Path readme = home.get().resolve("README.md");
        String table = Files.readString(dir.resolve(ResultsTable.FILE_NAME));
        try (PendingFiles pending = new PendingFiles()) {
            Files.writeString(pending.create(readme), ReadmeBlock.replace(Files.readString(readme), table));
            pending.commit();
        }
        log.println("wordbench chart: README.md's results block now holds the table of " + results.source());
    }

    /** Nothing to draw: the folder is left as it was. */
    private static final class NothingDrawn extends IOException {
    }

    /**
     * Draws every chart the results can fill, and {@code results.md}, into {@code pending}; says
     * which chart it skipped and why.
     */
    public static List<Path> render(BenchResults results, Path dir, PendingFiles pending, PrintStream log)
            throws IOException {
        ChartInput input = ChartInput.of(results);
        List<Path> written = new ArrayList<>();
        for (ResultChart chart : ALL) {
            Optional<Slide> drawn = chart.create(input);
            if (drawn.isEmpty()) {
                log.println("wordbench chart: no " + chart.name() + " chart: it needs " + chart.needs());
                continue;
            }
            // Strategies are coloured by runtime kind; the key says which colour is which.
            Slide keyed = drawn.get().withKey(input.palette().key(drawn.get().chart().getSeriesMap().keySet()));
            written.addAll(ChartFiles.write(keyed, results.footer(), dir, chart.name(), pending));
        }
        if (written.isEmpty()) {
            return written;
        }
        String table = ResultsTable.markdown(input);
        Path md = dir.resolve(ResultsTable.FILE_NAME);
        Files.writeString(pending.create(md), table);
        written.add(md);
        return written;
    }

    private static Optional<Path> home() {
        try {
            return Optional.of(Corpus.home());
        } catch (Corpus.CorpusException e) {
            return Optional.empty();
        }
    }
}
