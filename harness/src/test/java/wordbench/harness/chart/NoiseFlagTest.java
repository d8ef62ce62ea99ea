package wordbench.harness.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYSeries;
import wordbench.harness.results.BenchResults;
import wordbench.harness.results.Measurement;
import wordbench.harness.results.PendingFiles;
import wordbench.harness.results.RunMetadata;

/**
 * A result JMH gave no interval (NaN) must never look exact, and one with a wide interval must
 * look different: both are pale and say "(noisy)" on the rendered chart, and NaN reads "n/a".
 */
class NoiseFlagTest {

    private static Measurement warm(String strategy, double ms, double error) {
        return new Measurement(BenchResults.WORD_COUNT, "avgt", Map.of("strategy", strategy, "copies", "1"),
                new Measurement.Metric(ms, error, "ms/op"), Map.of());
    }

    private static final BenchResults RESULTS = new BenchResults(List.of(
            warm("steady", 10.0, 0.2), warm("wide", 50.0, 20.0), warm("unknown", 200.0, Double.NaN)),
            RunMetadata.unknown(), "synthetic.json");

    @Test
    void noisyAndUnknownIntervalsArePaleAndSaySo() throws Exception {
        ChartInput input = ChartInput.of(RESULTS, Map.of());
        Slide slide = new SlideChart().create(input).orElseThrow();
        Map<String, XYSeries> series = slide.chart().getSeriesMap();
        assertEquals(List.of("unknown", "wide", "steady"), List.copyOf(series.keySet()));
        assertEquals(input.palette().colour("steady"), series.get("steady").getLineColor());
        assertEquals(Palette.washed(input.palette().colour("wide")), series.get("wide").getLineColor());
        assertEquals(Palette.washed(input.palette().colour("unknown")), series.get("unknown").getLineColor());

        Path dir = Path.of("target", "chart-test", "noise").toAbsolutePath();
        try (PendingFiles pending = new PendingFiles()) {
            ChartFiles.write(slide, RESULTS.footer(), dir, "slide", pending);
            pending.commit();
        }
        String svg = Files.readString(dir.resolve("slide.svg"));
        assertTrue(svg.contains(">steady   10.0 ± 0.2 ms</text>"), "steady: exact label, no flag");
        assertTrue(svg.contains(">wide   50 ± 20 ms" + Labels.NOISY + "</text>"), "wide: flagged");
        assertTrue(svg.contains(">unknown   200 ± n/a ms" + Labels.NOISY + "</text>"), "NaN: n/a and flagged");
    }

    @Test
    void aNanIntervalIsUnknownNotZero() {
        Estimate e = Estimate.millis(new Measurement.Metric(3.0, Double.NaN, "ms/op"));
        assertFalse(e.known());
        assertTrue(e.noisy());
        assertEquals("3.00 ± n/a", Rounding.plusMinus(e, 3));
    }
}
