package wordbench.harness.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import wordbench.harness.chart.Charts;
import wordbench.harness.core.Corpus;
import wordbench.harness.core.JvmOptions;
import wordbench.harness.core.Strategies;
import wordbench.harness.results.BenchResults;
import wordbench.harness.results.MachineFacts;
import wordbench.harness.results.PendingFiles;
import wordbench.harness.results.RunMetadata;
import wordbench.spi.WordCounter;

/**
 * The whole benchmark: pick the strategies, make the inputs, check that the strategies agree on
 * them, time them with JMH, then write the results, their metadata and the charts in one batch.
 */
public final class BenchPipeline {

    static final int TOP = 10;

    private final BenchSettings settings;
    private final PrintStream log;

    public BenchPipeline(BenchSettings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    /** Runs it all; returns the files written (results, metadata, charts). */
    public List<Path> run() throws IOException {
        long start = System.nanoTime();
        Map<String, String> excluded = new TreeMap<>();
        AgreementGate gate = new AgreementGate(settings.profile(), log);
        List<String> chosen;
        try (Strategies strategies = Strategies.load()) {
            List<WordCounter> candidates = choose(strategies, excluded);
            SortedMap<Integer, Path> inputs = new TreeMap<>();
            for (int copies : settings.profile().copies()) {
                inputs.put(copies, Corpus.copies(settings.text(), copies, settings.copiesDir()));
            }
            List<String> requested = settings.requested();
            chosen = gate.admit(candidates, inputs, excluded).stream()
                    .filter(name -> requested.isEmpty() || requested.contains(name))
                    .toList();
        }
        if (chosen.isEmpty()) {
            throw new BenchException("no strategy is left to benchmark" + reasons(excluded));
        }
        log.println("wordbench bench: timing " + String.join(", ", chosen) + " (" + settings.profile().id() + " profile)");

        List<String> nativeCalls = new ArrayList<>(List.of("plain"));
        DoubleCallBenchmark.nativeUnavailableReason().ifPresentOrElse(
                why -> log.println("wordbench bench: skipping the JNI and FFM call-overhead benchmarks: " + why),
                () -> nativeCalls.addAll(DoubleCallBenchmark.NATIVE_VARIANTS));

        List<String> forkOptions = new ArrayList<>(JvmOptions.read(settings.home()));
        forkOptions.add("-Dwordbench.home=" + settings.home().toAbsolutePath());
        forkOptions.addAll(BenchInput.forkOptions(settings.text(), settings.copiesDir()));
        // Runs with no fork (the smoke test) read the same properties from this JVM.
        BenchInput.setInThisJvm(settings.text(), settings.copiesDir());

        BenchPlan plan = new BenchPlan(settings.profile(), chosen, gate.timePerCopy(), nativeCalls, forkOptions,
                BenchPlan.oneTo(MachineFacts.cores()), settings.verbosity());
        if (settings.dryRun()) {
            printPlan(plan.runs(), start);
            return List.of();
        }
        PlanRunner.Outcome outcome = new PlanRunner(log, start).run(plan.runs());
        excluded.putAll(outcome.failed());
        if (outcome.results().isEmpty()) {
            throw new BenchException("no benchmark produced a result" + reasons(excluded));
        }
        List<String> measured = chosen.stream().filter(s -> !outcome.failed().containsKey(s)).toList();
        List<RunResult> kept = outcome.results().stream()
                .filter(r -> !outcome.failed().containsKey(r.getParams().getParam("strategy")))
                .toList();

        List<Path> written = write(kept, metadata(measured, excluded));
        log.println("wordbench bench: done in " + PlanRunner.format(Duration.ofNanos(System.nanoTime() - start))
                + "; wrote " + written.stream().map(Path::toString).collect(Collectors.joining(", ")));
        return written;
    }

    /** The dry run's answer: what would run, and the guess at how long (from the agreement check's times). */
    private void printPlan(List<BenchRun> runs, long start) {
        Duration total = Duration.ZERO;
        for (BenchRun run : runs) {
            log.printf("wordbench bench: would run %-70s ~%s%n", run.label(), PlanRunner.format(run.estimate()));
            total = total.plus(run.estimate());
        }
        Duration checked = Duration.ofNanos(System.nanoTime() - start);
        log.println("wordbench bench: " + settings.profile().id() + " profile: " + runs.size() + " JMH runs, about "
                + PlanRunner.format(total) + " after the " + PlanRunner.format(checked)
                + " agreement check (guessed from the check's own times)");
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

    private RunMetadata metadata(List<String> measured, Map<String, String> excluded) throws IOException {
        return new RunMetadata(
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                MachineFacts.host(), settings.profile().id(), MachineFacts.jdk(), MachineFacts.rustc(),
                MachineFacts.jython(), MachineFacts.cpu(), MachineFacts.cores(), MachineFacts.os(),
                MachineFacts.commit(settings.home()), Corpus.sha256(settings.text()), measured, excluded);
    }

    /**
     * The results with their metadata, then the charts, each as a batch: nothing is replaced unless
     * the whole batch was written. Charts that fail to draw leave the (costly) results saved.
     */
    private List<Path> write(List<RunResult> results, RunMetadata metadata) throws IOException {
        List<Path> written = new ArrayList<>();
        try (PendingFiles pending = new PendingFiles()) {
            Path json = pending.create(settings.resultsFile());
            try (PrintStream out = new PrintStream(Files.newOutputStream(json), false, StandardCharsets.UTF_8)) {
                ResultFormatFactory.getInstance(ResultFormatType.JSON, out).writeOut(results);
            }
            metadata.write(pending.create(RunMetadata.besides(settings.resultsFile())));
            written.addAll(pending.commit());
        }
        try (PendingFiles pending = new PendingFiles()) {
            Charts.render(BenchResults.load(settings.resultsFile()), settings.chartsDir(), pending, log);
            written.addAll(pending.commit());
        } catch (IOException | RuntimeException e) {
            loud(log, "the results are saved, but drawing the charts failed: " + e
                    + "; draw them again with: wordbench chart " + settings.resultsFile());
            throw e;
        }
        return written;
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
