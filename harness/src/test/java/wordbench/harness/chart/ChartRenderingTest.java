package wordbench.harness.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wordbench.harness.results.BenchResults;
import wordbench.harness.results.PendingFiles;

/**
 * Every chart, drawn from a committed results file of a real quick run (with its metadata), into
 * target/: a 1920×1080 PNG that is not blank, and an SVG whose words are text, not outlines.
 */
class ChartRenderingTest {

    static final String RESULTS = "/chart/quick-run.json";
    static final Path OUT = Path.of("target", "chart-test").toAbsolutePath();

    static Stream<String> charts() {
        return Charts.ALL.stream().map(ResultChart::name);
    }

    static BenchResults results() throws IOException, URISyntaxException {
        return BenchResults.load(Path.of(ChartRenderingTest.class.getResource(RESULTS).toURI()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void drawsFromTheCommittedQuickRun(String name) throws IOException, URISyntaxException {
        ResultChart chart = Charts.ALL.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        BenchResults results = results();
        Slide drawn = chart.create(ChartInput.of(results))
                .orElseThrow(() -> new AssertionError("the committed results lack " + chart.needs()));
        List<Path> files;
        try (PendingFiles pending = new PendingFiles()) {
            ChartFiles.write(drawn, results.footer(), OUT, name, pending);
            files = pending.commit();
        }
        assertEquals(List.of(OUT.resolve(name + ".png"), OUT.resolve(name + ".svg")), files);

        BufferedImage png = ImageIO.read(files.get(0).toFile());
        assertEquals(ChartStyle.WIDTH, png.getWidth());
        assertEquals(ChartStyle.HEIGHT, png.getHeight());
        assertTrue(colours(png) > 20, "a chart, not a blank page: " + colours(png) + " colours");

        String svg = Files.readString(files.get(1));
        assertTrue(svg.contains("<svg") && svg.contains("width=\"" + ChartStyle.WIDTH), svg.substring(0, 200));
        assertTrue(svg.contains(">" + xml(drawn.title()) + "</text>"), "the title is SVG text: " + drawn.title());
        assertTrue(svg.contains(results.metadata().commit()), "the SVG carries the footer as text");
    }

    @org.junit.jupiter.api.Test
    void everyStrategyChartCarriesAKeyOfTheRuntimeKindsItShows() throws Exception {
        Path dir = Files.createDirectories(OUT.resolve("keyed"));
        try (PendingFiles pending = new PendingFiles()) {
            Charts.render(results(), dir, pending, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            pending.commit();
        }
        ChartInput input = ChartInput.of(results());
        for (String chart : List.of("slide", "speedup", "copies")) {
            String svg = Files.readString(dir.resolve(chart + ".svg"));
            for (String strategy : input.results().wordCountAt(1).keySet()) {
                String kind = input.traitsOf(strategy).orElseThrow().runtime().label();
                assertTrue(svg.contains(">" + xml(kind) + "</text>"), chart + " names the colour of " + strategy + ": " + kind);
            }
        }
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
