package wordbench.harness.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.math3.stat.inference.TTest;
import wordbench.harness.core.Strategies;
import wordbench.harness.results.BenchResults;
import wordbench.harness.results.Measurement;
import wordbench.spi.StrategyTraits;

/**
 * benchstat for JMH: several runs side by side, one row per (benchmark, params), each run's
 * score ± 99.9% interval and its change against the first run, with "~" where the change is not
 * significant by Welch's two-sided t-test (unequal variances) at {@link #ALPHA} on the per-fork
 * means (a fork is the independent unit: iterations within one JVM share its JIT decisions and
 * memory layout, so they would overstate the evidence); with fewer than two forks in a run, on its
 * iterations. Because machines differ, it also compares each strategy's time as a
 * multiple of a reference strategy's time in the same run.
 *
 * @param runs      the runs, in command-line order; the first is the base
 * @param rows      absolute scores
 * @param reference the reference strategy of the relative rows
 * @param relative  strategy time / reference time at the same benchmark and other params
 */
public record Comparison(List<BenchResults> runs, List<Row> rows, String reference, List<Row> relative) {

    /** The text table, one row per (benchmark, params); then the relative rows. */
    public String table() {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("benchmark", "params"));
        for (int i = 0; i < runs.size(); i++) {
            header.add(runLabel(i));
            if (i > 0) {
                header.add("vs 1");
            }
        }
        out.append("runs: ");
        for (int i = 0; i < runs.size(); i++) {
            out.append(i == 0 ? "" : "; ").append(i + 1).append(" = ").append(runs.get(i).source())
                    .append(" (").append(runs.get(i).metadata().host()).append(", ").append(runs.get(i).metadata().profile())
                    .append(" profile, commit ").append(runs.get(i).metadata().commit()).append(")");
        }
        out.append("\nscore ± 99.9% interval; change against run 1, \"~\" = not significant (Welch's t-test, α = ")
                .append(ALPHA).append(", on the per-fork means)\n\n");
        appendRows(out, header, rows);
        if (!relative.isEmpty()) {
            out.append("\nrelative to ").append(reference).append(" in the same run (fair across machines); \"~\" = "
                    + "the ratios' 99.9% intervals overlap\n\n");
            appendRows(out, header, relative);
        }
        return out.toString();
    }

    /** "1 vm 2026-12-01": run number, host, start date. */
    public String runLabel(int i) {
        RunMetadataView m = new RunMetadataView(runs.get(i));
        return (i + 1) + " " + m.host() + " " + m.day();
    }

    private record RunMetadataView(BenchResults run) {
        String host() {
            return run.metadata().host();
        }

        String day() {
            String date = run.metadata().date();
            return date.length() >= 10 ? date.substring(0, 10) : date;
        }
    }

    private void appendRows(StringBuilder out, List<String> header, List<Row> rows) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(header);
        for (Row row : rows) {
            List<String> line = new ArrayList<>(List.of(row.benchmark(), row.params()));
            for (int i = 0; i < runs.size(); i++) {
                line.add(row.cells().get(i).map(c -> format(c, row.unit())).orElse("-"));
                if (i > 0) {
                    line.add(row.verdicts().get(i - 1));
                }
            }
            lines.add(line);
        }
        int[] widths = new int[header.size()];
        for (List<String> line : lines) {
            for (int c = 0; c < line.size(); c++) {
                widths[c] = Math.max(widths[c], line.get(c).length());
            }
        }
        for (List<String> line : lines) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < line.size(); c++) {
                String cell = line.get(c);
                text.append(c < 2 ? String.format("%-" + widths[c] + "s", cell) : String.format("%" + widths[c] + "s", cell))
                        .append(c + 1 < line.size() ? "  " : "");
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
    }

    static String format(Cell cell, String unit) {
        String interval = Double.isFinite(cell.error())
                ? String.format("± %.1f%%", 100 * cell.relativeError()) : "± n/a";
        return String.format("%.4g %s %s", cell.score(), unit, interval);
    }

    /** Significance level of the t-test. */
    public static final double ALPHA = 0.05;

    /**
     * One value of one run: a score and its 99.9% half-interval (NaN when unknown), and the samples
     * the t-test uses: per-fork means, or the iterations of a single fork.
     */
    public record Cell(double score, double error, double[] samples) {
        public double relativeError() {
            return score > 0 && Double.isFinite(error) ? error / score : Double.NaN;
        }
    }

    /**
     * One row: a (benchmark, params) in every run that has it (empty where a run does not).
     *
     * @param verdicts per run after the first: "+20.1%", "-3.0%", "~" (not significant), "?" (cannot tell)
     */
    public record Row(String benchmark, String params, String unit, List<Optional<Cell>> cells, List<String> verdicts) {
    }

    /** The runs compared; without a reference, the default one by the registered strategies' traits. */
    public static Comparison of(List<BenchResults> runs, Optional<String> reference) {
        return of(runs, reference, Strategies.registeredTraits());
    }

    /** The runs compared; without a reference, the default one by {@code traits} (strategy name to traits). */
    public static Comparison of(List<BenchResults> runs, Optional<String> reference, Map<String, StrategyTraits> traits) {
        Map<String, Map<Integer, Measurement>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            for (Measurement m : runs.get(i).measurements()) {
                byKey.computeIfAbsent(m.benchmark() + " " + params(m), k -> new TreeMap<>()).put(i, m);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Map<Integer, Measurement> row : byKey.values()) {
            Measurement any = row.values().iterator().next();
            List<Optional<Cell>> cells = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                cells.add(Optional.ofNullable(row.get(i)).map(m -> new Cell(m.primary().score(), m.primary().error(), testSamples(m))));
            }
            rows.add(new Row(any.benchmark(), params(any), any.primary().unit(), cells, verdicts(cells, false)));
        }
        String ref = reference.orElseGet(() -> defaultReference(runs, traits));
        return new Comparison(runs, rows, ref, relative(runs, ref));
    }

    /**
     * The params as "copies=1 input=big.txt strategy=x", sorted; results from before the {@code input}
     * parameter existed timed big.txt, so they get {@code input=big.txt} and line up with newer runs.
     */
    static String params(Measurement m) {
        Map<String, String> params = new TreeMap<>(m.params());
        if (params.containsKey("strategy") && !params.containsKey("input")) {
            params.put("input", BenchResults.BIG_TXT);
        }
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /**
     * The speedup baseline (the talk's Python, by the strategies' traits: the lowest
     * baselinePriority) among the strategies every run has, else the first of them by name.
     */
    static String defaultReference(List<BenchResults> runs, Map<String, StrategyTraits> traits) {
        Set<String> common = null;
        for (BenchResults run : runs) {
            Set<String> strategies = new LinkedHashSet<>();
            run.measurements().stream().map(m -> m.param("strategy")).filter(s -> s != null).forEach(strategies::add);
            if (common == null) {
                common = strategies;
            } else {
                common.retainAll(strategies);
            }
        }
        if (common == null || common.isEmpty()) {
            return "";
        }
        Set<String> shared = common;
        Comparator<String> byName = Comparator.naturalOrder();
        return shared.stream()
                .filter(s -> traits.containsKey(s) && traits.get(s).baselinePriority().isPresent())
                .min(Comparator.comparingInt((String s) -> traits.get(s).baselinePriority().getAsInt()).thenComparing(byName))
                .orElseGet(() -> shared.stream().min(byName).orElse(""));
    }

    /** Each strategy's score over the reference's at the same benchmark and other params, per run. */
    private static List<Row> relative(List<BenchResults> runs, String reference) {
        Map<String, Map<Integer, Cell>> byKey = new LinkedHashMap<>();
        Map<String, String[]> names = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            List<Measurement> all = runs.get(i).measurements();
            for (Measurement m : all) {
                String strategy = m.param("strategy");
                if (strategy == null || strategy.equals(reference)) {
                    continue;
                }
                Map<String, String> others = new TreeMap<>(m.params());
                others.put("strategy", reference);
                Optional<Measurement> ref = all.stream()
                        .filter(r -> r.benchmark().equals(m.benchmark()) && r.params().equals(others)).findFirst();
                if (ref.isEmpty() || !(ref.get().primary().score() > 0)) {
                    continue;
                }
                double ratio = m.primary().score() / ref.get().primary().score();
                double relative = Math.hypot(m.primary().relativeError(), ref.get().primary().relativeError());
                String key = m.benchmark() + " " + params(m);
                names.put(key, new String[] {m.benchmark(), params(m)});
                byKey.computeIfAbsent(key, k -> new TreeMap<>()).put(i, new Cell(ratio, ratio * relative, new double[0]));
            }
        }
        List<Row> rows = new ArrayList<>();
        byKey.forEach((key, row) -> {
            List<Optional<Cell>> cells = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                cells.add(Optional.ofNullable(row.get(i)));
            }
            rows.add(new Row(names.get(key)[0], names.get(key)[1], "× " + reference, cells, verdicts(cells, true)));
        });
        return rows;
    }

    /**
     * Each later run against the first: the change in %, or "~" when it is not significant. Absolute
     * scores: Welch's t-test on the samples. Ratios (no samples of their own): "~" when the two
     * ratios' 99.9% intervals, propagated from both scores, overlap.
     */
    private static List<String> verdicts(List<Optional<Cell>> cells, boolean ratios) {
        List<String> verdicts = new ArrayList<>();
        Optional<Cell> base = cells.getFirst();
        for (int i = 1; i < cells.size(); i++) {
            Optional<Cell> other = cells.get(i);
            if (base.isEmpty() || other.isEmpty()) {
                verdicts.add("?");
                continue;
            }
            verdicts.add(verdict(base.get(), other.get(), ratios));
        }
        return verdicts;
    }

    static String verdict(Cell base, Cell other, boolean ratios) {
        double change = (other.score() - base.score()) / base.score();
        String percent = String.format("%+.1f%%", change * 100);
        if (ratios) {
            if (!Double.isFinite(base.error()) || !Double.isFinite(other.error())) {
                return "?";
            }
            boolean overlap = Math.abs(other.score() - base.score()) <= base.error() + other.error();
            return overlap ? "~" : percent;
        }
        Optional<Double> p = pValue(base.samples(), other.samples());
        if (p.isEmpty()) {
            return "?";
        }
        return p.get() < ALPHA ? percent : "~";
    }

    /** The fork means when there are two forks or more, else the one fork's iterations. */
    static double[] testSamples(Measurement m) {
        if (m.forks().size() >= 2) {
            return m.forks().stream().filter(f -> !f.isEmpty())
                    .mapToDouble(f -> f.stream().mapToDouble(Double::doubleValue).average().orElseThrow()).toArray();
        }
        return m.samples();
    }

    /** Welch's two-sided t-test; empty when either side has fewer than two samples or no spread at all. */
    static Optional<Double> pValue(double[] a, double[] b) {
        if (a.length < 2 || b.length < 2) {
            return Optional.empty();
        }
        double p = new TTest().tTest(a, b);
        return Double.isFinite(p) ? Optional.of(p) : Optional.empty();
    }
}
