package wordbench.harness.chart;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import wordbench.harness.results.BenchResults;
import wordbench.harness.results.Comparison;
import wordbench.harness.results.PendingFiles;

/**
 * Runs side by side, as machines compare fairly: one group of bars per strategy, one bar per run
 * (labelled by its host and date), each bar the strategy's warm time on big.txt as a multiple of
 * the reference strategy's time in the same run. Horizontal bars on a log axis, as on the slide:
 * the ratios span two orders of magnitude; the table of {@code wordbench compare} carries the
 * intervals.
 */
public final class CompareChart {

    /** One colour per run, light to dark: order, not identity. */
    private static final List<Color> RUN_COLOURS = List.of(new Color(0x9E, 0xCA, 0xE1), new Color(0x42, 0x92, 0xC6),
            new Color(0x08, 0x45, 0x94), new Color(0xFD, 0xAE, 0x6B), new Color(0xE6, 0x55, 0x0D), new Color(0x7F, 0x27, 0x04));

    private CompareChart() {
    }

    /** The chart, when the runs have warm word-count rows relative to the reference; empty otherwise. */
    public static Optional<Slide> create(Comparison comparison) {
        List<Comparison.Row> rows = comparison.relative().stream()
                .filter(r -> r.benchmark().equals(BenchResults.WORD_COUNT) && "1".equals(param(r.params(), "copies"))
                        && BenchResults.BIG_TXT.equals(param(r.params(), "input")))
                .sorted(Comparator.comparingDouble((Comparison.Row r) -> r.cells().stream().flatMap(Optional::stream)
                        .mapToDouble(Comparison.Cell::score).findFirst().orElse(0)).reversed())
                .toList();
        // One bar per strategy and run, grouped by strategy; a strategy missing from a run has no bar.
        List<HorizontalBars.Bar> bars = new ArrayList<>();
        for (Comparison.Row row : rows) {
            String strategy = param(row.params(), "strategy");
            for (int run = 0; run < comparison.runs().size(); run++) {
                Optional<Comparison.Cell> cell = row.cells().get(run);
                if (cell.isPresent() && cell.get().score() > 0) {
                    String name = strategy + " · " + comparison.runLabel(run);
                    Estimate e = new Estimate(cell.get().score(), Double.NaN, Double.NaN);
                    bars.add(new HorizontalBars.Bar(name, e, RUN_COLOURS.get(run % RUN_COLOURS.size()),
                            name + "   " + Rounding.value(e, 2) + "×", false));
                }
            }
        }
        if (bars.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Slide("Time relative to " + comparison.reference() + ", big.txt, per run (lower is better)",
                "each bar: the strategy's warm time ÷ " + comparison.reference() + "'s in the same run; intervals: see the table of wordbench compare",
                "× " + comparison.reference() + "'s time in the same run, log scale",
                HorizontalBars.chart(bars, true, ChartStyle.LABELS), false));
    }

    /** Writes the chart as {@code png} (and the SVG beside it); false when there is nothing to draw. */
    public static boolean write(Comparison comparison, Path png) throws IOException {
        Optional<Slide> chart = create(comparison);
        if (chart.isEmpty()) {
            return false;
        }
        String name = png.getFileName().toString().replaceFirst("\\.png$", "");
        String footer = "wordbench compare · " + String.join(" vs ", comparison.runs().stream().map(BenchResults::source).toList());
        try (PendingFiles pending = new PendingFiles()) {
            ChartFiles.write(chart.get(), footer, png.toAbsolutePath().getParent(), name, pending);
            pending.commit();
        }
        return true;
    }

    private static String param(String params, String name) {
        for (String p : params.split(" ")) {
            if (p.startsWith(name + "=")) {
                return p.substring(name.length() + 1);
            }
        }
        return null;
    }
}
