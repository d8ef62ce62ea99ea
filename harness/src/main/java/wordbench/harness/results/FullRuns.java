package wordbench.harness.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The committed full runs in a results folder, for the one question outside the charts that they
 * answer: which strategy is fastest ({@code count}'s default).
 */
public final class FullRuns {

    static final String FULL_PROFILE = "full";

    private FullRuns() {
    }

    /**
     * The strategies of the newest full run in {@code resultsDir}, fastest first (warm time on one
     * copy of big.txt); empty when there is no readable full run. Newest by the date in its metadata.
     */
    public static List<String> fastestFirst(Path resultsDir) {
        return newest(resultsDir).map(FullRuns::fastestFirst).orElse(List.of());
    }

    static List<String> fastestFirst(BenchResults run) {
        Optional<Integer> copies = run.smallestCopies();
        if (copies.isEmpty()) {
            return List.of();
        }
        return run.wordCountAt(copies.get()).entrySet().stream()
                .filter(e -> Double.isFinite(e.getValue().primary().millis()))
                .sorted(Comparator.comparingDouble((Map.Entry<String, Measurement> e) -> e.getValue().primary().millis()))
                .map(Map.Entry::getKey)
                .toList();
    }

    public static Optional<BenchResults> newest(Path resultsDir) {
        if (!Files.isDirectory(resultsDir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(resultsDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().endsWith(".meta.json"))
                    .filter(f -> Files.isRegularFile(RunMetadata.besides(f)))
                    .flatMap(f -> readable(f).stream())
                    .filter(run -> FULL_PROFILE.equals(run.metadata().profile()))
                    .max(Comparator.comparing((BenchResults run) -> String.valueOf(run.metadata().date()))
                            .thenComparing(BenchResults::source));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A results file that cannot be read is no evidence either way: it is passed over. */
    private static Optional<BenchResults> readable(Path json) {
        try {
            return Optional.of(BenchResults.load(json));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
