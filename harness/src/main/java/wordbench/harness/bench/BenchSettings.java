package wordbench.harness.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Everything one benchmark run needs to know.
 *
 * @param home       the repository (git commit for the metadata; {@code charts/} of a complete full run)
 * @param text       the one-copy input: verified big.txt (a tiny text in the smoke test)
 * @param copiesDir  an absolute folder for the "N copies" files
 * @param resultsDir where the run's results, metadata and JMH log go, named by its start, host and profile
 * @param charts     where to draw the charts, when given; else {@code charts/} for a complete full run and
 *                   a folder beside the results for any other
 * @param requested  the strategies asked for; empty means every available one
 * @param verbosity  how much JMH says
 * @param verbose    JMH's own output on the console instead of the log file beside the results
 * @param seed       the seed of the shuffled fork order; empty: a fresh one (recorded in the metadata)
 * @param inThisJvm  run JMH without forking (the smoke test only: nothing it measures means anything)
 * @param dryRun     check agreement and print the plan with its time estimate, time nothing
 * @param adversarial also time every strategy on the adversarial inputs ({@link BenchInput#ADVERSARIAL})
 */
public record BenchSettings(BenchProfile profile, Path home, Path text, Path copiesDir, Path resultsDir,
                            Optional<Path> charts, List<String> requested, VerboseMode verbosity, boolean verbose,
                            Optional<Long> seed, boolean inThisJvm, boolean dryRun,
                            boolean adversarial) {

    public BenchSettings {
        text = text.toAbsolutePath().normalize();
        copiesDir = copiesDir.toAbsolutePath().normalize();
        resultsDir = resultsDir.toAbsolutePath().normalize();
        charts = charts.map(c -> c.toAbsolutePath().normalize());
        requested = List.copyOf(requested);
    }
}
