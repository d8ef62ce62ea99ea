package wordbench.harness.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYSeries;
import wordbench.harness.FakeStrategies;
import wordbench.harness.results.BenchResults;
import wordbench.harness.results.RunMetadata;

/**
 * Strategies of every kind, registered only for this test, reach every chart with no edit to the
 * harness: their bars, categories and lines, their colours (by runtime kind, from their traits, never by name), the speedup baseline their
 * traits choose. The numbers are the committed quick run's, with its strategies renamed to fakes.
 */
class FakeStrategiesChartTest {

    /** Real strategy of the quick run → the fake that takes its numbers (rust-jni's go to two fakes). */
    private static final Map<String, List<String>> RENAMED = Map.of(
            "java-fast", List.of(FakeStrategies.JVM),
            "rust-parallel", List.of(FakeStrategies.PARALLEL_NATIVE),
            "rust-ffm", List.of(FakeStrategies.FFM),
            "jython", List.of(FakeStrategies.INTERPRETER),
            "rust-jni", List.of(FakeStrategies.PROCESS));

    /** An older quick run: it has jython, which the interpreter fake takes the numbers of. */
    static final String RESULTS = "/chart/quick-run-2026-11-25.json";

    @TempDir
    Path dir;

    @Test
    void everyChartDrawsThemInTheirColoursWithTheBaselineTheirTraitsChoose() throws Exception {
        Path results = fakeRun();
        FakeStrategies.registered(dir.resolve("registry"), () -> {
            BenchResults loaded = BenchResults.load(results);
            Map<String, Set<String>> expected = Map.of(
                    // the baseline, the fastest single-threaded JVM and FFM ones; nothing runs where the baseline runs
                    "talk", Set.of(FakeStrategies.INTERPRETER, FakeStrategies.JVM, FakeStrategies.FFM),
                    "slide", Set.copyOf(FakeStrategies.ALL),
                    "speedup", Set.copyOf(FakeStrategies.ALL),
                    "copies", Set.copyOf(FakeStrategies.ALL),
                    "cold-vs-warm", Set.copyOf(FakeStrategies.ALL),
                    "thread-scaling", Set.of(FakeStrategies.PARALLEL_NATIVE),
                    "allocation", Set.of(FakeStrategies.JVM, FakeStrategies.INTERPRETER),
                    "call-overhead", Set.of());
            ChartInput input = ChartInput.of(loaded);
            for (ResultChart chart : Charts.ALL) {
                Slide drawn = chart.create(input).orElseThrow(() -> new AssertionError(chart.name() + " needs " + chart.needs()));
                // Drawn as a series, or named on the slide (the copies chart names a strategy timed on one size).
                String text = String.join(" ", drawn.chart().getSeriesMap().keySet()) + " " + drawn.xAxisTitle();
                for (String fake : expected.get(chart.name())) {
                    assertTrue(text.contains(fake), chart.name() + " shows " + fake + ": " + text);
                }
            }
            Slide speedup = new SpeedupChart().create(input).orElseThrow();
            assertTrue(speedup.title().contains("than " + FakeStrategies.INTERPRETER + " "), speedup.title());
            Set<Color> colours = new HashSet<>();
            for (String fake : FakeStrategies.ALL) {
                Color colour = input.palette().colour(fake);
                colours.add(colour);
                XYSeries bar = speedup.chart().getSeriesMap().get(fake);
                assertTrue(bar.getLineColor().equals(colour) || bar.getLineColor().equals(Palette.washed(colour)),
                        fake + "'s bar has its colour (pale when noisy)");
            }
            assertEquals(FakeStrategies.ALL.size(), colours.size(), "five runtime kinds, five colours");
        });
    }

    /** The committed quick run, its strategies renamed to the fakes' names; the others dropped. */
    private Path fakeRun() throws Exception {
        Path source = Path.of(getClass().getResource(RESULTS).toURI());
        JsonArray renamed = new JsonArray();
        for (JsonElement element : JsonParser.parseString(Files.readString(source)).getAsJsonArray()) {
            JsonObject result = element.getAsJsonObject();
            JsonObject params = result.getAsJsonObject("params");
            if (params == null || !params.has("strategy")) {
                renamed.add(result);
                continue;
            }
            for (String fake : RENAMED.getOrDefault(params.get("strategy").getAsString(), List.of())) {
                JsonObject copy = result.deepCopy();
                copy.getAsJsonObject("params").addProperty("strategy", fake);
                renamed.add(copy);
            }
        }
        Path json = dir.resolve("fake-run.json");
        Files.writeString(json, renamed.toString());
        Files.copy(RunMetadata.besides(source), RunMetadata.besides(json));
        return json;
    }
}
