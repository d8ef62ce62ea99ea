package wordbench.harness.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYSeries;
import wordbench.harness.core.Corpus;
import wordbench.harness.results.BenchResults;
import wordbench.harness.results.RunMetadata;

/**
 * The call-overhead chart draws a strategy's self-timed call (timeit's minimum) from the run's
 * metadata, labelled with its timer, beside JMH's calls from Java; a run without one has no such bar.
 */
class CallOverheadChartTest {

    @TempDir
    Path dir;

    @Test
    void withoutASelfTimedCallOnlyJmhsCallsFromJavaAreDrawn() throws Exception {
        Map<String, XYSeries> bars = bars(ChartRenderingTest.results());
        assertEquals(List.of("JNI", "FFM", "Java"), List.copyOf(bars.keySet()), "top to bottom");
    }

    @Test
    void theMetadatasTimeitMinimumIsABarOnTopLabelledWithItsTimer() throws Exception {
        Path source = Path.of(getClass().getResource(ChartRenderingTest.RESULTS).toURI());
        Path results = Files.copy(source, dir.resolve("run.json"));
        JsonObject meta = JsonParser.parseString(Files.readString(RunMetadata.besides(source))).getAsJsonObject();
        JsonObject timeit = new JsonObject();
        timeit.addProperty("strategy", "cpython-rust");
        timeit.addProperty("call", "double(int) through ctypes");
        timeit.addProperty("timer", "timeit");
        JsonArray samples = new JsonArray();
        List.of(212.5, 187.25, 190.0, 240.0, 188.0).forEach(samples::add);
        timeit.add("samples", samples);
        timeit.addProperty("min", 187.25);
        JsonArray calls = new JsonArray();
        calls.add(timeit);
        meta.add("selfTimedCalls", calls);
        Files.writeString(RunMetadata.besides(results), meta.toString());

        ChartInput input = ChartInput.of(BenchResults.load(results));
        Slide slide = new CallOverheadChart().create(input).orElseThrow();
        Map<String, XYSeries> bars = slide.chart().getSeriesMap();
        assertEquals(List.of("cpython-rust (timeit)", "JNI", "FFM", "Java"), List.copyOf(bars.keySet()), "top to bottom");
        XYSeries python = bars.get("cpython-rust (timeit)");
        assertEquals(187.25, python.getXData()[1], 1e-9, "the minimum of the repeats");
        assertEquals(input.palette().colour("cpython-rust"), python.getLineColor(), "in the strategy's colour, never washed out");
        assertTrue(slide.subtitle().contains("cpython-rust: timeit, min of repeats"), slide.subtitle());
        assertTrue(slide.subtitle().contains("(JMH)"), slide.subtitle());
        HorizontalBars.Bar bar = CallOverheadChart.selfTimedBar(input.results().metadata().selfTimedCalls().getFirst(),
                input.palette());
        assertEquals("cpython-rust   187 ns  timeit (min of 5 repeats)", bar.label());
        assertFalse(bar.estimate().known(), "a minimum has no interval to draw");
    }

    @Test
    void everyCommittedRunDrawsExactlyTheSelfTimedCallsItsMetadataHolds() throws Exception {
        List<Path> runs = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Corpus.home().resolve("results"), "*.json")) {
            files.forEach(f -> {
                if (!f.getFileName().toString().endsWith(".meta.json")) {
                    runs.add(f);
                }
            });
        }
        assertFalse(runs.isEmpty(), "no run committed in results/");
        for (Path run : runs) {
            BenchResults results = BenchResults.load(run);
            List<String> expected = results.metadata().selfTimedCalls().stream()
                    .map(c -> c.strategy() + " (" + c.timer() + ")").toList();
            List<String> drawn = new CallOverheadChart().create(ChartInput.of(results)).map(s -> s.chart().getSeriesMap().keySet())
                    .stream().flatMap(names -> names.stream()).filter(name -> name.contains("(")).toList();
            assertEquals(expected, drawn, run.getFileName() + ": a self-timed bar exactly where the metadata has one");
        }
    }

    private static Map<String, XYSeries> bars(BenchResults results) {
        return new CallOverheadChart().create(ChartInput.of(results)).orElseThrow().chart().getSeriesMap();
    }
}
