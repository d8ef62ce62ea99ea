package wordbench.harness.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.openjdk.jmh.runner.options.VerboseMode;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import wordbench.harness.bench.BenchException;
import wordbench.harness.bench.BenchPipeline;
import wordbench.harness.bench.BenchProfile;
import wordbench.harness.bench.BenchSettings;
import wordbench.harness.core.Corpus;
import wordbench.harness.results.MachineFacts;

/**
 * {@code wordbench bench}: times the strategies on big.txt and writes
 * {@code results/<date>-<host>.json} (+ {@code .meta.json}) and the charts.
 */
@Command(name = "bench",
        sortOptions = false,
        usageHelpAutoWidth = false,
        description = {
                "Times the strategies with JMH on data/big.txt (and on 4 copies of it), after checking that "
                        + "every one gives the same answer as the reference rule; writes "
                        + "results/<date>-<host>.json with its .meta.json, then draws the charts.",
                "Hold the benchmark lock when others share the machine: flock /tmp/wordbench-bench.lock "
                        + "./wordbench bench ...",
        },
        footer = {"", ExitCodes.SUMMARY})
final class BenchCommand implements Callable<Integer> {

    static final class Profile {
        @Option(names = "--quick", description = "Short runs (minutes), for trying things out; numbers are rough.")
        boolean quick;

        @Option(names = "--full", description = "The full profile (the default): the runs whose numbers are published.")
        boolean full;
    }

    @ArgGroup(exclusive = true)
    Profile profile;

    @Option(names = "--strategy", paramLabel = "NAME", split = ",",
            description = "Only these strategies (comma-separated, or the option repeated). Default: every available one.")
    List<String> strategies = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = "The folder for the results file. Default: results/ in the repository.")
    Path out;

    @Option(names = "--charts", paramLabel = "DIR",
            description = "The folder for the charts. Default: charts/ in the repository.")
    Path charts;

    @Option(names = "--dry-run",
            description = "Say what would run (strategies, inputs, settings) and run nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
        BenchProfile chosen = profile != null && profile.quick ? BenchProfile.QUICK : BenchProfile.FULL;
        List<String> requested = strategies.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        Path home = Corpus.home();
        Path text = Corpus.bigTxt(home);
        Path resultsDir = out == null ? home.resolve("results") : out;
        String name = LocalDate.now(ZoneOffset.UTC) + "-" + MachineFacts.host() + ".json";
        BenchSettings settings = new BenchSettings(chosen, home, text,
                home.resolve("harness").resolve("target").resolve("bench-input"),
                resultsDir.resolve(name), charts == null ? home.resolve("charts") : charts,
                requested, VerboseMode.NORMAL, dryRun);
        try {
            new BenchPipeline(settings, System.err).run();
        } catch (BenchException e) {
            throw CliError.input(e.getMessage());
        }
        return ExitCodes.OK;
    }
}
