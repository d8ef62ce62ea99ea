package wordbench.harness.bench;

import java.io.IOException;
import java.io.FilterOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import wordbench.spi.StrategyTraits;
import wordbench.harness.chart.Charts;
import wordbench.harness.core.Corpus;
import wordbench.harness.core.Strategies;
import wordbench.harness.results.BenchResults;
import wordbench.harness.results.MachineFacts;
import wordbench.harness.results.PendingFiles;
import wordbench.harness.results.RunMetadata;
import wordbench.spi.WordCounter;

/**
 * The whole benchmark: pick the strategies, make the inputs, check that the strategies agree on
 * them, sample every entry fork by fork in interleaved rounds, then write the results and their
 * metadata under a new name (never over another run's), and the charts as one set.
 */
public final class BenchPipeline {

    static final int TOP = 10;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * What a run left behind.
     *
     * @param results the results file (empty after a dry run)
     * @param written every file written
     * @param noisy   the entries whose interval is wider than {@link BenchProfile#NOISY_ERROR} or unknown
     */
    public record Report(Optional<Path> results, List<Path> written, List<RunMetadata.Entry> noisy) {
    }

    private final BenchSettings settings;
    private final PrintStream log;

    public BenchPipeline(BenchSettings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    /** Runs it all. */
    public Report run() throws IOException {
        long start = System.nanoTime();
        Instant started = Instant.now();
        Map<String, String> excluded = new TreeMap<>();
        // Said first: the agreement check alone can take a minute.
        ForkJvm.nativeMemoryWarning().ifPresent(why -> BenchPipeline.loud(log, why));
        AgreementGate gate = new AgreementGate(settings.profile(), log);
        List<String> chosen;
        SequencedMap<String, StrategyTraits> traits = new LinkedHashMap<>();
        try (Strategies strategies = Strategies.load()) {
            List<WordCounter> candidates = choose(strategies, excluded);
            SortedMap<Integer, Path> inputs = new TreeMap<>();
            for (int copies : settings.profile().copies()) {
                inputs.put(copies, Corpus.copies(settings.text(), copies, settings.copiesDir()));
            }
            List<String> requested = settings.requested();
            List<String> admitted = gate.admit(candidates, inputs, excluded);
            for (String input : settings.adversarial() ? BenchInput.ADVERSARIAL : List.<String>of()) {
                SortedMap<Integer, Path> one = new TreeMap<>(Map.of(1, BenchInput.adversarial(input, settings.copiesDir())));
                List<String> sofar = admitted;
                List<WordCounter> still = candidates.stream().filter(c -> sofar.contains(c.name())).toList();
                admitted = gate.admit(still, one, excluded);
            }
            chosen = admitted.stream()
                    .filter(name -> requested.isEmpty() || requested.contains(name))
                    .toList();
            for (WordCounter counter : candidates) {
                if (chosen.contains(counter.name())) {
                    traits.put(counter.name(), counter.traits());
                }
            }
        }
        if (chosen.isEmpty()) {
            throw new BenchException("no strategy is left to benchmark" + reasons(excluded));
        }
        log.println("wordbench bench: timing " + String.join(", ", chosen) + " (" + settings.profile().id() + " profile)");

        List<String> nativeCalls = new ArrayList<>(List.of("plain"));
        DoubleCallBenchmark.nativeUnavailableReason().ifPresentOrElse(
                why -> log.println("wordbench bench: skipping the JNI and FFM call-overhead benchmarks: " + why),
                () -> nativeCalls.addAll(DoubleCallBenchmark.NATIVE_VARIANTS));

        List<String> forkOptions = new ArrayList<>(ForkJvm.options(settings.home()));
        forkOptions.add("-Dwordbench.home=" + settings.home().toAbsolutePath());
        forkOptions.addAll(BenchInput.forkOptions(settings.text(), settings.copiesDir()));
        // Runs with no fork (the smoke test) read the same properties from this JVM.
        BenchInput.setInThisJvm(settings.text(), settings.copiesDir());

        List<BenchEntry> entries = new BenchPlan(settings.profile(), traits, gate.timePerCopy(), nativeCalls,
                BenchPlan.oneTo(MachineFacts.cores()),
                settings.adversarial() ? BenchInput.ADVERSARIAL : List.of()).entries();
        if (settings.dryRun()) {
            printPlan(entries, start);
            return new Report(Optional.empty(), List.of(), List.of());
        }
        List<RunMetadata.SelfTimed> selfTimed = SelfTimedCalls.measure(chosen, log);

        String stem = freeStem(settings.resultsDir(), runName(started, MachineFacts.host(), settings.profile().id()));
        Path resultsFile = settings.resultsDir().resolve(stem + ".json");
        long seed = settings.seed().orElseGet(System::nanoTime);
        log.println("wordbench bench: " + entries.size() + " entries, sampled fork by fork in rounds (seed " + seed
                + "); results: " + resultsFile + (settings.verbose() ? "" : "; JMH's own output: " + jmhLog(stem)));
        RoundRunner.Outcome outcome;
        try (PrintStream jmhOut = jmhOutput(stem)) {
            OutputFormat format = OutputFormatFactory.createFormatInstance(jmhOut, settings.verbosity());
            RoundRunner runner = new RoundRunner(log, start, settings.profile().budget(), seed, RoundRunner.jmh(format));
            outcome = runner.run(entries, forkOptions, settings.inThisJvm() ? 0 : 1, settings.verbosity());
        }
        excluded.putAll(outcome.failed());
        if (outcome.entries().isEmpty()) {
            throw new BenchException("no benchmark produced a result" + reasons(excluded));
        }
        List<String> measured = chosen.stream().filter(s -> !outcome.failed().containsKey(s)).toList();
        boolean complete = settings.profile() == BenchProfile.FULL && settings.requested().isEmpty()
                && excluded.values().stream().allMatch(why -> why.startsWith("unavailable"));
        List<RunMetadata.Entry> summary = outcome.entries().stream().map(BenchPipeline::entry).toList();
        RunMetadata metadata = new RunMetadata(
                DateTimeFormatter.ISO_INSTANT.format(started), MachineFacts.host(), settings.profile().id(),
                MachineFacts.jdk(), MachineFacts.rustc(), MachineFacts.jython(), MachineFacts.cpu(), MachineFacts.cores(),
                MachineFacts.os(), MachineFacts.commit(settings.home()), Corpus.sha256(settings.text()), measured, excluded,
                complete, settings.requested().isEmpty() ? "every available strategy" : "subset: " + String.join(", ", measured),
                seed, outcome.order(), forkOptions, ForkJvm.environment(), CpuPinning.POLICY, BenchProfile.TARGET_ERROR, BenchProfile.NOISY_ERROR,
                Duration.ofNanos(System.nanoTime() - start).toSeconds(), summary, selfTimed);

        List<Path> written = new ArrayList<>(writeResults(resultsFile, outcome.entries().stream()
                .map(EntryOutcome::result).toList(), metadata));
        printSummary(summary);
        Path chartsDir = settings.charts().orElseGet(() -> complete
                ? settings.home().resolve("charts") : Charts.besides(resultsFile));
        try {
            Charts.drawAll(BenchResults.load(resultsFile), chartsDir, log);
            written.add(chartsDir);
        } catch (IOException | RuntimeException e) {
            loud(log, "the results are saved, but drawing the charts failed: " + e
                    + "; draw them again with: wordbench chart " + resultsFile);
            throw e;
        }
        if (!complete && settings.charts().isEmpty()) {
            log.println("wordbench bench: not a complete full run (" + settings.profile().id() + " profile, "
                    + metadata.scope() + (excluded.isEmpty() ? "" : ", " + excluded.size() + " left out")
                    + "): charts drawn into " + chartsDir + ", charts/ left as it was");
        }
        log.println("wordbench bench: done in " + RoundRunner.format(Duration.ofNanos(System.nanoTime() - start))
                + "; wrote " + written.stream().map(Path::toString).collect(Collectors.joining(", ")));
        return new Report(Optional.of(resultsFile), written, metadata.noisy());
    }

    private static RunMetadata.Entry entry(EntryOutcome o) {
        RunResult r = o.result();
        String benchmark = o.entry().name();
        return RunMetadata.Entry.of(benchmark, o.entry().params(), r.getPrimaryResult().getScore(),
                r.getPrimaryResult().getScoreError(), r.getPrimaryResult().getScoreUnit(), o.forks(), o.samples(),
                o.stop(), BenchProfile.NOISY_ERROR);
    }

    /** "2026-12-01T101500Z-myhost-full": the run's start (UTC), host and profile. */
    static String runName(Instant start, String host, String profile) {
        return STAMP.format(start) + "-" + host + "-" + profile;
    }

    /** A name no earlier run in {@code dir} has: the start second is nearly always enough; else -2, -3, ... */
    static String freeStem(Path dir, String stem) {
        String candidate = stem;
        for (int i = 2; taken(dir, candidate); i++) {
            candidate = stem + "-" + i;
        }
        return candidate;
    }

    private static boolean taken(Path dir, String stem) {
        return Files.exists(dir.resolve(stem + ".json")) || Files.exists(dir.resolve(stem + ".meta.json"))
                || Files.exists(dir.resolve(stem + ".jmh.log")) || Files.exists(dir.resolve(stem + "-charts"));
    }

    private Path jmhLog(String stem) {
        return settings.resultsDir().resolve(stem + ".jmh.log");
    }

    /** JMH's own output: the console with --verbose, else a log file beside the results. */
    private PrintStream jmhOutput(String stem) throws IOException {
        if (settings.verbose()) {
            // System.out stays open after the run: close only flushes.
            return new PrintStream(new FilterOutputStream(System.out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            }, true, StandardCharsets.UTF_8);
        }
        Files.createDirectories(settings.resultsDir());
        return new PrintStream(Files.newOutputStream(jmhLog(stem), StandardOpenOption.CREATE_NEW), true,
                StandardCharsets.UTF_8);
    }

    /** The dry run's answer: what would run, and the guess at how long (from the agreement check's times). */
    private void printPlan(List<BenchEntry> entries, long start) {
        Duration total = Duration.ZERO;
        int forks = 0;
        for (BenchEntry entry : entries) {
            Duration minimum = entry.guess().multipliedBy(entry.sampling().minForks());
            log.printf("wordbench bench: would run %-70s %d-%d forks, at least ~%s%n", entry.label(),
                    entry.sampling().minForks(), entry.sampling().maxForks(), RoundRunner.format(minimum));
            total = total.plus(minimum);
            forks += entry.sampling().minForks();
        }
        Duration checked = Duration.ofNanos(System.nanoTime() - start);
        log.println("wordbench bench: " + settings.profile().id() + " profile: " + entries.size() + " entries, at least "
                + forks + " forks, about " + RoundRunner.format(total) + " after the " + RoundRunner.format(checked)
                + " agreement check (guessed from the check's own times); extra rounds for wide entries while the run"
                + " stays within " + RoundRunner.format(settings.profile().budget()));
    }

    /**
     * Every available strategy (the agreement check runs them all, the more the better the vote);
     * the unavailable ones are noted as excluded. A requested strategy must exist and be available.
     */
    private List<WordCounter> choose(Strategies strategies, Map<String, String> excluded) {
        for (String name : settings.requested()) {
            WordCounter counter = strategies.byName(name).orElseThrow(() -> new BenchException(
                    "unknown strategy '" + name + "'; known: " + strategies.nameList()));
            var availability = Strategies.availability(counter);
            if (!availability.available()) {
                throw new BenchException("strategy " + name + " is unavailable here: " + availability.reason());
            }
        }
        List<WordCounter> available = new ArrayList<>();
        for (WordCounter counter : strategies.all()) {
            var availability = Strategies.availability(counter);
            if (availability.available()) {
                available.add(counter);
            } else {
                excluded.put(counter.name(), "unavailable: " + availability.reason());
                log.println("wordbench bench: " + counter.name() + " is unavailable, not benchmarked: " + availability.reason());
            }
        }
        return available;
    }

    /** The results with their metadata, as a batch under names no other run has. */
    private static List<Path> writeResults(Path resultsFile, List<RunResult> results, RunMetadata metadata)
            throws IOException {
        try (PendingFiles pending = new PendingFiles()) {
            Path json = pending.create(resultsFile);
            try (PrintStream out = new PrintStream(Files.newOutputStream(json), false, StandardCharsets.UTF_8)) {
                ResultFormatFactory.getInstance(ResultFormatType.JSON, out).writeOut(results);
            }
            metadata.write(pending.create(RunMetadata.besides(resultsFile)));
            return pending.commitNew();
        }
    }

    /** The end of a long run: every entry, its interval, its samples, why sampling stopped, and the noisy ones. */
    private void printSummary(List<RunMetadata.Entry> entries) {
        log.println();
        log.println("wordbench bench: summary (score ± 99.9% interval; NOISY = interval wider than "
                + RoundRunner.percent(BenchProfile.NOISY_ERROR) + " of the score, or unknown)");
        String format = "%-34s %-46s %12s %-9s %-19s %5s %7s  %s%n";
        log.printf(format, "benchmark", "params", "score", "unit", "± interval", "forks", "samples", "stopped");
        for (RunMetadata.Entry e : entries) {
            String params = e.params().entrySet().stream().filter(p -> !p.getKey().equals("input")
                            || !p.getValue().equals(BenchInput.BIG))
                    .map(p -> p.getKey() + "=" + p.getValue()).collect(Collectors.joining(" "));
            String interval = e.error() == null ? "n/a" : String.format("%.3g (%s)", e.error(),
                    RoundRunner.percent(e.relativeError() == null ? Double.NaN : e.relativeError()));
            log.printf(format, e.benchmark(), params, String.format("%.4g", e.score()), e.unit(),
                    interval, e.forks(), e.samples(), e.stop() + (e.noisy() ? "  NOISY" : ""));
        }
        long noisy = entries.stream().filter(RunMetadata.Entry::noisy).count();
        log.println(noisy == 0 ? "wordbench bench: no entry is noisy"
                : "wordbench bench: " + noisy + " of " + entries.size() + " entries are NOISY (interval wider than "
                + RoundRunner.percent(BenchProfile.NOISY_ERROR) + " or unknown): treat those numbers as rough");
    }

    private static String reasons(Map<String, String> excluded) {
        if (excluded.isEmpty()) {
            return "";
        }
        return ": " + excluded.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("; "));
    }

    /** Made to be seen in a long log. */
    static void loud(PrintStream log, String message) {
        String bar = "!".repeat(100);
        log.println(bar);
        log.println("!!! " + message);
        log.println(bar);
    }
}
