package wordbench.harness.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.VerboseMode;
import wordbench.harness.chart.ChartStyle;
import wordbench.harness.chart.Charts;
import wordbench.harness.core.Corpus;
import wordbench.spi.SelfTimedCall;
import wordbench.spi.StrategyTraits;
import wordbench.harness.core.Strategies;
import wordbench.harness.results.BenchResults;
import wordbench.harness.results.Measurement;
import wordbench.harness.results.RunMetadata;
import wordbench.spi.WordCounter;

/**
 * The whole pipeline (agreement check, JMH runs, results, metadata, charts) with tiny settings:
 * a generated text of a few kilobytes instead of big.txt, iterations of milliseconds, no forks
 * (JMH runs in this JVM). Everything is written under target/, never into results/ or charts/.
 */
class BenchPipelineSmokeTest {

    static final Sampling TWO_FORKS = Sampling.of(Timing.of(1, 10, 2, 10), 2, 2, 60);
    static final Sampling ONE_FORK = Sampling.of(Timing.of(0, 10, 1, 10), 1, 1, 60);
    static final BenchProfile TINY = new BenchProfile("tiny", List.of(1, 2), List.of(1), Duration.ofMinutes(5),
            TWO_FORKS, TWO_FORKS, ONE_FORK, ONE_FORK, ONE_FORK, ONE_FORK, ONE_FORK, Sampling.of(Timing.SINGLE_SHOT, 2, 2, 60),
            Duration.ofMillis(10));

    /** The run's home: it has a charts/ folder of its own, which a tiny-profile run must not touch. */
    static final Path WORK = Path.of("target", "bench-smoke").toAbsolutePath();
    static final Path RESULTS_DIR = WORK.resolve("results");
    static final Path HOME_CHARTS = WORK.resolve("charts");

    static Path RESULTS;
    static Path CHARTS;
    static List<Path> written;
    static String log;
    static Set<String> available;
    /** The available strategies that time a foreign call themselves (SelfTimedCall). */
    static Set<String> selfTimers;
    static final Map<String, StrategyTraits> traits = new HashMap<>();

    @BeforeAll
    static void runThePipeline() throws IOException {
        // JMH's machine-wide lock keeps two real benchmarks apart; this run measures nothing worth
        // protecting, and must not fail because someone is benchmarking on the same machine.
        System.setProperty("jmh.ignoreLock", "true");
        deleteRecursively(WORK);
        Path text = WORK.resolve("input").resolve("tiny.txt");
        Files.createDirectories(text.getParent());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sb.append("The cat sat on the mat; the dog sat on the log. Ωμέγα and naïve café, word_").append(i % 7).append('\n');
        }
        Files.writeString(text, sb.toString(), StandardCharsets.UTF_8);
        try (Strategies strategies = Strategies.load()) {
            available = strategies.available().stream().map(WordCounter::name).collect(Collectors.toSet());
            strategies.available().forEach(c -> traits.put(c.name(), c.traits()));
            selfTimers = strategies.available().stream().filter(c -> c instanceof SelfTimedCall)
                    .map(WordCounter::name).collect(Collectors.toSet());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            Files.createDirectories(HOME_CHARTS);
            // The run's own home (so its charts/ is this test's), with the real JVM options.
            Files.copy(Corpus.home().resolve("jvm.options"), WORK.resolve("jvm.options"));
            Files.writeString(HOME_CHARTS.resolve("slide.png"), "the committed chart");
            BenchSettings settings = new BenchSettings(TINY, WORK, text, WORK.resolve("input"), RESULTS_DIR,
                    Optional.empty(), List.of(), VerboseMode.SILENT, false, Optional.of(7L), true, false, false);
            BenchPipeline.Report report = new BenchPipeline(settings, capture).run();
            RESULTS = report.results().orElseThrow();
            CHARTS = Charts.besides(RESULTS);
            written = new ArrayList<>();
            try (Stream<Path> charts = Files.list(CHARTS)) {
                charts.forEach(written::add);
            }
        } catch (IOException | RuntimeException e) {
            System.err.print(bytes.toString(StandardCharsets.UTF_8));
            throw e;
        } finally {
            log = bytes.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyAvailableStrategyIsTimedOnEveryInputOfItsGroup() throws IOException {
        BenchResults results = BenchResults.load(RESULTS);
        for (String strategy : available) {
            for (int copies : TINY.copies(traits.get(strategy))) {
                assertTrue(results.wordCountAt(copies).containsKey(strategy), strategy + " at " + copies + " copies\n" + log);
            }
            assertTrue(results.coldCallAt(1).containsKey(strategy), strategy + " cold");
        }
        assertTrue(results.floorAt(1).isPresent() && results.floorAt(2).isPresent(), "floor at 1 and 2 copies");
        for (Measurement m : results.measurements()) {
            assertTrue(m.primary().score() > 0, "a positive time: " + m);
        }
    }

    @Test
    void theFloorCountsWordStartsWithoutCountingWords() {
        byte[] text = "Hello, wörld_1 2x\n--é".getBytes(StandardCharsets.UTF_8);
        // Hello | wörld_1 | 2x | é  (non-ASCII bytes are word bytes)
        assertEquals(4, FloorBenchmark.wordStarts(text));
        assertEquals(0, FloorBenchmark.wordStarts(" .,;\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void heapStrategiesCarryTheirAllocationRate() throws IOException {
        BenchResults results = BenchResults.load(RESULTS);
        results.wordCountAt(1).forEach((strategy, m) -> assertEquals(
                traits.get(strategy).runtime().heapAllocationVisible(),
                m.secondary().containsKey(BenchResults.ALLOCATION), strategy));
    }

    @Test
    void metadataSaysWhatWasMeasuredAndWhere() throws IOException {
        RunMetadata meta = RunMetadata.read(RunMetadata.besides(RESULTS));
        assertEquals("tiny", meta.profile());
        assertEquals(available, Set.copyOf(meta.strategies()));
        assertTrue(meta.cores() >= 1);
        assertFalse(meta.jdk().isBlank());
        assertEquals(64, meta.corpusSha256().length());
        assertTrue(meta.excluded().values().stream().noneMatch(why -> why.startsWith("disagreed")), meta.excluded().toString());
    }

    @Test
    void everySelfTimedCallIsRecordedWithItsRepeatsAndTheirMinimum() throws IOException {
        RunMetadata meta = RunMetadata.read(RunMetadata.besides(RESULTS));
        assertEquals(selfTimers, meta.selfTimedCalls().stream().map(RunMetadata.SelfTimed::strategy)
                .collect(Collectors.toSet()), log);
        for (RunMetadata.SelfTimed call : meta.selfTimedCalls()) {
            assertEquals(SelfTimedCalls.REPEATS, call.samples().size(), call.toString());
            // Plausible, not timed: positive and finite, and the minimum is one of the repeats.
            assertTrue(call.min() > 0 && Double.isFinite(call.min()), call.toString());
            assertTrue(call.samples().contains(call.min()), call.toString());
            assertTrue(call.samples().stream().allMatch(s -> s >= call.min()), call.toString());
            assertFalse(call.timer().isBlank() || call.call().isBlank(), call.toString());
        }
    }

    @Test
    void theRunIsNamedByItsStartHostAndProfileAndMarkedAsNotComplete() throws IOException {
        assertTrue(RESULTS.getFileName().toString().matches("\\d{4}-\\d\\d-\\d\\dT\\d{6}Z-.+-tiny\\.json"), RESULTS.toString());
        RunMetadata meta = RunMetadata.read(RunMetadata.besides(RESULTS));
        assertFalse(meta.complete());
        assertEquals(7L, meta.seed());
        assertEquals("every available strategy", meta.scope());
        assertFalse(meta.order().isEmpty());
        assertTrue(meta.forkJvmOptions().containsAll(ForkJvm.MEMORY), meta.forkJvmOptions().toString());
        assertEquals(BenchResults.load(RESULTS).measurements().size(), meta.entries().size());
        for (RunMetadata.Entry entry : meta.entries()) {
            assertTrue(entry.forks() >= 1 && entry.samples() >= 1 && !entry.stop().isBlank(), entry.toString());
            assertEquals(entry.relativeError() == null || entry.relativeError() > BenchProfile.NOISY_ERROR, entry.noisy(), entry.toString());
        }
        assertTrue(log.contains("wordbench bench: summary"), log);
    }

    @Test
    void aRunThatIsNotACompleteFullRunLeavesChartsAloneAndDrawsBesideItsResults() throws IOException {
        assertEquals("the committed chart", Files.readString(HOME_CHARTS.resolve("slide.png")));
        try (Stream<Path> files = Files.list(HOME_CHARTS)) {
            assertEquals(1, files.count());
        }
        assertEquals(RESULTS.resolveSibling(RunMetadata.stem(RESULTS) + "-charts"), CHARTS);
    }

    @Test
    void chartsAreSlideSizedPngAndSvg() throws IOException {
        assertTrue(written.contains(CHARTS.resolve("slide.png")), written.toString());
        for (Path file : written) {
            assertTrue(Files.size(file) > 0, file.toString());
            if (file.toString().endsWith(".png")) {
                BufferedImage image = ImageIO.read(file.toFile());
                assertEquals(ChartStyle.WIDTH, image.getWidth());
                assertEquals(ChartStyle.HEIGHT, image.getHeight());
                assertTrue(Files.exists(Path.of(file.toString().replace(".png", ".svg"))), file + " has its SVG");
            }
        }
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws IOException {
        try (Stream<Path> files = Files.walk(WORK)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
