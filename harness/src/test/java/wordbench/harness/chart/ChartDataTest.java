package wordbench.harness.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import wordbench.harness.results.BenchResults;

/**
 * What each chart shows, read from its XChart series (names, order, values), against the committed
 * quick run read here with plain JSON, not through the code under test.
 */
class ChartDataTest {

    /** One JMH entry as the file has it. */
    record Entry(String benchmark, Map<String, String> params, double score, double error, String unit, List<Double> samples) {
        double millis() {
            return score * switch (unit) {
                case "s/op" -> 1e3;
                case "ms/op" -> 1;
                case "us/op" -> 1e-3;
                default -> throw new IllegalArgumentException(unit);
            };
        }
    }

    static List<Entry> entries() throws IOException, URISyntaxException {
        Path file = Path.of(ChartDataTest.class.getResource(ChartRenderingTest.RESULTS).toURI());
        List<Entry> entries = new ArrayList<>();
        for (JsonElement e : JsonParser.parseString(Files.readString(file)).getAsJsonArray()) {
            JsonObject o = e.getAsJsonObject();
            String[] name = o.get("benchmark").getAsString().split("\\.");
            Map<String, String> params = new LinkedHashMap<>();
            if (o.has("params")) {
                o.getAsJsonObject("params").entrySet().forEach(p -> params.put(p.getKey(), p.getValue().getAsString()));
            }
            JsonObject primary = o.getAsJsonObject("primaryMetric");
            List<Double> samples = new ArrayList<>();
            primary.getAsJsonArray("rawData").forEach(f -> f.getAsJsonArray().forEach(s -> samples.add(s.getAsDouble())));
            JsonElement error = primary.get("scoreError");
            entries.add(new Entry(name[name.length - 2] + "." + name[name.length - 1], params,
                    primary.get("score").getAsDouble(),
                    error.getAsJsonPrimitive().isNumber() ? error.getAsDouble() : Double.NaN,
                    primary.get("scoreUnit").getAsString(), samples));
        }
        return entries;
    }

    static ChartInput input() throws IOException, URISyntaxException {
        return ChartInput.of(ChartRenderingTest.results());
    }

    static Map<String, Entry> warm(List<Entry> entries, int copies) {
        return entries.stream().filter(e -> e.benchmark().equals(BenchResults.WORD_COUNT))
                .filter(e -> e.params().get("copies").equals(String.valueOf(copies)))
                .collect(Collectors.toMap(e -> e.params().get("strategy"), e -> e));
    }

    private static void assertBars(Map<String, Double> expected, Map<String, XYSeries> series) {
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(series.keySet()), "bars, top to bottom");
        expected.forEach((name, value) -> {
            double[] x = series.get(name).getXData();
            assertEquals(value, x[x.length - 1], Math.abs(value) * 1e-9, name);
        });
    }

    @Test
    void slideShowsEveryStrategySlowestFirstAndTheFloorLast() throws Exception {
        List<Entry> entries = entries();
        Map<String, Double> expected = new LinkedHashMap<>();
        warm(entries, 1).values().stream().sorted(Comparator.comparingDouble(Entry::millis).reversed())
                .forEach(e -> expected.put(e.params().get("strategy"), e.millis()));
        entries.stream().filter(e -> e.benchmark().equals(BenchResults.FLOOR) && e.params().get("copies").equals("1"))
                .forEach(e -> expected.put("floor", e.millis()));
        Slide slide = new SlideChart().create(input()).orElseThrow();
        assertTrue(expected.size() >= 5, "the fixture has strategies: " + expected);
        assertBars(expected, slide.chart().getSeriesMap());
        assertTrue(slide.chart().getStyler().isXAxisLogarithmic());
    }

    @Test
    void talkShowsCPythonRustFromCPythonTheBestSingleThreadedJavaAndRustThroughFfm() throws Exception {
        Map<String, Entry> warm = warm(entries(), 1);
        Slide talk = new TalkChart().create(input()).orElseThrow();
        // cpython: the baseline (its traits); cpython-rust: same runtime, not a baseline;
        // java-fast: the fastest single-threaded JVM strategy here; rust-ffm: the only FFM one.
        Map<String, Double> expected = new LinkedHashMap<>();
        for (String s : List.of("cpython", "cpython-rust", "java-fast", "rust-ffm")) {
            expected.put(s, warm.get(s).millis());
        }
        assertBars(expected, talk.chart().getSeriesMap());
        assertEquals("Time taken in Rust and Python (lower is better)", talk.title());
        assertEquals(0.0, talk.chart().getStyler().getXAxisMin(), "a linear axis from 0");
    }

    @Test
    void speedupDividesTheBaselineByEachFastestFirst() throws Exception {
        Map<String, Entry> warm = warm(entries(), 1);
        double baseline = warm.get("cpython").millis();
        Map<String, Double> expected = new LinkedHashMap<>();
        warm.values().stream().sorted(Comparator.comparingDouble(Entry::millis))
                .forEach(e -> expected.put(e.params().get("strategy"), baseline / e.millis()));
        Slide speedup = new SpeedupChart().create(input()).orElseThrow();
        assertBars(expected, speedup.chart().getSeriesMap());
        assertTrue(speedup.title().contains("cpython"), speedup.title());
    }

    @Test
    void copiesHasALinePerStrategyOverEveryInputSize() throws Exception {
        List<Entry> entries = entries();
        Map<String, Map<Integer, Double>> expected = new LinkedHashMap<>();
        entries.stream().filter(e -> e.benchmark().equals(BenchResults.WORD_COUNT))
                .forEach(e -> expected.computeIfAbsent(e.params().get("strategy"), s -> new java.util.TreeMap<>())
                        .put(Integer.parseInt(e.params().get("copies")), e.millis()));
        Slide slide = new CopiesChart().create(input()).orElseThrow();
        Map<String, XYSeries> series = slide.chart().getSeriesMap();
        List<String> lines = series.keySet().stream().filter(s -> !s.equals("floor")).toList();
        List<String> oneSize = expected.entrySet().stream().filter(e -> e.getValue().size() < 2).map(Map.Entry::getKey).toList();
        expected.keySet().removeAll(oneSize);
        assertEquals(expected.keySet().stream().sorted().toList(), lines.stream().sorted().toList(), "a line for every strategy timed on two sizes or more");
        for (String strategy : oneSize) {
            assertTrue(slide.xAxisTitle().contains(strategy), strategy + " is named as timed on one size: " + slide.xAxisTitle());
        }
        assertTrue(series.containsKey("floor"));
        for (String strategy : lines) {
            XYSeries line = series.get(strategy);
            List<Integer> copies = List.copyOf(((java.util.TreeMap<Integer, Double>) expected.get(strategy)).keySet());
            assertEquals(copies.size(), line.getXData().length, strategy);
            for (int i = 0; i < copies.size(); i++) {
                // x is nudged sideways by a few percent so whiskers do not hide each other
                assertEquals(copies.get(i), line.getXData()[i], copies.get(i) * 0.05, strategy + " x");
                assertEquals(expected.get(strategy).get(copies.get(i)), line.getYData()[i], 1e-9, strategy + " y");
            }
            assertFalse(line.getMarker() == null, strategy + " has a marker");
        }
        long distinctMarkers = lines.stream().map(s -> series.get(s).getMarker().getClass()).distinct().count();
        assertEquals(lines.size(), distinctMarkers, "lines differ by marker");
        // Strategies of one runtime kind share a colour; their lines must still differ in their dashes.
        long distinctLooks = lines.stream().map(s -> series.get(s).getLineColor() + " "
                + java.util.Arrays.toString(((java.awt.BasicStroke) series.get(s).getLineStyle()).getDashArray())).distinct().count();
        assertEquals(lines.size(), distinctLooks, "lines differ by colour or dashes");
    }

    @Test
    void copiesDrawsBigTxtOnlyNeverTheAdversarialInputs() throws Exception {
        // A full run also times every strategy on the flood text and its control at one copy: those
        // answer another question and once landed on the 1-copy points of big.txt's lines.
        BenchResults run = wordbench.harness.results.FullRuns.newest(wordbench.harness.core.Corpus.home().resolve("results"))
                .orElseThrow(() -> new AssertionError("no full run committed in results/"));
        assertTrue(run.of(BenchResults.WORD_COUNT).stream().anyMatch(m -> !BenchResults.BIG_TXT.equals(m.param("input"))),
                run.source() + " has no adversarial input, so this test would prove nothing");
        Map<String, XYSeries> series = new CopiesChart().create(ChartInput.of(run)).orElseThrow().chart().getSeriesMap();
        run.wordCountAt(1).forEach((strategy, m) -> {
            XYSeries line = series.get(strategy);
            if (line == null) {
                assertEquals(1, run.bigTxt(BenchResults.WORD_COUNT).stream().filter(x -> x.param("strategy").equals(strategy)).count(),
                        strategy + " has no line, so it must have been timed on one size only");
                return;
            }
            assertEquals(1, line.getXData()[0], 0.05, strategy + " starts at one copy");
            assertEquals(Estimate.millis(m.primary()).value(), line.getYData()[0], 1e-9, strategy + " at one copy is big.txt's time");
        });
    }

    @Test
    void coldCallShowsTheMedianOfTheFreshJvmsSlowestFirst() throws Exception {
        Map<String, Double> medians = new LinkedHashMap<>();
        entries().stream().filter(e -> e.benchmark().equals(BenchResults.COLD_CALL))
                .map(e -> Map.entry(e.params().get("strategy"), median(e.samples().stream().map(s -> s * e.millis() / e.score()).toList())))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> medians.put(e.getKey(), e.getValue()));
        assertBars(medians, new ColdCallChart().create(input()).orElseThrow().chart().getSeriesMap());
    }

    @Test
    void threadScalingIsSpeedupOverOneThreadNextToTheIdeal() throws Exception {
        Map<String, Map<Integer, Double>> times = new java.util.TreeMap<>();
        entries().stream().filter(e -> e.benchmark().equals(BenchResults.THREAD_SCALING))
                .forEach(e -> times.computeIfAbsent(e.params().get("strategy"), s -> new java.util.TreeMap<>())
                        .put(Integer.parseInt(e.params().get("threads")), e.millis()));
        Map<String, XYSeries> series = new ThreadScalingChart().create(input()).orElseThrow().chart().getSeriesMap();
        List<String> expectedNames = new ArrayList<>(List.of("ideal"));
        expectedNames.addAll(times.keySet());
        assertEquals(expectedNames, List.copyOf(series.keySet()));
        double[] idealY = series.get("ideal").getYData();
        for (int i = 0; i < idealY.length; i++) {
            assertEquals(i + 1, idealY[i], 1e-9);
        }
        Map<Double, Integer> xs = new LinkedHashMap<>();
        times.forEach((strategy, byThreads) -> {
            XYSeries line = series.get(strategy);
            List<Integer> threads = List.copyOf(byThreads.keySet());
            for (int i = 0; i < threads.size(); i++) {
                assertEquals(byThreads.get(1) / byThreads.get(threads.get(i)), line.getYData()[i], 1e-9, strategy);
                assertEquals(threads.get(i), line.getXData()[i], 0.2, strategy + " x, nudged");
                xs.merge(line.getXData()[i], 1, Integer::sum);
            }
        });
        assertTrue(xs.values().stream().allMatch(n -> n == 1), "no two strategies' whiskers on one vertical line: " + xs);
        XYChart chart = new ThreadScalingChart().create(input()).orElseThrow().chart();
        for (Object part : BarLabelLayoutTest.annotations(chart)) {
            if (part instanceof Whiskers whisker) {
                assertTrue(whisker.high() <= chart.getStyler().getYAxisMax(), "whisker up to " + whisker.high()
                        + " ends on the plot (y to " + chart.getStyler().getYAxisMax() + ")");
            }
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
