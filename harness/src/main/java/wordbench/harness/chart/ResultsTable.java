package wordbench.harness.chart;

import wordbench.harness.results.RunMetadata;
import wordbench.harness.results.Measurement;
import wordbench.harness.results.BenchResults;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import wordbench.harness.results.RunMetadata;

/**
 * {@code results.md}: the run's numbers as a Markdown table, and the machine they were measured
 * on. README.md carries exactly this text between its results markers, so no number in the README
 * is typed by hand. Numbers are rounded to what their intervals support, as on the charts.
 */
public final class ResultsTable {

    public static final String FILE_NAME = "results.md";
    static final int COPIES = 4;

    private ResultsTable() {
    }

    public static String markdown(ChartInput input) {
        BenchResults results = input.results();
        int one = results.smallestCopies().orElse(1);
        Map<String, Measurement> warm = results.wordCountAt(one);
        Map<String, Measurement> warm4 = results.wordCountAt(COPIES);
        Map<String, Measurement> cold = results.coldCallAt(one);
        Optional<String> baseline = input.baseline(one);
        Optional<Estimate> base = baseline.map(b -> Estimate.millis(warm.get(b).primary()));

        StringBuilder md = new StringBuilder();
        md.append("Time for one `count(files, 10)`, reading included, in ms: mean ± JMH's 99.9% interval, rounded to what")
                .append(" the interval supports. First call: median of fresh JVMs (their range). Noisy: an interval wider")
                .append(" than ±10% of the mean, or none.\n\n");
        md.append("| strategy | ").append(copiesName(one)).append(" | ").append(copiesName(COPIES)).append(" | per copy at ")
                .append(COPIES).append(" | × ").append(baseline.map(b -> "`" + b + "`").orElse("baseline")).append(" (")
                .append(copiesName(one)).append(") | first call, fresh JVM | samples | noise |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        List<String> order = new ArrayList<>(warm.keySet());
        order.sort(Comparator.comparingDouble((String s) -> warm.get(s).primary().millis()).reversed());
        for (String strategy : order) {
            Estimate e1 = Estimate.millis(warm.get(strategy).primary());
            Optional<Estimate> e4 = Optional.ofNullable(warm4.get(strategy)).map(m -> Estimate.millis(m.primary()));
            String speedup = baseline.isEmpty() ? "—"
                    : strategy.equals(baseline.get()) ? "1×"
                    : Rounding.withRange(Estimate.ratio(base.get(), e1), 2, "×");
            String first = Optional.ofNullable(cold.get(strategy))
                    .map(m -> Rounding.withRange(Estimate.medianMillis(m), 2, "")).orElse("—");
            List<String> noisy = new ArrayList<>();
            if (noisy(results, warm.get(strategy), e1)) {
                noisy.add(copiesName(one));
            }
            if (e4.isPresent() && noisy(results, warm4.get(strategy), e4.get())) {
                noisy.add(copiesName(COPIES));
            }
            md.append("| `").append(strategy).append("` | ").append(Rounding.plusMinus(e1, 3))
                    .append(" | ").append(e4.map(e -> Rounding.plusMinus(e, 3)).orElse("—"))
                    .append(" | ").append(e4.map(e -> Rounding.value(scaled(e, 1.0 / COPIES), 3)).orElse("—"))
                    .append(" | ").append(speedup)
                    .append(" | ").append(first)
                    .append(" | ").append(samples(results, warm.get(strategy))).append(Optional.ofNullable(warm4.get(strategy))
                            .map(m -> " / " + samples(results, m)).orElse(""))
                    .append(" | ").append(noisy.isEmpty() ? "" : "noisy (" + String.join(", ", noisy) + ")")
                    .append(" |\n");
        }
        results.floorAt(one).ifPresent(floor -> {
            Estimate e1 = Estimate.millis(floor.primary());
            Optional<Estimate> e4 = results.floorAt(COPIES).map(m -> Estimate.millis(m.primary()));
            md.append("| floor (read + find word starts, no counting) | ").append(Rounding.plusMinus(e1, 3))
                    .append(" | ").append(e4.map(e -> Rounding.plusMinus(e, 3)).orElse("—"))
                    .append(" | ").append(e4.map(e -> Rounding.value(scaled(e, 1.0 / COPIES), 3)).orElse("—"))
                    .append(" | — | — | ").append(samples(results, floor))
                    .append(results.floorAt(COPIES).map(m -> " / " + samples(results, m)).orElse("")).append(" | ")
                    .append(noisy(results, floor, e1) ? "noisy (" + copiesName(one) + ")" : "").append(" |\n");
        });
        md.append("\n").append(machine(results)).append("\n");
        return md.toString();
    }

    /** The machine line: where, on what, when and from which commit. */
    static String machine(BenchResults results) {
        RunMetadata m = results.metadata();
        String date = m.date().length() >= 10 ? m.date().substring(0, 10) : m.date();
        return "Measured on " + m.cpu() + " (" + m.cores() + " cores), " + m.os() + "; " + m.jdk() + "; " + m.rustc()
                + "; " + m.jython() + ". " + m.profile() + " profile, " + date + ", commit " + m.commit() + ", `"
                + results.source() + "`.";
    }

    private static String copiesName(int copies) {
        return copies == 1 ? "big.txt" : copies + " copies";
    }

    private static Estimate scaled(Estimate e, double factor) {
        return new Estimate(e.value() * factor, e.low() * factor, e.high() * factor);
    }

    /** The run's own count when its metadata has one (adaptive sampling), else JMH's raw samples. */
    private static long samples(BenchResults results, Measurement m) {
        return entry(results, m).map(RunMetadata.Entry::samples).orElse((long) m.samples().length);
    }

    /** The run's own noise flag when its metadata has one, else the interval's width here. */
    private static boolean noisy(BenchResults results, Measurement m, Estimate e) {
        return entry(results, m).map(RunMetadata.Entry::noisy).orElse(e.noisy());
    }

    private static Optional<RunMetadata.Entry> entry(BenchResults results, Measurement m) {
        String benchmark = m.benchmark();
        return results.metadata().entries().stream()
                .filter(x -> (x.benchmark().equals(benchmark) || x.benchmark().endsWith("." + benchmark))
                        && x.params().equals(m.params()))
                .findFirst();
    }
}
