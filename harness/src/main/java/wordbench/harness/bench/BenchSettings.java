package wordbench.harness.bench;

import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Everything one benchmark run needs to know.
 *
 * @param home        the repository (git commit for the metadata)
 * @param text        the one-copy input: verified big.txt (a tiny text in the smoke test)
 * @param copiesDir   an absolute folder for the "N copies" files
 * @param resultsFile where the JMH JSON goes; its metadata goes beside it
 * @param chartsDir   where the charts go
 * @param requested   the strategies asked for; empty means every available one
 * @param verbosity   JMH's own output on stdout
 * @param dryRun      check agreement and print the plan with its time estimate, time nothing
 */
public record BenchSettings(BenchProfile profile, Path home, Path text, Path copiesDir, Path resultsFile,
                            Path chartsDir, List<String> requested, VerboseMode verbosity,
                            boolean dryRun) {

    public BenchSettings {
        text = text.toAbsolutePath().normalize();
        copiesDir = copiesDir.toAbsolutePath().normalize();
        resultsFile = resultsFile.toAbsolutePath().normalize();
        chartsDir = chartsDir.toAbsolutePath().normalize();
        requested = List.copyOf(requested);
    }
}
