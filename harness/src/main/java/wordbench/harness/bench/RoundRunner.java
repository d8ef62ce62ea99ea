package wordbench.harness.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.options.Options;

/**
 * Samples every entry fork by fork, in rounds: a round runs one fresh JVM fork of every entry
 * that still needs one, in an order shuffled with the run's seed, so a machine that slows down
 * mid-run slows every entry alike. Every entry gets its {@code minForks} rounds; after that an
 * entry gets another round only while its 99.9% interval is wider than
 * {@link BenchProfile#TARGET_ERROR} of its score, it is under its fork limit and its time cap, and
 * the fork still fits in the run's budget beside the minimum forks other entries are still owed. One progress line per fork on {@code progress}; JMH's
 * own output goes to {@code jmhOutput}.
 */
final class RoundRunner {

    /** What came out: each entry sampled, the order forks ran in, and the strategies that failed, with why. */
    record Outcome(List<EntryOutcome> entries, List<String> order, Map<String, String> failed) {
    }

    /** Runs one fork of an entry (JMH's Runner; a fake in tests). */
    interface ForkRunner {
        RunResult run(Options options) throws RunnerException;
    }

    private final PrintStream progress;
    private final long startNanos;
    private final Duration budget;
    private final long seed;
    private final ForkRunner forkRunner;

    /** {@code startNanos}: when the whole benchmark started, for the elapsed time and the budget. */
    RoundRunner(PrintStream progress, long startNanos, Duration budget, long seed, ForkRunner forkRunner) {
        this.progress = progress;
        this.startNanos = startNanos;
        this.budget = budget;
        this.seed = seed;
        this.forkRunner = forkRunner;
    }

    /** JMH's own runner, one fork per call, its output to {@code jmhOutput}. */
    static ForkRunner jmh(OutputFormat jmhOutput) {
        return options -> {
            Collection<RunResult> results = new Runner(options, jmhOutput).run();
            if (results.size() != 1) {
                throw new RunnerException("expected one result, JMH gave " + results.size());
            }
            return results.iterator().next();
        };
    }

    private static final class State {
        final BenchEntry entry;
        final List<RunResult> forks = new ArrayList<>();
        Duration spent = Duration.ZERO;
        RunResult merged;
        String stop;

        State(BenchEntry entry) {
            this.entry = entry;
        }

        Duration forkEstimate() {
            return forks.isEmpty() ? entry.guess() : spent.dividedBy(forks.size());
        }

        double relativeError() {
            return merged == null ? Double.NaN : EntryOutcome.relativeError(merged);
        }

        /** Why it needs no more forks, or null while it does (rounds past its minimum). */
        String doneBecause() {
            Sampling s = entry.sampling();
            double error = relativeError();
            if (forks.size() < s.minForks()) {
                return null;
            }
            if (error <= BenchProfile.TARGET_ERROR) {
                return "within " + percent(BenchProfile.TARGET_ERROR);
            }
            if (forks.size() >= s.maxForks()) {
                return "fork limit (" + s.maxForks() + ")";
            }
            if (spent.plus(forkEstimate()).compareTo(s.cap()) > 0) {
                return "time cap (" + s.cap().toSeconds() + " s)";
            }
            return null;
        }
    }

    Outcome run(List<BenchEntry> entries, List<String> jvmOptions, int forks, org.openjdk.jmh.runner.options.VerboseMode verbosity) {
        List<State> states = entries.stream().map(State::new).toList();
        Map<String, String> failed = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        Random random = new Random(seed);
        Duration estimatedDone = Duration.ZERO;
        Duration actualDone = Duration.ZERO;
        int done = 0;
        for (int round = 1; ; round++) {
            List<State> due = new ArrayList<>();
            for (State state : states) {
                if (state.stop == null && !failedStrategy(state, failed)) {
                    String reason = state.doneBecause();
                    if (reason == null) {
                        due.add(state);
                    } else {
                        state.stop = reason;
                    }
                }
            }
            if (due.isEmpty()) {
                break;
            }
            Collections.shuffle(due, random);
            for (int i = 0; i < due.size(); i++) {
                State state = due.get(i);
                if (failedStrategy(state, failed)) {
                    continue;
                }
                Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
                boolean extra = state.forks.size() >= state.entry.sampling().minForks();
                // An extra fork must leave room for the minimum forks still owed to every entry.
                if (extra && elapsed.plus(state.forkEstimate()).plus(owedMinimum(states)).compareTo(budget) > 0) {
                    state.stop = "run budget (" + format(budget) + ")";
                    continue;
                }
                Duration left = scale(remaining(states, due.subList(i, due.size())), actualDone, estimatedDone);
                int planned = done + due.size() - i + futureMinimumForks(states, due.subList(i, due.size()));
                progress.printf("wordbench bench [%d/%d] round %d: %s (fork %d); %s elapsed, about %s left%n",
                        done + 1, planned, round, state.entry.label(), state.forks.size() + 1,
                        format(elapsed), format(left));
                order.add(round + " " + state.entry.label());
                Duration estimate = state.forkEstimate();
                long start = System.nanoTime();
                try {
                    RunResult result = forkRunner.run(state.entry.oneFork(jvmOptions, forks, verbosity));
                    state.forks.add(result);
                    state.merged = ForkMerge.merge(state.forks);
                } catch (RunnerException | RuntimeException e) {
                    String why = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
                    if (why.contains("JMH lock")) {
                        // Not this entry's fault, and every later fork would fail the same way.
                        throw new BenchException("another JMH benchmark is running on this machine (it holds "
                                + System.getProperty("java.io.tmpdir") + "/jmh.lock); wait for it to finish, then run again");
                    }
                    String who = state.entry.strategy().orElse(state.entry.label());
                    BenchPipeline.loud(progress, who + " FAILED during " + state.entry.label() + ": " + why
                            + (state.entry.strategy().isPresent() ? "; it is left out of the results and charts" : ""));
                    failed.put(who, "failed during " + state.entry.label() + ": " + why);
                    state.stop = "failed";
                }
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                actualDone = actualDone.plus(took);
                estimatedDone = estimatedDone.plus(estimate);
                state.spent = state.spent.plus(took);
                done++;
            }
        }
        List<EntryOutcome> outcomes = new ArrayList<>();
        for (State state : states) {
            if (state.merged != null && !failedStrategy(state, failed)) {
                outcomes.add(new EntryOutcome(state.entry, state.merged, state.forks.size(), state.spent, state.stop));
            }
        }
        return new Outcome(outcomes, order, failed);
    }

    private static boolean failedStrategy(State state, Map<String, String> failed) {
        return failed.containsKey(state.entry.strategy().orElse(state.entry.label()));
    }

    /** The estimate of the forks still to run: the rest of this round and the rounds every entry is owed. */
    private static Duration remaining(List<State> states, List<State> restOfRound) {
        Duration left = Duration.ZERO;
        for (State state : restOfRound) {
            left = left.plus(state.forkEstimate());
        }
        for (State state : states) {
            left = left.plus(state.forkEstimate().multipliedBy(owed(state, restOfRound)));
        }
        return left;
    }

    /** The estimated time of every minimum fork not yet run, whatever round it falls in. */
    private static Duration owedMinimum(List<State> states) {
        Duration owed = Duration.ZERO;
        for (State state : states) {
            if (state.stop == null) {
                int missing = Math.max(0, state.entry.sampling().minForks() - state.forks.size());
                owed = owed.plus(state.forkEstimate().multipliedBy(missing));
            }
        }
        return owed;
    }

    private static int futureMinimumForks(List<State> states, List<State> restOfRound) {
        return states.stream().mapToInt(s -> owed(s, restOfRound)).sum();
    }

    /** Minimum forks an entry still needs after this round. */
    private static int owed(State state, List<State> restOfRound) {
        if (state.stop != null) {
            return 0;
        }
        int after = state.forks.size() + (restOfRound.contains(state) ? 1 : 0);
        return Math.max(0, state.entry.sampling().minForks() - after);
    }

    /** The remaining estimate times how slow (or fast) the finished forks were, within 0.25x..4x. */
    static Duration scale(Duration left, Duration actualDone, Duration estimatedDone) {
        if (estimatedDone.isZero() || actualDone.isZero()) {
            return left;
        }
        double ratio = Math.clamp((double) actualDone.toMillis() / Math.max(1, estimatedDone.toMillis()), 0.25, 4.0);
        return Duration.ofMillis(Math.round(left.toMillis() * ratio));
    }

    static String format(Duration duration) {
        long seconds = Math.round(duration.toMillis() / 1000.0);
        return seconds >= 60 ? (seconds / 60) + "m" + String.format("%02d", seconds % 60) + "s" : seconds + "s";
    }

    static String percent(double fraction) {
        return Double.isFinite(fraction) ? String.format("%.1f%%", fraction * 100) : "n/a";
    }
}
