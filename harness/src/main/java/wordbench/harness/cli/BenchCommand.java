package wordbench.harness.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.openjdk.jmh.runner.options.VerboseMode;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import wordbench.harness.bench.BenchException;
import wordbench.harness.bench.BenchInput;
import wordbench.harness.bench.BenchPipeline;
import wordbench.harness.bench.BenchProfile;
import wordbench.harness.bench.BenchSettings;
import wordbench.harness.core.Corpus;

/**
 * {@code wordbench bench}: samples every (benchmark, strategy, input) fork by fork in interleaved
 * rounds and writes {@code results/<start>-<host>-<profile>.json} (+ {@code .meta.json}, +
 * {@code .jmh.log}) and the charts.
 */
@Command(name = "bench",
        description = {
                "Times the strategies with JMH on data/big.txt and its copies, after checking that every one "
                        + "gives the same answer. Every entry (benchmark, strategy, input) is sampled one JVM fork "
                        + "at a time, in rounds shuffled with a recorded seed; entries whose 99.9%% interval is wider "
                        + "than 5%% get more rounds while the profile's time allows. Writes a new "
                        + "results/<start>-<host>-<profile>.json (never over another run's) with its .meta.json "
                        + "and JMH's own output in its .jmh.log, prints a summary that flags noisy entries, then "
                        + "draws the charts: into charts/ only for a complete full run, else beside the results.",
                "Hold the benchmark lock when others share the machine: flock /tmp/wordbench-bench.lock "
                        + "./wordbench bench ...",
        },
        footer = {"", ExitCodes.SUMMARY + " With --strict, a run with a noisy entry exits 1 (its results are kept)."})
final class BenchCommand implements Callable<Integer> {

    static final class Profile {
        @Option(names = "--quick", description = "Short runs (at most about 3 minutes), for trying things out; numbers are rough and flagged so.")
        boolean quick;

        @Option(names = "--full", description = "The full profile (the default): the runs whose numbers are published (at most about 20 minutes on 2 cores).")
        boolean full;
    }

    @ArgGroup(exclusive = true)
    Profile profile;

    @Option(names = "--strategy", paramLabel = "NAME", split = ",",
            description = "Only these strategies (comma-separated, or the option repeated). Default: every available one. "
                    + "A subset run never draws into charts/.")
    List<String> strategies = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = "The folder for the results files. Default: results/ in the repository.")
    Path out;

    @Option(names = "--charts", paramLabel = "DIR",
            description = "Draw the charts into DIR (replaced as a whole). Default: charts/ for a complete full run, "
                    + "else RESULTS-charts/ beside the results.")
    Path charts;

    @Option(names = "--verbose", description = "JMH's own output on the console instead of the .jmh.log file.")
    boolean verbose;

    @Option(names = "--strict", description = "Exit 1 when an entry's 99.9%% interval is wider than 10%% of its score (or unknown).")
    boolean strict;

    @Option(names = "--seed", paramLabel = "N", description = "The seed of the shuffled fork order. Default: a fresh one, recorded in the metadata.")
    Long seed;

    @Option(names = "--dry-run",
            description = "Check agreement and say what would run, with a time estimate; time nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
        BenchProfile chosen = profile != null && profile.quick ? BenchProfile.QUICK : BenchProfile.FULL;
        List<String> requested = strategies.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        Path home = Corpus.home();
        Path text = Corpus.bigTxt(home);
        Path resultsDir = out == null ? home.resolve("results") : out;
        BenchSettings settings = new BenchSettings(chosen, home, text, BenchInput.defaultCopiesDir(home), resultsDir,
                Optional.ofNullable(charts), requested, VerboseMode.NORMAL, verbose, Optional.ofNullable(seed), false, dryRun,
                chosen == BenchProfile.FULL);
        BenchPipeline.Report report;
        try {
            report = new BenchPipeline(settings, System.err).run();
        } catch (BenchException e) {
            throw CliError.input(e.getMessage());
        }
        if (strict && !report.noisy().isEmpty()) {
            throw CliError.input("--strict: " + report.noisy().size() + " noisy entries (see the summary above); "
                    + "the results are kept in " + report.results().orElseThrow());
        }
        return ExitCodes.OK;
    }
}
