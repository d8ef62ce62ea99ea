package wordbench.harness.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;
import wordbench.harness.bench.BenchProfile;
import wordbench.harness.bench.ForkJvm;
import wordbench.harness.bench.Sampling;
import wordbench.harness.bench.Timing;
import wordbench.harness.core.Strategies;
import wordbench.spi.StrategyTraits;
import wordbench.spi.WordCounter;

/**
 * {@code wordbench jmh [JMH options]}: JMH's own runner and its own command line (e.g.
 * {@code wordbench jmh WordCountBenchmark -p strategy=rust-ffm -p copies=1 -prof gc}), on the
 * right class path, every fork with the pipeline's JVM options ({@link ForkJvm}, plus the
 * strategy's own), and the full profile's warm-up, measurement and forks for what it runs unless
 * the command line says otherwise. The corpus is the repository's {@code data/big.txt}.
 */
@Command(name = "jmh",
        footer = {"", ExitCodes.SUMMARY},
        description = "Runs JMH's own runner with JMH's own options (listed by 'wordbench jmh -- -h'), e.g. "
                + "'wordbench jmh WordCountBenchmark -p strategy=rust-ffm -p copies=1 -prof gc'. Every fork gets "
                + "the benchmark pipeline's JVM options (fixed heap, named GC, the strategy's own); warm-up, "
                + "measurement and forks default to the full profile's for the benchmark and strategy.")
final class JmhCommand implements Callable<Integer> {

    /** Everything after {@code jmh}, handed to JMH's own parser. */
    @Unmatched
    List<String> jmhArgs = new ArrayList<>();

    @Override
    public Integer call() {
        CommandLineOptions given;
        try {
            given = new CommandLineOptions(jmhArgs.toArray(String[]::new));
        } catch (CommandLineOptionException e) {
            throw CliError.usage(e.getMessage() + " (JMH's options: wordbench jmh -- -h)");
        }
        try {
            if (given.shouldHelp()) {
                given.showHelp();
                return ExitCodes.OK;
            }
            if (given.shouldListProfilers()) {
                given.listProfilers();
                return ExitCodes.OK;
            }
            if (given.shouldListResultFormats()) {
                given.listResultFormats();
                return ExitCodes.OK;
            }
            if (given.shouldListWithParams()) {
                new Runner(given).listWithParams(given);
                return ExitCodes.OK;
            }
            if (given.shouldList()) {
                new Runner(given).list();
                return ExitCodes.OK;
            }
            new Runner(withDefaults(given)).run();
            return ExitCodes.OK;
        } catch (java.io.IOException e) {
            throw CliError.input(e.getMessage());
        } catch (RunnerException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw CliError.input("JMH: " + why);
        }
    }

    /**
     * What the command line did not set, from the full profile for the pipeline's benchmarks (a
     * benchmark outside it, such as {@code StringHashFloodBenchmark}, keeps the settings its
     * annotations give); every fork's JVM options in front of the user's.
     */
    static Options withDefaults(CommandLineOptions given) {
        ChainedOptionsBuilder options = new OptionsBuilder().parent(given);
        Optional<StrategyTraits> traits = strategy(given);
        sampling(given.getIncludes(), traits).ifPresent(sampling -> profileDefaults(given, sampling, options));
        // jvm.options comes with the launching JVM's own options, which JMH's forks inherit.
        List<String> jvm = new ArrayList<>(ForkJvm.MEMORY);
        traits.ifPresent(t -> jvm.addAll(t.forkJvmOptions()));
        jvm.addAll(given.getJvmArgsAppend().orElse(List.of()));
        options.jvmArgsAppend(jvm.toArray(String[]::new));
        return options.build();
    }

    private static void profileDefaults(CommandLineOptions given, Sampling sampling, ChainedOptionsBuilder options) {
        Timing timing = sampling.timing();
        if (!given.getWarmupIterations().hasValue()) {
            options.warmupIterations(timing.warmupIterations());
        }
        if (!given.getWarmupTime().hasValue() && timing.warmupIterations() > 0) {
            options.warmupTime(TimeValue.milliseconds(timing.warmupTime().toMillis()));
        }
        if (!given.getMeasurementIterations().hasValue()) {
            options.measurementIterations(timing.measurementIterations());
        }
        if (!given.getMeasurementTime().hasValue() && !timing.measurementTime().isZero()) {
            options.measurementTime(TimeValue.milliseconds(timing.measurementTime().toMillis()));
        }
        if (!given.getForkCount().hasValue()) {
            options.forks(sampling.minForks());
        }
    }

    private static boolean ownSettings(List<String> includes) {
        if (includes.isEmpty()) {
            return false;
        }
        var selected = BenchmarkList.defaultList().find(
                OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), includes, List.of());
        return !selected.isEmpty() && selected.stream().allMatch(entry -> declaresMeasurement(entry.getUserClassQName()));
    }

    private static boolean declaresMeasurement(String className) {
        try {
            return Class.forName(className, false, JmhCommand.class.getClassLoader()).isAnnotationPresent(Measurement.class);
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The strategy named by {@code -p strategy=NAME}, when exactly one is. */
    private static Optional<StrategyTraits> strategy(CommandLineOptions given) {
        var names = given.getParameter("strategy");
        if (!names.hasValue() || names.get().size() != 1) {
            return Optional.empty();
        }
        String name = names.get().iterator().next();
        try (Strategies strategies = Strategies.load()) {
            return strategies.byName(name).map(WordCounter::traits);
        }
    }

    /**
     * The full profile's sampling of the benchmark the includes name; empty when every benchmark
     * they select states its own settings ({@code @Measurement} on its class), which then stand.
     */
    private static Optional<Sampling> sampling(List<String> includes, Optional<StrategyTraits> traits) {
        if (ownSettings(includes)) {
            return Optional.empty();
        }
        BenchProfile full = BenchProfile.FULL;
        String what = String.join(" ", includes);
        if (what.contains("ColdFirstCall")) {
            return Optional.of(full.cold());
        }
        if (what.contains("ThreadScaling")) {
            return Optional.of(full.threadScaling());
        }
        if (what.contains("Floor")) {
            return Optional.of(full.floor());
        }
        if (what.contains("DoubleCall") || what.contains("Boundary")) {
            return Optional.of(full.callOverhead());
        }
        return Optional.of(traits.map(full::wordCount).orElse(full.standard()));
    }
}
