package wordbench.harness.bench;

import java.time.Duration;
import java.util.List;
import org.openjdk.jmh.results.RunResult;

/**
 * What sampling one entry came to.
 *
 * @param entry  the entry
 * @param result every fork's data merged into one JMH result (score and 99.9% interval over all samples)
 * @param forks  how many forks ran
 * @param spent  the wall time its forks took
 * @param stop   why sampling stopped
 */
record EntryOutcome(BenchEntry entry, RunResult result, int forks, Duration spent, String stop) {

    /** The 99.9% half-interval as a fraction of the score; NaN when it cannot be computed. */
    double relativeError() {
        return relativeError(result);
    }

    static double relativeError(RunResult result) {
        double score = result.getPrimaryResult().getScore();
        double error = result.getPrimaryResult().getScoreError();
        return score > 0 && Double.isFinite(error) ? error / score : Double.NaN;
    }

    /** Measured iterations over all forks. */
    long samples() {
        return result.getPrimaryResult().getSampleCount();
    }

    static List<String> labels(List<EntryOutcome> outcomes) {
        return outcomes.stream().map(o -> o.entry().label()).toList();
    }
}
